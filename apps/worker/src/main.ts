import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@app/config';
import { EXPORT_HANDLED } from './export.processor';
import { assertEveryJobHandled } from './job-dispatch';
import { MAIL_HANDLED } from './mail.processor';
import { MAINTENANCE_HANDLED, MaintenanceProcessor } from './maintenance.processor';
import { WorkerModule } from './worker.module';

/** The worker: BullMQ processors, the outbox relay, the reconciler and the duties' schedule; no HTTP server. */
async function main(): Promise<void> {
  assertEveryJobHandled([...EXPORT_HANDLED, ...MAIL_HANDLED, ...MAINTENANCE_HANDLED]);
  const app = await NestFactory.createApplicationContext(WorkerModule);
  app.enableShutdownHooks();
  // Scheduled here rather than at module start, so tests that boot the module control time themselves.
  await app.get(MaintenanceProcessor).scheduleDuties(app.get<AppConfig>(APP_CONFIG).dutiesEveryMs);
  new Logger('Worker').log('worker started');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
