import { Inject, UseGuards } from '@nestjs/common';
import { Args, Context, ID, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { CurrentPrincipal, GqlAuthGuard, Principal, Role, Roles } from '@app/auth';
import { Clock } from '@app/domain';
import { AgentDeskService, CLOCK, IntakeService, Page, QueueOrder, QueuePageItem, TicketQueryService } from '@app/helpdesk';
import { OrganizationType } from '../organizations/organization.type';
import { toOrganizationType } from '../organizations/organization.mapper';
import { CustomerPrincipal, GqlContext, isStaff } from '../graphql/request-context';
import { AuditEventType, TicketMessageType } from './thread.type';
import {
  CreateTicketInput,
  OverrideDecisionInput,
  PageInput,
  QueueFilterInput,
  ReclassifyInput,
  ReplyInput,
} from './ticket.inputs';
import { TicketLoaderFactory } from './ticket.loaders';
import { pageIncludes } from './ticket-page.selection';
import { dueStateOf, fromTicketListItem, toAuditType, toMessageType, toRequestType, toTicketType } from './ticket.mapper';
import { TicketRequestType } from './ticket-request.type';
import { ClassificationType, TicketPageType, TicketType } from './ticket.type';

const STAFF = [Role.AGENT, Role.ADMIN];

@Resolver(() => TicketType)
@UseGuards(GqlAuthGuard)
export class TicketResolver {
  constructor(
    private readonly intake: IntakeService,
    private readonly tickets: TicketQueryService,
    private readonly desk: AgentDeskService,
    private readonly loaders: TicketLoaderFactory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Mutation(() => TicketType, { description: 'File a ticket; the answer carries the decision on each request' })
  @Roles(Role.CUSTOMER)
  async createTicket(
    @CurrentPrincipal() principal: CustomerPrincipal,
    @Args('input') input: CreateTicketInput,
    @Context() ctx: GqlContext,
  ): Promise<TicketType> {
    const { ticket, requests, exports } = await this.intake.createTicket(principal, input);
    // Intake has just written these rows: the answer's `requests`, their `export` and the
    // `organization` need no query.
    const loaders = this.loaders.for(ctx.req);
    loaders.atHand.requests.set(ticket.id, [...requests].sort(byKind));
    requests.forEach((request, i) => loaders.exportByRequest.prime(request.id, exports[i] ?? null));
    loaders.atHand.organizations.set(ticket.organization.id, ticket.organization);
    return toTicketType(ticket);
  }

  @Query(() => TicketPageType, { description: "The customer's own organisation's tickets, newest first" })
  @Roles(Role.CUSTOMER)
  async myTickets(
    @CurrentPrincipal() principal: CustomerPrincipal,
    @Args('page', { nullable: true, defaultValue: { first: 20 } }) page: PageInput,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TicketPageType> {
    return this.toPage(await this.tickets.myTickets(principal, page.first, page.after ?? null, pageIncludes(info)), ctx);
  }

  @Query(() => TicketType)
  @Roles(Role.CUSTOMER, Role.AGENT, Role.ADMIN)
  async ticket(@CurrentPrincipal() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<TicketType> {
    return toTicketType(await this.tickets.ticketFor(principal, assertUuid(id)));
  }

  @Query(() => TicketPageType, { description: "The agents' queue, with keyset pagination" })
  @Roles(...STAFF)
  async queue(
    @Args('filter', { nullable: true, defaultValue: {} }) filter: QueueFilterInput,
    @Args('order', { type: () => QueueOrder, nullable: true, defaultValue: QueueOrder.NEWEST }) order: QueueOrder,
    @Args('page', { nullable: true, defaultValue: { first: 20 } }) page: PageInput,
    @Context() ctx: GqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TicketPageType> {
    return this.toPage(await this.tickets.queue(filter, order, page.first, page.after ?? null, pageIncludes(info)), ctx);
  }

  @Mutation(() => TicketType)
  @Roles(...STAFF)
  async assignTicket(
    @CurrentPrincipal() principal: Principal,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('assignee', { type: () => String, nullable: true }) assignee: string | null,
  ): Promise<TicketType> {
    return toTicketType(await this.desk.assign(principal, assertUuid(ticketId), boundedOrNull(assignee, 200, 'assignee')));
  }

  @Mutation(() => TicketType, { description: 'Correct what the ticket asks for; decisions are recomputed' })
  @Roles(...STAFF)
  async reclassifyTicket(@CurrentPrincipal() principal: Principal, @Args('input') input: ReclassifyInput): Promise<TicketType> {
    return toTicketType(await this.desk.reclassify(principal, input.ticketId, input.labels, input.comment ?? null));
  }

  @Mutation(() => TicketType, { description: "Override a request's decision; the comment is shown to the customer" })
  @Roles(...STAFF)
  async overrideDecision(@CurrentPrincipal() principal: Principal, @Args('input') input: OverrideDecisionInput): Promise<TicketType> {
    return toTicketType(await this.desk.override(principal, input.requestId, input.decision, input.comment));
  }

  @Mutation(() => TicketType, { description: 'Add a message to the thread; a customer reply reopens a resolved ticket' })
  @Roles(Role.CUSTOMER, ...STAFF)
  async replyToTicket(@CurrentPrincipal() principal: Principal, @Args('input') input: ReplyInput): Promise<TicketType> {
    return toTicketType(await this.desk.reply(principal, input.ticketId, input.body, input.internal));
  }

  @Mutation(() => TicketType, { description: 'Record that root or administrator access was handed over (never by e-mail)' })
  @Roles(...STAFF)
  async markAccessGranted(
    @CurrentPrincipal() principal: Principal,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Args('note', { type: () => String, nullable: true, description: 'Internal note' }) note: string | null,
  ): Promise<TicketType> {
    return toTicketType(await this.desk.markAccessGranted(principal, assertUuid(requestId), boundedOrNull(note, 5000, 'note')));
  }

  @Mutation(() => TicketType)
  @Roles(...STAFF)
  async resolveTicket(
    @CurrentPrincipal() principal: Principal,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ): Promise<TicketType> {
    return toTicketType(await this.desk.resolve(principal, assertUuid(ticketId), boundedOrNull(comment, 5000, 'comment')));
  }

  @Mutation(() => TicketType)
  @Roles(...STAFF)
  async reopenTicket(
    @CurrentPrincipal() principal: Principal,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('comment', { type: () => String, nullable: true }) comment: string | null,
  ): Promise<TicketType> {
    return toTicketType(await this.desk.reopen(principal, assertUuid(ticketId), boundedOrNull(comment, 5000, 'comment')));
  }

  // The field resolvers below run once per row of a page. They take graphql-js's own arguments
  // (parent, args, context) with no parameter decorators, so @nestjs/graphql binds them as plain
  // resolvers instead of running its per-call pipeline (pipes, param factories) for each row.

  @ResolveField(() => [TicketRequestType])
  requests(ticket: TicketType, _args: unknown, ctx: GqlContext): TicketRequestType[] | Promise<TicketRequestType[]> {
    const loaders = this.loaders.for(ctx.req);
    const atHand = loaders.atHand.requests.get(ticket.id);
    return atHand ? atHand.map(toRequestType) : loaders.requestsByTicket.load(ticket.id).then((rows) => rows.map(toRequestType));
  }

  @ResolveField(() => [TicketMessageType], { description: 'The thread; internal notes only for agents' })
  async messages(ticket: TicketType, _args: unknown, ctx: GqlContext): Promise<TicketMessageType[]> {
    return (await this.tickets.messagesOf(ticket.id, isStaff(ctx.req.principal))).map(toMessageType);
  }

  @ResolveField(() => [AuditEventType], { nullable: true, description: 'Who changed what; agents only (null for customers)' })
  async auditTrail(ticket: TicketType, _args: unknown, ctx: GqlContext): Promise<AuditEventType[] | null> {
    if (!isStaff(ctx.req.principal)) return null;
    return (await this.tickets.auditOf(ticket.id)).map(toAuditType);
  }

  @ResolveField(() => ClassificationType, { nullable: true, description: 'Agents only (null for customers)' })
  classification(ticket: TicketType, _args: unknown, ctx: GqlContext): ClassificationType | null {
    if (!isStaff(ctx.req.principal)) return null;
    // A page reads the classification only when its query shows it, as this field does.
    if (!ticket.classification) throw new Error(`ticket ${ticket.id} was read without its classification`);
    return ticket.classification;
  }

  @ResolveField(() => Boolean, { description: 'The due date has passed while a request is still open' })
  overdue(ticket: TicketType): boolean {
    return dueStateOf(ticket.dueAt, this.clock.now()).overdue;
  }

  @ResolveField(() => Boolean, { description: 'Due within the next 24 hours' })
  dueSoon(ticket: TicketType): boolean {
    return dueStateOf(ticket.dueAt, this.clock.now()).dueSoon;
  }

  @ResolveField(() => OrganizationType)
  organization(ticket: TicketType, _args: unknown, ctx: GqlContext): OrganizationType | Promise<OrganizationType> {
    const loaders = this.loaders.for(ctx.req);
    const atHand = loaders.atHand.organizations.get(ticket.organizationId);
    if (atHand) return toOrganizationType(atHand);
    return loaders.organization.load(ticket.organizationId).then((org) => {
      if (!org) throw new Error(`organisation ${ticket.organizationId} of ticket ${ticket.id} is missing`);
      return toOrganizationType(org);
    });
  }

  /** The relations read with the page are kept at hand, where the field resolvers look first. */
  private toPage(result: Page<QueuePageItem>, ctx: GqlContext): TicketPageType {
    const { atHand } = this.loaders.for(ctx.req);
    for (const item of result.items) {
      if (item.requests) atHand.requests.set(item.id, item.requests);
      if (item.organization) atHand.organizations.set(item.organizationId, item.organization);
    }
    return { nodes: result.items.map(fromTicketListItem), pageInfo: { endCursor: result.endCursor, hasNextPage: result.hasNextPage } };
  }
}

/** The requests loader's order: all of a new ticket's requests share one creation instant. */
function byKind(a: { kind: string }, b: { kind: string }): number {
  return a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertUuid(id: string): string {
  if (!UUID.test(id)) throw new InvalidArgumentError('the id is not a valid id');
  return id;
}

/** An omitted nullable argument arrives as undefined, not null. */
function boundedOrNull(value: string | null | undefined, max: number, name: string): string | null {
  if (value === null || value === undefined) return null;
  if (value.length > max) throw new InvalidArgumentError(`${name} must be at most ${max} characters`);
  return value;
}

export class InvalidArgumentError extends Error {
  override name = InvalidArgumentError.name;
}
