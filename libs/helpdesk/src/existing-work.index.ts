import { ExistingWork, RequestKind } from '@app/domain';
import { OPEN_REQUEST_STATUSES, TicketRequest } from '@app/persistence';
import { SqlClient } from './intake-rows';
import { referenceOf } from './request.decider';

interface ExistingWorkRow {
  work: 'OPEN_REQUEST' | 'VALID_EXPORT' | 'TICKET_NUMBER';
  organization_id: string;
  kind: RequestKind;
  request_id: string;
  number: number;
  link_expires_ms: number | null;
}

/**
 * The open requests of the batch's organisations, and for those asking for an export, their
 * finished export whose link works longest; read under the organisations' row locks. Open
 * requests are unique per organisation and kind (ticket_request_one_open_idx, whose predicate
 * this query repeats so the index serves it). The same round trip draws the batch's ticket
 * numbers, so a duplicate can name the ticket of the same batch it is a duplicate of.
 */
const EXISTING_WORK = {
  name: 'intake-existing-work',
  text: `select 'OPEN_REQUEST' as work, r.organization_id, r.kind, r.id as request_id, t.number, null::float8 as link_expires_ms
      from ticket_request r join ticket t on t.id = r.ticket_id
      where r.organization_id = any($1::uuid[]) and r.status in ('OPEN', 'IN_PROGRESS')
    union all
    select * from (
      select distinct on (e.organization_id) 'VALID_EXPORT', e.organization_id, r.kind, e.request_id, t.number,
          (extract(epoch from e.link_expires_at) * 1000)::float8
        from data_export e join ticket_request r on r.id = e.request_id join ticket t on t.id = r.ticket_id
        where e.organization_id = any($2::uuid[]) and e.status = 'READY' and e.link_expires_at > $3::timestamptz
        order by e.organization_id, e.link_expires_at desc
    ) as valid_exports
    union all
    select 'TICKET_NUMBER', null, null, null, nextval('ticket_number_seq')::int4, null from generate_series(1, $4::int4)`,
};

/**
 * What RequestDecider would find by query for each request, for a whole batch at once: read once,
 * then kept up to date as the batch's own requests are decided, so a later ticket of the batch is a
 * duplicate of an earlier one exactly as if they had come one after another.
 */
export class ExistingWorkIndex {
  private readonly open = new Map<string, ExistingWork>();
  private readonly exports = new Map<string, ExistingWork>();

  /** The existing work of these organisations, and `tickets` new ticket numbers in increasing order. */
  static async read(
    client: SqlClient,
    query: { organizationIds: string[]; exportOrganizationIds: string[]; tickets: number; now: Date },
  ): Promise<{ work: ExistingWorkIndex; numbers: number[] }> {
    const work = new ExistingWorkIndex();
    const numbers: number[] = [];
    const { rows } = await client.query<ExistingWorkRow>({
      ...EXISTING_WORK,
      values: [query.organizationIds, query.exportOrganizationIds, query.now.toISOString(), query.tickets],
    });
    for (const row of rows) {
      const reference = referenceOf(row);
      if (row.work === 'TICKET_NUMBER') {
        numbers.push(row.number);
      } else if (row.work === 'VALID_EXPORT' && row.link_expires_ms !== null) {
        work.exports.set(row.organization_id, { kind: 'VALID_EXPORT', requestId: row.request_id, linkExpiresAt: new Date(row.link_expires_ms), reference });
      } else if (!work.open.has(keyOf(row.organization_id, row.kind))) {
        work.open.set(keyOf(row.organization_id, row.kind), { kind: 'OPEN_REQUEST', requestId: row.request_id, reference });
      }
    }
    return { work, numbers: numbers.sort((a, b) => a - b) };
  }

  /** The same kind already open for the organisation, or a finished export whose link still works. */
  find(organizationId: string, kind: RequestKind): ExistingWork | null {
    const open = this.open.get(keyOf(organizationId, kind));
    if (open) return open;
    return kind === RequestKind.BACKUP_EXPORT ? (this.exports.get(organizationId) ?? null) : null;
  }

  /** A request just decided: if it stays open, the next one of its kind is its duplicate. */
  record(request: TicketRequest): void {
    const key = keyOf(request.organization.id, request.kind);
    if (OPEN_REQUEST_STATUSES.includes(request.status) && !this.open.has(key)) {
      this.open.set(key, { kind: 'OPEN_REQUEST', requestId: request.id, reference: referenceOf(request.ticket) });
    }
  }
}

function keyOf(organizationId: string, kind: RequestKind): string {
  return `${organizationId}:${kind}`;
}
