import { Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { HelpdeskModule } from '@app/helpdesk';
import { MailTransport } from '@app/mail';
import { ExportJobService } from './export-job.service';
import { MAIL_TRANSPORT, NotificationSenderService } from './notification-sender.service';
import { NotificationStore } from './notification.store';
import { OutboxRelayService } from './outbox-relay.service';
import { WorkReconcilerService } from './work-reconciler.service';

/** What the worker does; its processors only dispatch jobs to these services. */
@Module({
  imports: [HelpdeskModule],
  providers: [
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        MailTransport.fromConfig({
          smtpUrl: config.smtpUrl ?? undefined,
          outboxDir: config.mailOutboxDir,
          from: config.mailFrom,
          messageIdDomain: new URL(config.publicUrl).hostname || 'helpdesk.local',
          pool: { maxConnections: config.mail.smtpConnections, maxMessages: config.mail.smtpMessagesPerConnection },
        }),
    },
    ExportJobService,
    NotificationSenderService,
    NotificationStore,
    OutboxRelayService,
    WorkReconcilerService,
  ],
  exports: [ExportJobService, NotificationSenderService, OutboxRelayService, WorkReconcilerService],
})
export class JobsModule {}
