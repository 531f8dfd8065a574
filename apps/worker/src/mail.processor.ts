import { Processor, WorkerHost } from '@nestjs/bullmq';
import { FactoryProvider, Logger } from '@nestjs/common';
import { Job, WorkerOptions } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { NotificationSenderService } from '@app/jobs';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { assertHandled, attemptOf } from './job-dispatch';

export const MAIL_HANDLED = [JobName.SEND_NOTIFICATION] as const;

/** Sends notifications; registered through `mailProcessorProvider`, which sets its worker's concurrency from the configuration. */
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger(MailProcessor.name);

  constructor(private readonly sender: NotificationSenderService) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    try {
      switch (job.name) {
        case JobName.SEND_NOTIFICATION: {
          const { notificationId } = job.data as JobPayloads[JobName.SEND_NOTIFICATION];
          return await this.sender.send(notificationId, attemptOf(job).final);
        }
        default:
          return assertHandled(job);
      }
    } catch (error) {
      this.logger.warn(`job ${job.id} ${job.name} ${JSON.stringify(job.data)} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }
}

/**
 * Mail jobs wait on SMTP and PostgreSQL, not CPU: many in flight keep the pooled connections busy.
 * A rate, where set, holds for the queue as a whole: BullMQ counts it in Redis for every worker.
 */
export function mailWorkerOptions(mail: AppConfig['mail']): Partial<WorkerOptions> {
  return {
    concurrency: mail.concurrency,
    ...(mail.perSecond === null ? {} : { limiter: { max: mail.perSecond, duration: 1000 } }),
  };
}

/** Worker options from the configuration, as for exports (see `exportProcessorProvider`). */
export const mailProcessorProvider: FactoryProvider<MailProcessor> = {
  provide: MailProcessor,
  inject: [NotificationSenderService, APP_CONFIG],
  useFactory: (sender: NotificationSenderService, config: AppConfig) => {
    @Processor(QueueName.MAIL, mailWorkerOptions(config.mail))
    class ConfiguredMailProcessor extends MailProcessor {}
    return new ConfiguredMailProcessor(sender);
  },
};
