import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EXPORT_HANDLED } from './export.processor';
import { assertEveryJobHandled } from './job-dispatch';
import { MAIL_HANDLED } from './mail.processor';
import { WorkerModule } from './worker.module';

/** The worker: BullMQ processors, the outbox relay and the reconciler; no HTTP server. */
async function main(): Promise<void> {
  assertEveryJobHandled([...EXPORT_HANDLED, ...MAIL_HANDLED]);
  const app = await NestFactory.createApplicationContext(WorkerModule);
  app.enableShutdownHooks();
  new Logger('Worker').log('worker started');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
