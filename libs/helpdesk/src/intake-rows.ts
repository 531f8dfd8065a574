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

/**
 * One table's insert for a whole batch: every column travels as one array and `unnest` turns the
 * arrays back into rows, so the statement text is the same for any batch size and each
 * connection prepares it once.
 */
class TableInsert<E> {
  readonly statement: { name: string; text: string };

  constructor(
    table: string,
    private readonly columns: readonly Column<E>[],
  ) {
    const names = columns.map((c) => c.name).join(', ');
    const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
    this.statement = { name: `intake-insert-${table}`, text: `insert into ${table} (${names}) select * from unnest(${arrays})` };
  }

  async run(client: SqlClient, rows: readonly E[]): Promise<void> {
    if (rows.length === 0) return;
    await client.query({ ...this.statement, values: this.columns.map((c) => rows.map(c.value)) });
  }
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());
const json = (value: unknown): string => JSON.stringify(value);

const TICKETS = new TableInsert<Ticket>('ticket', [
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
]);

const REQUESTS = new TableInsert<TicketRequest>('ticket_request', [
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
]);

const EXPORTS = new TableInsert<DataExport>('data_export', [
  { name: 'id', type: 'uuid', value: (e) => e.id },
  { name: 'request_id', type: 'uuid', value: (e) => e.request.id },
  { name: 'organization_id', type: 'uuid', value: (e) => e.organization.id },
  { name: 'status', type: 'text', value: (e) => e.status },
  { name: 'from_backup', type: 'bool', value: (e) => e.fromBackup },
  { name: 'attempts', type: 'int4', value: (e) => e.attempts },
  { name: 'link_version', type: 'int4', value: (e) => e.linkVersion },
  { name: 'created_at', type: 'timestamptz', value: (e) => iso(e.createdAt) },
  { name: 'updated_at', type: 'timestamptz', value: (e) => iso(e.updatedAt) },
]);

const AUDIT_EVENTS = new TableInsert<AuditEvent>('audit_event', [
  { name: 'id', type: 'uuid', value: (a) => a.id },
  { name: 'ticket_id', type: 'uuid', value: (a) => a.ticketId },
  { name: 'organization_id', type: 'uuid', value: (a) => a.organizationId },
  { name: 'actor_role', type: 'text', value: (a) => a.actorRole },
  { name: 'actor_id', type: 'text', value: (a) => a.actorId },
  { name: 'action', type: 'text', value: (a) => a.action },
  { name: 'data', type: 'jsonb', value: (a) => json(a.data) },
  { name: 'created_at', type: 'timestamptz', value: (a) => iso(a.createdAt) },
]);

const NOTIFICATIONS = new TableInsert<Notification>('notification', [
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
]);

const OUTBOX = new TableInsert<OutboxMessage>('outbox_message', [
  { name: 'queue', type: 'text', value: (m) => m.queue },
  { name: 'job_name', type: 'text', value: (m) => m.jobName },
  { name: 'job_id', type: 'text', value: (m) => m.jobId },
  { name: 'payload', type: 'jsonb', value: (m) => json(m.payload) },
  { name: 'created_at', type: 'timestamptz', value: (m) => iso(m.createdAt) },
]);

/**
 * The rows a batch of tickets makes, collected as the decisions are taken and written with one
 * multi-row statement per table, in foreign-key order, on the batch's connection and transaction.
 * Intake only inserts, so this is all of a unit of work it needs, without the ORM's change
 * tracking on the hot path.
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
    await TICKETS.run(this.client, this.tickets);
    await REQUESTS.run(this.client, this.requests);
    await EXPORTS.run(this.client, [...this.exports.values()]);
    await AUDIT_EVENTS.run(this.client, this.auditEvents);
    await NOTIFICATIONS.run(this.client, this.notifications);
    await OUTBOX.run(this.client, this.outbox);
  }
}
