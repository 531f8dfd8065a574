import { Language } from '@app/domain';
import { Notification, TicketRequest } from '@app/persistence';
import { JobName, JobPayloads, outboxEntry } from '@app/queue';

/** The relay's LISTEN channel; a trigger on outbox_message notifies it (migration 20261129000000). */
export const OUTBOX_CHANNEL = 'helpdesk_outbox';

/**
 * Where new rows go: an EntityManager's unit of work, or intake's batch, which writes what it
 * collects with one multi-row statement per table (IntakeRows).
 */
export interface RowSink {
  persist(entity: object): unknown;
  flush(): Promise<void>;
}

/**
 * Writes work for the queues inside the caller's transaction. The outbox table's trigger sends
 * the NOTIFY, delivered on commit, so the relay wakes at once; if it is missed the relay's poll
 * still finds the row.
 */
export class OutboxWriter {
  constructor(private readonly rows: RowSink) {}

  enqueue<N extends JobName>(name: N, payload: JobPayloads[N]): void {
    this.rows.persist(outboxEntry(name, payload));
  }

  /** One e-mail, once: a second call with the same dedupe key within the transaction returns the first. */
  notify(init: {
    dedupeKey: string;
    organizationId: string;
    ticketId: string | null;
    template: string;
    language: Language;
    data: Record<string, unknown>;
  }): Notification {
    const notification = new Notification(init);
    this.rows.persist(notification);
    this.enqueue(JobName.SEND_NOTIFICATION, { notificationId: notification.id });
    return notification;
  }

  /** Tells the customer the decision on one request; a later decision on it is a new e-mail. */
  notifyDecision(request: TicketRequest, revision: number): Notification {
    return this.notify({
      dedupeKey: `request-decided:${request.id}:${revision}`,
      organizationId: request.organization.id,
      ticketId: request.ticket.id,
      template: 'REQUEST_DECIDED',
      language: request.ticket.language,
      data: { requestId: request.id },
    });
  }

  async flush(): Promise<void> {
    await this.rows.flush();
  }
}
