import { AuditEvent, DataExport, Notification, OutboxMessage, Ticket, TicketRequest } from '@app/persistence';
import { RowSink } from './outbox.writer';

/** As much of a node-pg client as intake uses. */
export interface SqlClient {
  query<R = Record<string, unknown>>(config: { name?: string; text: string; values?: unknown[] }): Promise<{ rows: R[] }>;
}

interface Column<E> {
  name: string;
  /** The PostgreSQL type of the column: the values travel as one array of it. */
  type: string;
  value: (row: E) => unknown;
}

interface Table<E> {
  name: string;
  columns: readonly Column<E>[];
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());
const json = (value: unknown): string => JSON.stringify(value);

const TICKETS: Table<Ticket> = {
  name: 'ticket',
  columns: [
    { name: 'id', type: 'uuid', value: (t) => t.id },
    { name: 'number', type: 'int4', value: (t) => t.number },
    { name: 'organization_id', type: 'uuid', value: (t) => t.organization.id },
    { name: 'author_id', type: 'text', value: (t) => t.authorId },
    { name: 'author_email', type: 'text', value: (t) => t.authorEmail },
    { name: 'subject', type: 'text', value: (t) => t.subject },
    { name: 'body', type: 'text', value: (t) => t.body },
    { name: 'language', type: 'text', value: (t) => t.language },
    { name: 'status', type: 'text', value: (t) => t.status },
    { name: 'classification', type: 'jsonb', value: (t) => json(t.classification) },
    { name: 'assignee', type: 'text', value: (t) => t.assignee },
    { name: 'due_at', type: 'timestamptz', value: (t) => iso(t.dueAt) },
    { name: 'created_at', type: 'timestamptz', value: (t) => iso(t.createdAt) },
    { name: 'updated_at', type: 'timestamptz', value: (t) => iso(t.updatedAt) },
  ],
};

const REQUESTS: Table<TicketRequest> = {
  name: 'ticket_request',
  columns: [
    { name: 'id', type: 'uuid', value: (r) => r.id },
    { name: 'ticket_id', type: 'uuid', value: (r) => r.ticket.id },
    { name: 'organization_id', type: 'uuid', value: (r) => r.organization.id },
    { name: 'kind', type: 'text', value: (r) => r.kind },
    { name: 'decision', type: 'text', value: (r) => r.decision },
    { name: 'reason_code', type: 'text', value: (r) => r.reasonCode },
    { name: 'explanation', type: 'text', value: (r) => r.explanation },
    { name: 'status', type: 'text', value: (r) => r.status },
    { name: 'due_at', type: 'timestamptz', value: (r) => iso(r.dueAt) },
    { name: 'duplicate_of_id', type: 'uuid', value: (r) => r.duplicateOfId },
    { name: 'decided_by', type: 'text', value: (r) => r.decidedBy },
    { name: 'access_granted_at', type: 'timestamptz', value: (r) => iso(r.accessGrantedAt) },
    { name: 'created_at', type: 'timestamptz', value: (r) => iso(r.createdAt) },
    { name: 'updated_at', type: 'timestamptz', value: (r) => iso(r.updatedAt) },
  ],
};

const EXPORTS: Table<DataExport> = {
  name: 'data_export',
  columns: [
    { name: 'id', type: 'uuid', value: (e) => e.id },
    { name: 'request_id', type: 'uuid', value: (e) => e.request.id },
    { name: 'organization_id', type: 'uuid', value: (e) => e.organization.id },
    { name: 'status', type: 'text', value: (e) => e.status },
    { name: 'from_backup', type: 'bool', value: (e) => e.fromBackup },
    { name: 'attempts', type: 'int4', value: (e) => e.attempts },
    { name: 'link_version', type: 'int4', value: (e) => e.linkVersion },
    { name: 'created_at', type: 'timestamptz', value: (e) => iso(e.createdAt) },
    { name: 'updated_at', type: 'timestamptz', value: (e) => iso(e.updatedAt) },
  ],
};

const AUDIT_EVENTS: Table<AuditEvent> = {
  name: 'audit_event',
  columns: [
    { name: 'id', type: 'uuid', value: (a) => a.id },
    { name: 'ticket_id', type: 'uuid', value: (a) => a.ticketId },
    { name: 'organization_id', type: 'uuid', value: (a) => a.organizationId },
    { name: 'actor_role', type: 'text', value: (a) => a.actorRole },
    { name: 'actor_id', type: 'text', value: (a) => a.actorId },
    { name: 'action', type: 'text', value: (a) => a.action },
    { name: 'data', type: 'jsonb', value: (a) => json(a.data) },
    { name: 'created_at', type: 'timestamptz', value: (a) => iso(a.createdAt) },
  ],
};

