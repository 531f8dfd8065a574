import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Language, RequestKind } from '@app/domain';
import { BatchCoalescer, BOOKKEEPING_COMMIT, NotificationStatus } from '@app/persistence';

/**
 * What one e-mail needs of its notification, organisation and ticket, read as plain values: mapping
 * three rows into ORM entities cost the worker more than composing the e-mail.
 */
export interface NotificationToSend {
  id: string;
  status: NotificationStatus;
  template: string;
  language: Language;
  data: Record<string, unknown>;
  organization: { id: string; name: string; timezone: string; contactEmails: string[] };
  ticket: { number: number | null; subject: string; body: string; createdAt: Date; labels: RequestKind[] } | null;
}

/** One row of the read below; timestamps come back as ISO text inside the JSON objects. */
type SendingRow = Omit<NotificationToSend, 'organization' | 'ticket'> & {
  organization: NotificationToSend['organization'] | null;
  ticket: (Omit<NonNullable<NotificationToSend['ticket']>, 'createdAt'> & { createdAt: string }) | null;
  organization_id: string;
  ticket_id: string | null;
};

export interface SentMark {
  notificationId: string;
  messageId: string;
  sentAt: Date;
}

/** Enough for the jobs one worker has in flight; a bigger backlog simply takes several batches. */
const MAX_BATCH = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The mail worker's reads and writes of notification rows. Jobs running side by side share one
 * statement to read their notifications and one to mark them sent: per e-mail, two statements and
 * their round trips were most of the database's and much of the worker's time (`npm run bench`, mail).
 */
@Injectable()
export class NotificationStore {
  private readonly reads = new BatchCoalescer<string, SendingRow | null>((ids) => this.readMany(ids), MAX_BATCH);
  private readonly marks = new BatchCoalescer<SentMark, void>((marks) => this.markManySent(marks), MAX_BATCH);

  constructor(private readonly em: EntityManager) {}

  /** The notification with what its e-mail tells of; null when there is no such row. */
  async load(notificationId: string): Promise<NotificationToSend | null> {
    // Not a UUID: no row can have it, and it must not fail the statement it would share with others.
    if (!UUID.test(notificationId)) return null;
    const row = await this.reads.submit(notificationId.toLowerCase());
    if (!row) return null;
    const { organization, ticket, organization_id: organizationId, ticket_id: ticketId, ...notification } = row;
    if (!organization) throw new Error(`organisation ${organizationId} of notification ${notificationId} is missing`);
    if (ticketId && !ticket) throw new Error(`ticket ${ticketId} of notification ${notificationId} is missing`);
    return { ...notification, organization, ticket: ticket ? { ...ticket, createdAt: new Date(ticket.createdAt) } : null };
  }

  /** Resolves once the row says SENT in the database, so a job completes only after its mark is stored. */
  markSent(mark: SentMark): Promise<void> {
    return this.marks.submit(mark);
  }

  /** A failed try: counted, its error kept, and the row closed when no retry follows. Rare, so not batched. */
  async markFailed(notificationId: string, error: string, final: boolean): Promise<void> {
    await this.em.fork().execute(
      `update notification set attempts = attempts + 1, last_error = ?, status = case when ? then ? else status end where id = ?`,
      [error.slice(0, 1000), final, NotificationStatus.FAILED, notificationId],
    );
  }

  private async readMany(ids: string[]): Promise<(SendingRow | null)[]> {
    const rows = await this.em.fork().execute<SendingRow[]>(
      `select n.id::text as id, n.status, n.template, n.language, n.data,
              n.organization_id::text as organization_id, n.ticket_id::text as ticket_id,
              case when o.id is not null then jsonb_build_object(
                'id', o.id, 'name', o.name, 'timezone', o.timezone, 'contactEmails', to_jsonb(o.contact_emails)) end as organization,
              case when t.id is not null then jsonb_build_object(
                'number', t.number, 'subject', t.subject, 'body', t.body, 'createdAt', t.created_at,
                'labels', coalesce(t.classification -> 'labels', '[]'::jsonb)) end as ticket
         from notification n
         left join organization o on o.id = n.organization_id
         left join ticket t on t.id = n.ticket_id
        where n.id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async markManySent(marks: SentMark[]): Promise<void[]> {
    await this.em.fork().transactional(async (em) => {
      await em.execute(BOOKKEEPING_COMMIT);
      await em.execute(
        `update notification n
            set status = ?, message_id = v.message_id, sent_at = v.sent_at, attempts = n.attempts + 1, last_error = null
           from jsonb_to_recordset(?::jsonb) as v(id uuid, message_id text, sent_at timestamptz)
          where n.id = v.id`,
        [NotificationStatus.SENT, JSON.stringify(marks.map((m) => ({ id: m.notificationId, message_id: m.messageId, sent_at: m.sentAt.toISOString() })))],
      );
    });
    return marks.map(() => undefined);
  }
}
