import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Notification, NotificationStatus, Organization, Ticket } from '@app/persistence';
import { BatchCoalescer } from './batch-coalescer';

/** A table row as PostgreSQL's to_jsonb writes it: column names as keys. */
type EntityRow = Record<string, unknown>;

interface SendingRows {
  notification: EntityRow;
  organization: EntityRow | null;
  ticket: EntityRow | null;
}

export interface NotificationToSend {
  notification: Notification;
  org: Organization;
  ticket: Ticket | null;
}

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
  private readonly reads = new BatchCoalescer<string, SendingRows | null>((ids) => this.readMany(ids), MAX_BATCH);
  private readonly marks = new BatchCoalescer<SentMark, void>((marks) => this.markManySent(marks), MAX_BATCH);

  constructor(private readonly em: EntityManager) {}

  /** The notification with its organisation and ticket, as entities of `em`; null when there is no such row. */
  async load(em: EntityManager, notificationId: string): Promise<NotificationToSend | null> {
    // Not a UUID: no row can have it, and it must not fail the statement it would share with others.
    if (!UUID.test(notificationId)) return null;
    const row = await this.reads.submit(notificationId.toLowerCase());
    if (!row) return null;
    if (!row.organization) throw new Error(`organisation ${String(row.notification.organization_id)} of notification ${notificationId} is missing`);
    if (row.notification.ticket_id && !row.ticket) throw new Error(`ticket ${String(row.notification.ticket_id)} of notification ${notificationId} is missing`);
    return {
      notification: em.map(Notification, row.notification),
      org: em.map(Organization, row.organization),
      ticket: row.ticket ? em.map(Ticket, row.ticket) : null,
    };
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

  private async readMany(ids: string[]): Promise<(SendingRows | null)[]> {
    const rows = await this.em.fork().execute<(SendingRows & { id: string })[]>(
      `select n.id::text as id, to_jsonb(n) as notification, to_jsonb(o) as organization, to_jsonb(t) as ticket
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
    await this.em.fork().execute(
      `update notification n
          set status = ?, message_id = v.message_id, sent_at = v.sent_at, attempts = n.attempts + 1, last_error = null
         from jsonb_to_recordset(?::jsonb) as v(id uuid, message_id text, sent_at timestamptz)
        where n.id = v.id`,
      [NotificationStatus.SENT, JSON.stringify(marks.map((m) => ({ id: m.notificationId, message_id: m.messageId, sent_at: m.sentAt.toISOString() })))],
    );
    return marks.map(() => undefined);
  }
}
