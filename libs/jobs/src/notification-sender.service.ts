import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '@app/domain';
import { CLOCK, DownloadLinkService } from '@app/helpdesk';
import { classifySmtpError, MailTransport, renderMail } from '@app/mail';
import { Notification, NotificationStatus, Organization } from '@app/persistence';
import { NotificationDataBuilder } from './notification-data.builder';

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

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
    const notification = await em.findOne(Notification, notificationId);
    if (!notification) return 'SKIPPED';
    if (notification.status !== NotificationStatus.PENDING) return notification.status === NotificationStatus.SENT ? 'ALREADY_SENT' : 'SKIPPED';
    const org = await em.findOneOrFail(Organization, notification.organizationId);
    const now = this.clock.now();
    try {
      const data = await new NotificationDataBuilder(em, this.links).build(notification, org, now);
      const rendered = renderMail(data, notification.language, {
        organizationName: org.name,
        timezone: org.timezone,
        publicUrl: this.config.publicUrl,
      });
      const result = await this.transport.send({ notificationId: notification.id, to: org.contactEmails, rendered });
      notification.status = NotificationStatus.SENT;
      notification.messageId = result.messageId;
      notification.sentAt = now;
      notification.attempts += 1;
      notification.lastError = null;
      await em.flush();
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

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}
