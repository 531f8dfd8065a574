import 'reflect-metadata';
import { setPriority } from 'node:os';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, AppConfig, loadConfig } from '@app/config';
import { EXPORT_HANDLED } from './export.processor';
import { assertEveryJobHandled } from './job-dispatch';
import { MAIL_HANDLED } from './mail.processor';
import { MAINTENANCE_HANDLED, MaintenanceProcessor } from './maintenance.processor';
import { WorkerModule } from './worker.module';

/** The worker: BullMQ processors, the outbox relay, the reconciler and the duties' schedule; no HTTP server. */
async function main(): Promise<void> {
  assertEveryJobHandled([...EXPORT_HANDLED, ...MAIL_HANDLED, ...MAINTENANCE_HANDLED]);
  // Before the processors start taking jobs, so every compression thread and dump tool inherits it.
  const { workerNiceness } = loadConfig();
  if (workerNiceness > 0) setPriority(workerNiceness);
  const app = await NestFactory.createApplicationContext(WorkerModule);
  const config = app.get<AppConfig>(APP_CONFIG);
  app.enableShutdownHooks();
  // Scheduled here rather than at module start, so tests that boot the module control time themselves.
  await app.get(MaintenanceProcessor).scheduleDuties(config.dutiesEveryMs);
  new Logger('Worker').log('worker started');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
