import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '@app/domain';
import { CLOCK, DownloadLinkService } from '@app/helpdesk';
import { classifySmtpError, MailTransport, renderMail } from '@app/mail';
import { Notification, NotificationStatus, Organization, Ticket } from '@app/persistence';
import { NotificationDataBuilder } from './notification-data.builder';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** A table row as PostgreSQL's to_jsonb writes it: column names as keys. */
type EntityRow = Record<string, unknown>;

/**
 * Sends one notification. Idempotent: a SENT row is never sent again, and every try carries the
 * same Message-ID, so the rare resend after a crash between SMTP and our commit is recognisable.
 */
@Injectable()
export class NotificationSenderService implements OnApplicationShutdown {
  private readonly logger = new Logger(NotificationSenderService.name);

  constructor(
    private readonly em: EntityManager,
    private readonly links: DownloadLinkService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send(notificationId: string, finalAttempt: boolean): Promise<'SENT' | 'ALREADY_SENT' | 'SKIPPED'> {
    const em = this.em.fork();
    const loaded = await this.load(em, notificationId);
    if (!loaded) return 'SKIPPED';
    const { notification, org, ticket } = loaded;
    if (notification.status !== NotificationStatus.PENDING) return notification.status === NotificationStatus.SENT ? 'ALREADY_SENT' : 'SKIPPED';
    const now = this.clock.now();
    try {
      const data = await new NotificationDataBuilder(em, this.links).build(notification, org, ticket, now);
      const rendered = renderMail(data, notification.language, {
        organizationName: org.name,
        timezone: org.timezone,
        publicUrl: this.config.publicUrl,
      });
      const result = await this.transport.send({ notificationId: notification.id, to: org.contactEmails, rendered });
      // One update statement, without the unit of work comparing every row this mail loaded.
      await em.nativeUpdate(
        Notification,
        { id: notification.id },
        { status: NotificationStatus.SENT, messageId: result.messageId, sentAt: now, attempts: notification.attempts + 1, lastError: null },
      );
      return 'SENT';
    } catch (error) {
      const failure = classifySmtpError(error);
      notification.attempts += 1;
      notification.lastError = failure.message.slice(0, 1000);
      if (!failure.transient || finalAttempt) notification.status = NotificationStatus.FAILED;
      await em.flush();
      this.logger.warn(`notification ${notification.id} (${notification.template}) failed: ${failure.message}`);
      if (!failure.transient) throw new UnrecoverableError(failure.message);
      throw failure;
    }
  }

  /**
   * The notification with its organisation and ticket in one round trip: three lookups per e-mail
   * were most of a mail's time in the worker (measured by `npm run bench`, mail part).
   */
  private async load(em: EntityManager, notificationId: string): Promise<{ notification: Notification; org: Organization; ticket: Ticket | null } | null> {
    const [row] = await em.execute<{ notification: EntityRow; organization: EntityRow | null; ticket: EntityRow | null }[]>(
      `select to_jsonb(n) as notification, to_jsonb(o) as organization, to_jsonb(t) as ticket
         from notification n
         left join organization o on o.id = n.organization_id
         left join ticket t on t.id = n.ticket_id
        where n.id = ?`,
      [notificationId],
    );
    if (!row) return null;
    if (!row.organization) throw new Error(`organisation ${String(row.notification.organization_id)} of notification ${notificationId} is missing`);
    if (row.notification.ticket_id && !row.ticket) throw new Error(`ticket ${String(row.notification.ticket_id)} of notification ${notificationId} is missing`);
    return {
      notification: em.map(Notification, row.notification),
      org: em.map(Organization, row.organization),
      ticket: row.ticket ? em.map(Ticket, row.ticket) : null,
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}
