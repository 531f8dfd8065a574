import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
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
  const { workerNiceness, workerCpuPolicy } = loadConfig();
  if (workerNiceness > 0) lowerPriority(workerNiceness);
  if (workerCpuPolicy === 'idle') runWhenIdle();
  const app = await NestFactory.createApplicationContext(WorkerModule);
  const config = app.get<AppConfig>(APP_CONFIG);
  app.enableShutdownHooks();
  // Scheduled here rather than at module start, so tests that boot the module control time themselves.
  await app.get(MaintenanceProcessor).scheduleDuties(config.dutiesEveryMs);
  new Logger('Worker').log('worker started');
}

/**
 * Linux keeps a niceness per thread, and new threads take their creator's: the main thread's alone
 * would leave the threads V8 started with the process (its garbage collector's helpers among them)
 * at full priority, so each thread there is now is set too.
 */
function lowerPriority(niceness: number): void {
  setPriority(niceness);
  for (const thread of threadIds()) {
    try {
      setPriority(thread, niceness);
    } catch {
      // A thread that ended meanwhile.
    }
  }
}

/**
 * Linux's idle scheduling class, for every thread and the dump tools to come: the worker runs only
 * on CPU time that the API, the database and the rest leave, and yields it the moment they wake.
 * Niceness alone still let an export of 1 GB cut intake to 0.64-0.77 of its quiet rate on two
 * cores (`BENCH_ONLY=fire`); in this class, 0.97. `chrt` comes with util-linux; where it is
 * missing or refused, the niceness stays and a warning says so.
 */
function runWhenIdle(): void {
  const chrt = spawnSync('chrt', ['--idle', '--all-tasks', '--pid', '0', String(process.pid)], { encoding: 'utf8' });
  if (chrt.status !== 0) {
    const reason = chrt.error?.message ?? (chrt.stderr.trim() || `exit code ${chrt.status}`);
    new Logger('Worker').warn(`could not enter the idle scheduling class (${reason}); running with WORKER_NICENESS alone`);
  }
}

function threadIds(): number[] {
  try {
    return readdirSync('/proc/self/task').map(Number);
  } catch {
    return [];
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
