import { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { Clock } from '@app/domain';
import { CLOCK, DownloadLinkService } from '@app/helpdesk';
import { classifySmtpError, MailTransport, renderMail, SendResult } from '@app/mail';
import { NotificationStatus } from '@app/persistence';
import { NotificationDataBuilder } from './notification-data.builder';
import { NotificationStore, NotificationToSend } from './notification.store';

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
    private readonly store: NotificationStore,
    private readonly links: DownloadLinkService,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async send(notificationId: string, finalAttempt: boolean): Promise<'SENT' | 'ALREADY_SENT' | 'SKIPPED'> {
    const notification = await this.store.load(notificationId);
    if (!notification) return 'SKIPPED';
    if (notification.status !== NotificationStatus.PENDING) return notification.status === NotificationStatus.SENT ? 'ALREADY_SENT' : 'SKIPPED';
    const now = this.clock.now();
    const result = await this.deliver(notification, now, finalAttempt);
    // Delivered: should recording it fail, the job's retry sends again with the same Message-ID,
    // rather than the row telling of a failure the customer never saw.
    await this.store.markSent({ notificationId: notification.id, messageId: result.messageId, sentAt: now });
    return 'SENT';
  }

  /** Renders and hands the e-mail to the transport; a failure is counted on the row, then rethrown for BullMQ. */
  private async deliver(notification: NotificationToSend, now: Date, finalAttempt: boolean): Promise<SendResult> {
    try {
      const { organization } = notification;
      const data = await new NotificationDataBuilder(this.em, this.links).build(notification, now);
      const rendered = renderMail(data, notification.language, {
        organizationName: organization.name,
        timezone: organization.timezone,
        publicUrl: this.config.publicUrl,
      });
      return await this.transport.send({ notificationId: notification.id, to: organization.contactEmails, rendered });
    } catch (error) {
      const failure = classifySmtpError(error);
      await this.store.markFailed(notification.id, failure.message, !failure.transient || finalAttempt);
      this.logger.warn(`notification ${notification.id} (${notification.template}) failed: ${failure.message}`);
      if (!failure.transient) throw new UnrecoverableError(failure.message);
      throw failure;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }
}
