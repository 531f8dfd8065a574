import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable } from '@nestjs/common';
import { Principal, Role } from '@app/auth';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, Decision, endOfService, ReasonCode, RequestKind } from '@app/domain';
import {
  ActorRole,
  AuditEvent,
  DataExport,
  LabelledExample,
  Organization,
  RequestStatus,
  Ticket,
  TicketMessage,
  TicketRequest,
  TicketStatus,
} from '@app/persistence';
import { JobName } from '@app/queue';
import { HelpdeskErrorCode, HelpdeskException } from './helpdesk.exception';
import { CLOCK } from './helpdesk.tokens';
import { OutboxWriter } from './outbox.writer';
import { contractOf, RequestDecider } from './request.decider';
import { applyTicketState } from './ticket-state';

type Work<T> = (ctx: { em: EntityManager; ticket: Ticket; requests: TicketRequest[]; outbox: OutboxWriter; now: Date }) => Promise<T>;

/**
 * What agents (and, for replies, customers) do to a ticket. Every change runs in one transaction
 * under the organisation's lock and leaves an audit event.
 */
@Injectable()
export class AgentDeskService {
  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  assign(actor: Principal, ticketId: string, assignee: string | null): Promise<Ticket> {
    return this.change(actor, ticketId, 'ASSIGNED', async ({ ticket }) => {
      const before = ticket.assignee;
      ticket.assignee = assignee;
      return { before, after: assignee };
    });
  }

  reclassify(actor: Principal, ticketId: string, labels: RequestKind[], comment: string | null): Promise<Ticket> {
    return this.change(actor, ticketId, 'RECLASSIFIED', async ({ em, ticket, requests, outbox, now }) => {
      const wanted = new Set(labels);
      const present = new Set(requests.map((r) => r.kind));
      for (const request of requests) {
        if (!wanted.has(request.kind) && isOpen(request)) {
          request.status = RequestStatus.CLOSED;
          request.decidedBy = actor.subject;
        }
      }
      const decider = new RequestDecider(em, outbox, this.config);
      for (const request of requests) {
        const heldForDoubt = request.reasonCode === ReasonCode.LOW_CONFIDENCE && request.status === RequestStatus.OPEN;
        if (wanted.has(request.kind) && heldForDoubt) {
          await decider.redecide(request, now);
          outbox.notifyDecision(request, now.getTime());
        }
      }
      for (const kind of [...wanted].filter((k) => !present.has(k)).sort()) {
        const request = await decider.decide(ticket, kind, false, now);
        requests.push(request);
        outbox.notifyDecision(request, 0);
      }
      em.persist(
        new LabelledExample({
          ticketId: ticket.id,
          text: `${ticket.subject}\n\n${ticket.body}`,
          language: ticket.language,
          labels: [...wanted].sort(),
          predictedLabels: ticket.classification.labels,
          labelledBy: actor.subject,
        }),
      );
      return { before: [...present].sort(), after: [...wanted].sort(), comment };
    });
  }

  override(actor: Principal, requestId: string, decision: Decision, comment: string): Promise<Ticket> {
    return this.changeRequest(actor, requestId, 'DECISION_OVERRIDDEN', async ({ em, ticket, outbox, now }, request) => {
      const before = { decision: request.decision, reasonCode: request.reasonCode, status: request.status };
      request.decision = decision;
      request.reasonCode = ReasonCode.AGENT_DECISION;
      request.explanation = comment;
      request.decidedBy = actor.subject;
      request.status = this.statusAfterOverride(request, decision);
      const contract = contractOf(ticket.organization);
      const ended = contract !== null && now >= endOfService(contract);
      if (decision === Decision.APPROVED && request.kind !== RequestKind.BACKUP_EXPORT) {
        request.dueAt = contract && !ended ? endOfService(contract) : null;
      }
      if (request.status === RequestStatus.IN_PROGRESS && !(await em.findOne(DataExport, { request }))) {
        const dataExport = new DataExport(request, ended);
        em.persist(dataExport);
        outbox.enqueue(JobName.RUN_EXPORT, { exportId: dataExport.id });
      }
      outbox.notifyDecision(request, now.getTime());
      return { before, after: { decision, status: request.status }, comment };
    });
  }

  markAccessGranted(actor: Principal, requestId: string, note: string | null): Promise<Ticket> {
    return this.changeRequest(actor, requestId, 'ACCESS_GRANTED', async ({ em, ticket, now }, request) => {
      if (request.kind === RequestKind.BACKUP_EXPORT || request.decision !== Decision.APPROVED || request.status !== RequestStatus.OPEN) {
        throw new HelpdeskException(HelpdeskErrorCode.CONFLICT, 'Only an approved, open access request can be marked granted');
      }
      request.status = RequestStatus.DONE;
      request.accessGrantedAt = now;
      request.decidedBy = actor.subject;
      // Credentials never travel by e-mail: the note stays internal, for agents.
      if (note) em.persist(new TicketMessage({ ticket, authorRole: ActorRole.AGENT, authorId: actor.subject, body: note, internal: true }));
      return { kind: request.kind };
    });
  }

