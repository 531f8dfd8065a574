import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock, Decision, Language, Product, RequestKind } from '@app/domain';
import { ActorRole, AuditEvent, Organization, Ticket } from '@app/persistence';
import { ExistingWorkIndex } from './existing-work.index';
import { HelpdeskErrorCode, HelpdeskException } from './helpdesk.exception';
import { CLOCK } from './helpdesk.tokens';
import { IntakeRows, SqlClient } from './intake-rows';
import { FiledTicket, PendingTicket, stored } from './intake.types';
import { OutboxWriter } from './outbox.writer';
import { DecisionWriter } from './request.decider';
import { applyTicketState } from './ticket-state';

export type IntakeOutcome = { filed: FiledTicket; error?: undefined } | { filed?: undefined; error: Error };

/** The pool MikroORM already holds (knex's client): intake borrows a connection and speaks node-pg on it. */
interface ConnectionPool {
  acquireConnection(): Promise<SqlClient>;
  releaseConnection(connection: SqlClient): Promise<unknown>;
}

interface OrganizationRow {
  id: string;
  external_id: string;
  name: string;
  product: Product | null;
  last_service_day: string | null;
  timezone: string;
  language: Language;
  contact_emails: string[];
  contract_version: number;
  created_ms: number;
  updated_ms: number;
}

/**
 * Ordered by id so two batches (or a batch and an agent's change, which locks one organisation)
 * always take the locks in the same order and never deadlock. The tenant's connection settings
 * are not read: nothing here needs them.
 */
const LOCK_ORGANIZATIONS = {
  name: 'intake-lock-organizations',
  text: `select id, external_id, name, product, last_service_day::text, timezone, language, contact_emails, contract_version,
      (extract(epoch from created_at) * 1000)::float8 as created_ms, (extract(epoch from updated_at) * 1000)::float8 as updated_ms
    from organization where id = any($1::uuid[]) order by id for update`,
};

const NOT_REGISTERED = 'Your organisation is not registered with the helpdesk yet; please contact support by e-mail';

/**
 * Writes a batch of classified tickets in one transaction: locks the batch's organisations, reads
 * their existing work once, decides every request in arrival order with the contract rules, and
 * inserts all rows with one statement per table. If the transaction fails, the tickets are
 * written again one by one, so one bad ticket never fails the others.
 */
@Injectable()
export class IntakeWriter {
  private readonly logger = new Logger(IntakeWriter.name);

