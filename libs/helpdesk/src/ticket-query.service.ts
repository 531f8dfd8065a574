import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Principal, Role } from '@app/auth';
import { AuditEvent, Ticket, TicketMessage } from '@app/persistence';
import { HelpdeskException } from './helpdesk.exception';
import { decodeCursor, encodeCursor } from './queue.cursor';
import { QueueFilter, QueueIncludes, QueueOrder, queueQuery } from './queue.query';
import {
  ORGANIZATION_VIEW,
  OrganizationView,
  REQUEST_VIEW,
  selectList,
  TicketListItem,
  TICKET_LIST,
  TicketRequestView,
  ViewReader,
} from './ticket-list.rows';

export { QueueOrder } from './queue.query';
export type { QueueFilter, QueueIncludes } from './queue.query';

/** A row of a page, with the relations the page was asked to carry. */
export interface QueuePageItem extends TicketListItem {
  requests?: TicketRequestView[];
  organization?: OrganizationView | null;
}

type Row = Record<string, unknown>;
type QueuePageRow = Row & { requests?: Row[]; organization?: Row | null };

export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** Reads of tickets, always scoped: a customer sees only its organisation's. */
@Injectable()
export class TicketQueryService {
  private readonly rows: ViewReader;

  constructor(private readonly em: EntityManager) {
    this.rows = new ViewReader(em.getPlatform());
  }

  /** Another organisation's ticket is reported exactly like a missing one. */
  async ticketFor(principal: Principal, id: string): Promise<Ticket> {
    const where = principal.role === Role.CUSTOMER ? { id, organization: principal.organizationId } : { id };
    const ticket = await this.em.findOne(Ticket, where, { populate: ['organization'] });
    if (!ticket) throw HelpdeskException.notFound('Ticket');
    return ticket;
  }

  async myTickets(
    principal: Principal & { role: Role.CUSTOMER },
    first: number,
    after: string | null,
    include: QueueIncludes = {},
  ): Promise<Page<QueuePageItem>> {
    // A customer never sees the classification (the field answers null), so the page never reads it.
    const fields = new Set([...(include.fields ?? [])].filter((field) => field !== 'classification'));
    return this.queue({ organizationId: principal.organizationId }, QueueOrder.NEWEST, first, after, { ...include, fields });
  }

  /** Keyset pagination: each page is one index range scan, however deep into the list. */
  async queue(
    filter: QueueFilter,
    order: QueueOrder,
    first: number,
    after: string | null,
    include: QueueIncludes = {},
  ): Promise<Page<QueuePageItem>> {
    const cursor = after ? decodeCursor(after, order) : null;
    const { sql, params } = queueQuery(filter, order, cursor, first + 1, include);
    const rows = await this.em.getConnection().execute<QueuePageRow[]>(sql, params);
    const items = rows.slice(0, first).map((row) => this.pageItem(row));
    const last = items.at(-1);
    return {
      items,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last, order) : null,
    };
  }

  /** The requests of a page of tickets in one query, each ticket's in creation order, then by kind. */
  async requestsOf(ticketIds: readonly string[]): Promise<(TicketRequestView & { ticketId: string })[]> {
    if (ticketIds.length === 0) return [];
    const rows = await this.em
      .getConnection()
      .execute<Row[]>(
        `select ${selectList(REQUEST_VIEW)} from ticket_request r where r.ticket_id in (${ticketIds.map(() => '?').join(', ')}) order by r.created_at, r.kind`,
        [...ticketIds],
      );
    return rows.map((row) => this.rows.read(REQUEST_VIEW, row));
  }

  /** The organisations of a page of tickets in one query. */
  async organizationsOf(ids: readonly string[]): Promise<OrganizationView[]> {
    if (ids.length === 0) return [];
    const rows = await this.em
      .getConnection()
      .execute<Row[]>(`select ${selectList(ORGANIZATION_VIEW)} from organization o where o.id in (${ids.map(() => '?').join(', ')})`, [...ids]);
    return rows.map((row) => this.rows.read(ORGANIZATION_VIEW, row));
  }

  private pageItem(row: QueuePageRow): QueuePageItem {
    const { requests, organization, ...ticket } = row;
    const item: QueuePageItem = this.rows.read(TICKET_LIST, ticket);
    if (requests) item.requests = requests.map((r) => this.rows.read(REQUEST_VIEW, r));
    if (organization !== undefined) item.organization = organization && this.rows.read(ORGANIZATION_VIEW, organization);
    return item;
  }

  messagesOf(ticketId: string, includeInternal: boolean): Promise<TicketMessage[]> {
    return this.em.find(
      TicketMessage,
      includeInternal ? { ticket: ticketId } : { ticket: ticketId, internal: false },
      { orderBy: { createdAt: 'asc' } },
    );
  }

  auditOf(ticketId: string): Promise<AuditEvent[]> {
    return this.em.find(AuditEvent, { ticketId }, { orderBy: { createdAt: 'asc' } });
  }
}
