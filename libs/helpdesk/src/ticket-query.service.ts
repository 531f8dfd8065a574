import { raw } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Principal, Role } from '@app/auth';
import { Decision, RequestKind } from '@app/domain';
import { AuditEvent, Ticket, TicketMessage, TicketStatus } from '@app/persistence';
import { HelpdeskErrorCode, HelpdeskException } from './helpdesk.exception';

export enum QueueOrder {
  NEWEST = 'NEWEST',
  MOST_URGENT = 'MOST_URGENT',
}

export interface QueueFilter {
  status?: TicketStatus[];
  kind?: RequestKind[];
  decision?: Decision[];
  organizationId?: string;
  assignee?: string;
  unassigned?: boolean;
  dueBefore?: Date;
  dueAfter?: Date;
}

export interface Page<T> {
  items: T[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const FAR_FUTURE = 'infinity';
/** The sort key of "most urgent first", exactly as the urgency indexes are built on it. */
const URGENCY = `coalesce(t.due_at, '${FAR_FUTURE}'::timestamptz)`;

/** Reads of tickets, always scoped: a customer sees only its organisation's. */
@Injectable()
export class TicketQueryService {
  constructor(private readonly em: EntityManager) {}

  /** Another organisation's ticket is reported exactly like a missing one. */
  async ticketFor(principal: Principal, id: string): Promise<Ticket> {
    const where = principal.role === Role.CUSTOMER ? { id, organization: principal.organizationId } : { id };
    const ticket = await this.em.findOne(Ticket, where, { populate: ['organization'] });
    if (!ticket) throw HelpdeskException.notFound('Ticket');
    return ticket;
  }

  async myTickets(principal: Principal & { role: Role.CUSTOMER }, first: number, after: string | null): Promise<Page<Ticket>> {
    return this.queue({ organizationId: principal.organizationId }, QueueOrder.NEWEST, first, after);
  }

  /** Keyset pagination: each page is one index range scan, however deep into the list. */
  async queue(filter: QueueFilter, order: QueueOrder, first: number, after: string | null): Promise<Page<Ticket>> {
    const qb = this.em.createQueryBuilder(Ticket, 't').select('t.*');
    if (filter.status?.length) qb.andWhere({ status: { $in: filter.status } });
    if (filter.organizationId) qb.andWhere({ organization: filter.organizationId });
    if (filter.assignee) qb.andWhere({ assignee: filter.assignee });
    if (filter.unassigned) qb.andWhere({ assignee: null });
    // Due-date bounds are written on the urgency indexes' own expression, so those indexes give a
    // range to scan instead of reading every ticket in urgency order and filtering.
    if (filter.dueBefore) qb.andWhere(`${URGENCY} < ?::timestamptz`, [filter.dueBefore]);
    if (filter.dueAfter) qb.andWhere(`${URGENCY} >= ?::timestamptz and t.due_at is not null`, [filter.dueAfter]);
    if (filter.kind?.length || filter.decision?.length) {
      const conditions = ['r.ticket_id = t.id'];
      const params: string[] = [];
      if (filter.kind?.length) {
        conditions.push(`r.kind in (${filter.kind.map(() => '?').join(', ')})`);
        params.push(...filter.kind);
      }
      if (filter.decision?.length) {
        conditions.push(`r.decision in (${filter.decision.map(() => '?').join(', ')})`);
        params.push(...filter.decision);
      }
      qb.andWhere(`exists (select 1 from ticket_request r where ${conditions.join(' and ')})`, params);
    }
    const cursor = after ? decodeCursor(after, order) : null;
    if (order === QueueOrder.NEWEST) {
      if (cursor) qb.andWhere('(t.created_at, t.id) < (?, ?)', [cursor[0], cursor[1]]);
      qb.orderBy({ createdAt: 'desc', id: 'desc' });
    } else {
      if (cursor) {
        qb.andWhere(`(${URGENCY}, t.created_at, t.id) > (?::timestamptz, ?, ?)`, [
          cursor[0],
          cursor[1],
          cursor[2],
        ]);
      }
      // A raw key, or MikroORM would quote the expression as a column name; the same expression as
      // the urgency index, so the index serves the sort.
      qb.orderBy([{ [raw(URGENCY)]: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }]);
    }
    qb.limit(first + 1);
    const rows = await qb.getResultList();
    const items = rows.slice(0, first);
    const last = items.at(-1);
    return {
      items,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last, order) : null,
    };
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

function encodeCursor(ticket: Ticket, order: QueueOrder): string {
  const key =
    order === QueueOrder.NEWEST
      ? [ticket.createdAt.toISOString(), ticket.id]
      : [ticket.dueAt ? ticket.dueAt.toISOString() : FAR_FUTURE, ticket.createdAt.toISOString(), ticket.id];
  return Buffer.from(JSON.stringify([order, ...key])).toString('base64url');
}

function decodeCursor(cursor: string, order: QueueOrder): string[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(parsed) &&
      parsed[0] === order &&
      parsed.length === (order === QueueOrder.NEWEST ? 3 : 4) &&
      parsed.every((p) => typeof p === 'string' && p.length <= 64);
    // Each key is checked for its type too: PostgreSQL would read 'yesterday' as an instant and
    // fail on an id that is no uuid.
    if (valid && keysAreWellFormed((parsed as string[]).slice(1), order)) return (parsed as string[]).slice(1);
  } catch {
    // fall through to the error below
  }
  throw new HelpdeskException(HelpdeskErrorCode.INVALID_INPUT, 'The cursor is not valid for this list and order');
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function keysAreWellFormed(keys: string[], order: QueueOrder): boolean {
  const id = keys.at(-1) ?? '';
  const instants = keys.slice(0, -1);
  const isInstant = (value: string, index: number): boolean =>
    (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) || (order === QueueOrder.MOST_URGENT && index === 0 && value === FAR_FUTURE);
  return UUID.test(id) && instants.every(isInstant);
}