  constructor(
    private readonly em: EntityManager,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** One outcome per ticket, in the batch's order; an outcome is final only after COMMIT. */
  async write(batch: readonly PendingTicket[]): Promise<IntakeOutcome[]> {
    try {
      return await this.inTransaction(batch);
    } catch (error) {
      if (batch.length === 1) return [{ error: asError(error) }];
      this.logger.warn(`A batch of ${batch.length} tickets failed (${asError(error).message}); writing them one by one`);
      const outcomes: IntakeOutcome[] = [];
      for (const ticket of batch) outcomes.push(...(await this.write([ticket])));
      return outcomes;
    }
  }

  private async inTransaction(batch: readonly PendingTicket[]): Promise<IntakeOutcome[]> {
    const attempt: { written: IntakeOutcome[] | null } = { written: null };
    try {
      return await this.withConnection(async (client) => {
        await client.query({ text: 'begin' });
        try {
          attempt.written = await this.file(client, batch);
        } catch (error) {
          await client.query({ text: 'rollback' }).catch(() => undefined);
          throw error;
        }
        await client.query({ text: 'commit' });
        return attempt.written;
      });
    } catch (error) {
      // The COMMIT failed: the connection may have died with it on its way, so whether it landed is
      // unknown, and writing the tickets again could file them twice. Look before answering.
      if (attempt.written && (await this.landed(attempt.written).catch(() => false))) return attempt.written;
      throw error;
    }
  }

  private async file(client: SqlClient, batch: readonly PendingTicket[]): Promise<IntakeOutcome[]> {
    const now = this.clock.now();
    const organizationIds = [...new Set(batch.map((p) => p.principal.organizationId))].sort();
    const { rows: orgRows } = await client.query<OrganizationRow>({ ...LOCK_ORGANIZATIONS, values: [organizationIds] });
    const organizations = new Map(orgRows.map((row) => [row.id, organizationOf(row)]));
    const accepted = batch.filter((p) => organizations.has(p.principal.organizationId));
    if (accepted.length === 0) return batch.map(() => ({ error: notRegistered() }));

    const exportAsked = accepted.filter((p) => p.classification.labels.includes(RequestKind.BACKUP_EXPORT));
    const { work, numbers } = await ExistingWorkIndex.read(client, {
      organizationIds: [...organizations.keys()],
      exportOrganizationIds: [...new Set(exportAsked.map((p) => p.principal.organizationId))],
      tickets: accepted.length,
      now,
    });

    const rows = new IntakeRows(client);
    const outbox = new OutboxWriter(rows);
    const decisions = new DecisionWriter(rows, outbox, this.config);
    const outcomes = batch.map((pending): IntakeOutcome => {
      const organization = organizations.get(pending.principal.organizationId);
      if (!organization) return { error: notRegistered() };
      const ticket = newTicket(pending, organization, numbers.shift()!, now);
      rows.persist(ticket);
      const requests = pending.classification.labels.map((kind) => {
        const request = decisions.decide(ticket, kind, pending.classification.needsReview, work.find(organization.id, kind), now);
        work.record(request);
        return request;
      });
      applyTicketState(ticket, requests);
      rows.persist(
        new AuditEvent({
          ticketId: ticket.id,
          organizationId: organization.id,
          actorRole: ActorRole.CUSTOMER,
          actorId: pending.principal.subject,
          action: 'TICKET_CREATED',
          data: {
            labels: pending.classification.labels,
            confidence: pending.classification.confidence,
            needsReview: pending.classification.needsReview,
            decisions: requests.map((r) => ({ requestId: r.id, kind: r.kind, decision: r.decision, reasonCode: r.reasonCode })),
          },
          at: now,
        }),
      );
      outbox.notify({
        dedupeKey: `ticket-received:${ticket.id}`,
        organizationId: organization.id,
        ticketId: ticket.id,
        template: 'TICKET_RECEIVED',
        language: ticket.language,
        data: { ticketId: ticket.id },
      });
      // An approved export is told by its "ready" e-mail, a re-sent link by the link itself.
      for (const request of requests) {
        if (!(request.decision === Decision.APPROVED && request.kind === RequestKind.BACKUP_EXPORT) && request.decision !== Decision.DUPLICATE) {
          outbox.notifyDecision(request, 0);
        }
      }
      return { filed: { ticket, requests, exports: requests.map((r) => rows.exportOf(r)) } };
    });
    await rows.flush();
    return outcomes;
  }

  /** Whether the batch's tickets are on record, asked on another connection. */
  private async landed(outcomes: readonly IntakeOutcome[]): Promise<boolean> {
    const ids = outcomes.flatMap((o) => (o.filed ? [o.filed.ticket.id] : []));
    const { rows } = await this.withConnection((client) =>
      client.query<{ count: number }>({ text: 'select count(*)::int4 as count from ticket where id = any($1::uuid[])', values: [ids] }),
    );
    return rows[0]?.count === ids.length;
  }

  private async withConnection<T>(work: (client: SqlClient) => Promise<T>): Promise<T> {
    const pool = this.em.getConnection().getKnex().client as ConnectionPool;
    const client = await pool.acquireConnection();
    try {
      return await work(client);
    } finally {
      await pool.releaseConnection(client);
    }
  }
}

function newTicket(pending: PendingTicket, organization: Organization, number: number, now: Date): Ticket {
  const ticket = new Ticket({
    organization,
    authorId: pending.principal.subject,
    authorEmail: pending.principal.email,
    subject: pending.input.subject,
    body: pending.input.body,
    language: pending.classification.language,
    classification: stored(pending.classification),
  });
  ticket.number = number;
  ticket.createdAt = now;
  return ticket;
}

/** The answer shows the organisation; built from the locked row, as MikroORM would hydrate it. */
function organizationOf(row: OrganizationRow): Organization {
  const org = new Organization({
    externalId: row.external_id,
    name: row.name,
    product: row.product,
    lastServiceDay: row.last_service_day,
    timezone: row.timezone,
    language: row.language,
    contactEmails: row.contact_emails,
  });
  org.id = row.id;
  org.contractVersion = row.contract_version;
  org.createdAt = new Date(row.created_ms);
  org.updatedAt = new Date(row.updated_ms);
  return org;
}

function notRegistered(): HelpdeskException {
  return new HelpdeskException(HelpdeskErrorCode.ORGANIZATION_NOT_REGISTERED, NOT_REGISTERED);
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
