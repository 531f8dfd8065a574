import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { Queue } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { JobProducer } from './job-producer';
import { QueueName } from './queue-contract';

const QUEUE_NAMES = Object.values(QueueName);

/** The queues, for producers (API, relay) and for the worker's processors alike. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      // A blocking worker connection must not give up on a slow command; BullMQ insists on null.
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null },
        prefix: config.queuePrefix,
      }),
    }),
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
  ],
  providers: [
    {
      provide: JobProducer,
      inject: [APP_CONFIG, ...QUEUE_NAMES.map((name) => getQueueToken(name))],
      useFactory: (config: AppConfig, ...queues: Queue[]) =>
        new JobProducer(Object.fromEntries(QUEUE_NAMES.map((name, i) => [name, queues[i]])) as Record<QueueName, Queue>, config.retryBaseDelayMs),
    },
  ],
  exports: [BullModule, JobProducer],
})
export class QueueModule {}
