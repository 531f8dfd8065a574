import { Decision, RequestKind } from '@app/domain';
import { TicketStatus } from '@app/persistence';
import { jsonObjectOf, ORGANIZATION_VIEW, REQUEST_VIEW, selectList, TICKET_LIST, TicketOnDemandField } from './ticket-list.rows';

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

export const FAR_FUTURE = 'infinity';

type Param = string | Date;

/**
 * What a page reads beyond its tickets' always-read columns: relations carried in the same
 * statement, so showing them costs no further round trip, and the on-demand columns it shows.
 */
export interface QueueIncludes {
  requests?: boolean;
  organization?: boolean;
  fields?: ReadonlySet<TicketOnDemandField>;
}

/**
 * The SQL of one queue page: every filter and the keyset condition written so an index serves
 * them (see the queue-indexes migration), `limit` rows in the page's order. Values are bound, never
 * spliced: `?` placeholders, one per value.
 */
export function queueQuery(
  filter: QueueFilter,
  order: QueueOrder,
  cursor: readonly string[] | null,
  limit: number,
  include: QueueIncludes = {},
): { sql: string; params: Param[] } {
  const conditions: string[] = [];
  const params: Param[] = [];
  const where = (condition: string, ...values: Param[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  if (filter.status?.length) where(`t.status in (${placeholders(filter.status)})`, ...filter.status);
  if (filter.organizationId) where('t.organization_id = ?', filter.organizationId);
  if (filter.assignee) where('t.assignee = ?', filter.assignee);
  if (filter.unassigned) where('t.assignee is null');
  // Due-date bounds are written on the urgency indexes' own expression, so those indexes give a
  // range to scan instead of reading every ticket in urgency order and filtering.
  if (filter.dueBefore) where(`${urgency(TICKET)} < ?::timestamptz`, filter.dueBefore);
  if (filter.dueAfter) where(`${urgency(TICKET)} >= ?::timestamptz and t.due_at is not null`, filter.dueAfter);
  if (filter.kind?.length || filter.decision?.length) {
    // One request must match both kind and decision, hence one EXISTS rather than two.
    const request = ['r.ticket_id = t.id'];
    const values: Param[] = [];
    if (filter.kind?.length) {
      request.push(`r.kind in (${placeholders(filter.kind)})`);
      values.push(...filter.kind);
    }
    if (filter.decision?.length) {
      request.push(`r.decision in (${placeholders(filter.decision)})`);
      values.push(...filter.decision);
    }
    where(`exists (select 1 from ticket_request r where ${request.join(' and ')})`, ...values);
  }
  if (cursor && order === QueueOrder.NEWEST) where('(t.created_at, t.id) < (?, ?)', cursor[0], cursor[1]);
  if (cursor && order === QueueOrder.MOST_URGENT) where(`(${urgency(TICKET)}, t.created_at, t.id) > (?::timestamptz, ?, ?)`, cursor[0], cursor[1], cursor[2]);
  const whereClause = conditions.length ? ` where ${conditions.join(' and ')}` : '';
  const page = `select ${selectList(TICKET_LIST, include.fields)} from ticket t${whereClause} order by ${orderBy(order, TICKET)} limit ${Math.trunc(limit)}`;
  const relations = [
    ...(include.requests ? [`${REQUESTS_OF_PAGE_ROW} as requests`] : []),
    ...(include.organization ? [`${ORGANIZATION_OF_PAGE_ROW} as organization`] : []),
  ];
  if (relations.length === 0) return { sql: page, params };
  // The page is cut first, so the relations are read for its rows only, one index lookup each.
  return { sql: `select p.*, ${relations.join(', ')} from (${page}) p order by ${orderBy(order, PAGE)}`, params };
}

/** The sort columns, on the ticket table and on the page it is cut into. */
interface SortColumns {
  dueAt: string;
  createdAt: string;
  id: string;
}
const TICKET: SortColumns = { dueAt: 't.due_at', createdAt: 't.created_at', id: 't.id' };
const PAGE: SortColumns = { dueAt: 'p."dueAt"', createdAt: 'p."createdAt"', id: 'p.id' };

/** The sort key of "most urgent first", exactly as the urgency indexes are built on it. */
function urgency(on: SortColumns): string {
  return `coalesce(${on.dueAt}, '${FAR_FUTURE}'::timestamptz)`;
}

/** On the ticket table, the urgency expression is the index's own, so the index serves the sort. */
function orderBy(order: QueueOrder, on: SortColumns): string {
  return order === QueueOrder.NEWEST ? `${on.createdAt} desc, ${on.id} desc` : `${urgency(on)} asc, ${on.createdAt} asc, ${on.id} asc`;
}

// In the order of the requests loader: creation instant, then kind.
const REQUESTS_OF_PAGE_ROW = `(select coalesce(json_agg(${jsonObjectOf(REQUEST_VIEW)} order by r.created_at, r.kind), '[]'::json) from ticket_request r where r.ticket_id = p.id)`;
const ORGANIZATION_OF_PAGE_ROW = `(select ${jsonObjectOf(ORGANIZATION_VIEW)} from organization o where o.id = p."organizationId")`;

function placeholders(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}