const NOTIFICATIONS: Table<Notification> = {
  name: 'notification',
  columns: [
    { name: 'id', type: 'uuid', value: (n) => n.id },
    { name: 'dedupe_key', type: 'text', value: (n) => n.dedupeKey },
    { name: 'organization_id', type: 'uuid', value: (n) => n.organizationId },
    { name: 'ticket_id', type: 'uuid', value: (n) => n.ticketId },
    { name: 'template', type: 'text', value: (n) => n.template },
    { name: 'language', type: 'text', value: (n) => n.language },
    { name: 'data', type: 'jsonb', value: (n) => json(n.data) },
    { name: 'status', type: 'text', value: (n) => n.status },
    { name: 'attempts', type: 'int4', value: (n) => n.attempts },
    { name: 'created_at', type: 'timestamptz', value: (n) => iso(n.createdAt) },
  ],
};

const OUTBOX: Table<OutboxMessage> = {
  name: 'outbox_message',
  columns: [
    { name: 'queue', type: 'text', value: (m) => m.queue },
    { name: 'job_name', type: 'text', value: (m) => m.jobName },
    { name: 'job_id', type: 'text', value: (m) => m.jobId },
    { name: 'payload', type: 'jsonb', value: (m) => json(m.payload) },
    { name: 'created_at', type: 'timestamptz', value: (m) => iso(m.createdAt) },
  ],
};

/** In foreign-key order, though one statement's constraint checks run after all of its inserts. */
const TABLES = [TICKETS, REQUESTS, EXPORTS, AUDIT_EVENTS, NOTIFICATIONS, OUTBOX] as const;

/**
 * Every table's rows in one statement: each column travels as one array and `unnest` turns the
 * arrays back into rows. The text is the same for any batch (a table without rows gets empty
 * arrays), so each connection prepares it once.
 */
const INSERT_BATCH = ((): { name: string; text: string } => {
  let parameter = 0;
  const inserts = TABLES.map((table: Table<never>) => {
    const arrays = table.columns.map((c) => `$${++parameter}::${c.type}[]`).join(', ');
    return `insert into ${table.name} (${table.columns.map((c) => c.name).join(', ')}) select * from unnest(${arrays})`;
  });
  const last = inserts.pop();
  return { name: 'intake-insert-batch', text: `with ${inserts.map((insert, i) => `${TABLES[i]!.name}_rows as (${insert})`).join(', ')} ${last}` };
})();

/**
 * The rows a batch of tickets makes, collected as the decisions are taken and written with one
 * statement on the batch's connection and transaction. Intake only inserts, so this is all of a
 * unit of work it needs, without the ORM's change tracking on the hot path.
 */
export class IntakeRows implements RowSink {
  private readonly tickets: Ticket[] = [];
  private readonly requests: TicketRequest[] = [];
  private readonly exports = new Map<string, DataExport>();
  private readonly auditEvents: AuditEvent[] = [];
  private readonly notifications: Notification[] = [];
  private readonly outbox: OutboxMessage[] = [];

  constructor(private readonly client: SqlClient) {}

  persist(entity: object): void {
    if (entity instanceof Ticket) this.tickets.push(entity);
    else if (entity instanceof TicketRequest) this.requests.push(entity);
    else if (entity instanceof DataExport) this.exports.set(entity.request.id, entity);
    else if (entity instanceof AuditEvent) this.auditEvents.push(entity);
    else if (entity instanceof Notification) this.notifications.push(entity);
    else if (entity instanceof OutboxMessage) this.outbox.push(entity);
    else throw new Error(`intake does not write ${entity.constructor.name} rows`);
  }

  /** The export made for a request of this batch, if its decision made one. */
  exportOf(request: TicketRequest): DataExport | null {
    return this.exports.get(request.id) ?? null;
  }

  async flush(): Promise<void> {
    if (this.tickets.length === 0) return;
    const values = [
      ...arrays(TICKETS, this.tickets),
      ...arrays(REQUESTS, this.requests),
      ...arrays(EXPORTS, [...this.exports.values()]),
      ...arrays(AUDIT_EVENTS, this.auditEvents),
      ...arrays(NOTIFICATIONS, this.notifications),
      ...arrays(OUTBOX, this.outbox),
    ];
    await this.client.query({ ...INSERT_BATCH, values });
  }
}

function arrays<E>(table: Table<E>, rows: readonly E[]): unknown[][] {
  return table.columns.map((c) => rows.map(c.value));
}