  reply(actor: Principal, ticketId: string, body: string, internal: boolean): Promise<Ticket> {
    const customer = actor.role === Role.CUSTOMER;
    if (customer && internal) throw new HelpdeskException(HelpdeskErrorCode.INVALID_INPUT, 'Customers cannot write internal notes');
    return this.change(actor, ticketId, customer ? 'CUSTOMER_REPLIED' : 'AGENT_REPLIED', async ({ em, ticket, outbox, now }) => {
      const message = new TicketMessage({ ticket, authorRole: roleOf(actor), authorId: actor.subject, body, internal });
      message.createdAt = now;
      em.persist(message);
      if (customer && ticket.status === TicketStatus.RESOLVED) ticket.status = TicketStatus.OPEN;
      if (!customer && !internal) {
        outbox.notify({
          dedupeKey: `agent-reply:${message.id}`,
          organizationId: ticket.organization.id,
          ticketId: ticket.id,
          template: 'AGENT_REPLY',
          language: ticket.language,
          data: { messageId: message.id },
        });
      }
      return { messageId: message.id, internal };
    }, { deriveState: false });
  }

  resolve(actor: Principal, ticketId: string, comment: string | null): Promise<Ticket> {
    return this.change(actor, ticketId, 'RESOLVED', async ({ ticket, requests }) => {
      if (ticket.status === TicketStatus.RESOLVED) throw new HelpdeskException(HelpdeskErrorCode.CONFLICT, 'The ticket is already resolved');
      for (const request of requests) {
        if (request.status === RequestStatus.OPEN || request.status === RequestStatus.FAILED) request.status = RequestStatus.CLOSED;
      }
      ticket.status = TicketStatus.RESOLVED;
      return { comment };
    }, { deriveState: false });
  }

  reopen(actor: Principal, ticketId: string, comment: string | null): Promise<Ticket> {
    return this.change(actor, ticketId, 'REOPENED', async ({ ticket }) => {
      if (ticket.status !== TicketStatus.RESOLVED) throw new HelpdeskException(HelpdeskErrorCode.CONFLICT, 'Only a resolved ticket can be reopened');
      ticket.status = TicketStatus.OPEN;
      return { comment };
    }, { deriveState: false });
  }

  private statusAfterOverride(request: TicketRequest, decision: Decision): RequestStatus {
    switch (decision) {
      case Decision.APPROVED:
        return request.kind === RequestKind.BACKUP_EXPORT ? RequestStatus.IN_PROGRESS : RequestStatus.OPEN;
      case Decision.NEEDS_REVIEW:
        return RequestStatus.OPEN;
      case Decision.REJECTED:
      case Decision.DUPLICATE:
        return RequestStatus.CLOSED;
    }
  }

  private async changeRequest(
    actor: Principal,
    requestId: string,
    action: string,
    work: (ctx: Parameters<Work<Record<string, unknown>>>[0], request: TicketRequest) => Promise<Record<string, unknown>>,
  ): Promise<Ticket> {
    const owner = await this.em.findOne(TicketRequest, requestId, { fields: ['ticket'] });
    if (!owner) throw HelpdeskException.notFound('Request');
    return this.change(actor, owner.ticket.id, action, async (ctx) => {
      const request = ctx.requests.find((r) => r.id === requestId);
      if (!request) throw HelpdeskException.notFound('Request');
      return { requestId, ...(await work(ctx, request)) };
    });
  }

  private async change(
    actor: Principal,
    ticketId: string,
    action: string,
    work: Work<Record<string, unknown>>,
    options: { deriveState: boolean } = { deriveState: true },
  ): Promise<Ticket> {
    try {
      await this.em.transactional(async (em) => {
        const now = this.clock.now();
        const scope = actor.role === Role.CUSTOMER ? { id: ticketId, organization: actor.organizationId } : { id: ticketId };
        const found = await em.findOne(Ticket, scope, { fields: ['organization'] });
        if (!found) throw HelpdeskException.notFound('Ticket');
        await em.findOneOrFail(Organization, found.organization.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
        const ticket = await em.findOneOrFail(Ticket, ticketId, { populate: ['organization'], refresh: true });
        const requests = await em.find(TicketRequest, { ticket }, { orderBy: { createdAt: 'asc' } });
        const outbox = new OutboxWriter(em);
        const data = await work({ em, ticket, requests, outbox, now });
        if (options.deriveState) applyTicketState(ticket, requests);
        em.persist(
          new AuditEvent({ ticketId, organizationId: ticket.organization.id, actorRole: roleOf(actor), actorId: actor.subject, action, data, at: now }),
        );
        await outbox.flush();
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new HelpdeskException(HelpdeskErrorCode.CONFLICT, 'The organisation already has an open request of this kind');
      }
      throw error;
    }
    return this.em.findOneOrFail(Ticket, ticketId, { populate: ['organization'], refresh: true });
  }
}

function isOpen(request: TicketRequest): boolean {
  return request.status === RequestStatus.OPEN || request.status === RequestStatus.IN_PROGRESS;
}

function roleOf(principal: Principal): ActorRole {
  switch (principal.role) {
    case Role.CUSTOMER:
      return ActorRole.CUSTOMER;
    case Role.AGENT:
      return ActorRole.AGENT;
    case Role.ADMIN:
      return ActorRole.ADMIN;
  }
}
