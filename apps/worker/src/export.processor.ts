import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { Job, WorkerOptions } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@app/config';
import { ExportJobService } from '@app/jobs';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { assertHandled, attemptOf } from './job-dispatch';

export const EXPORT_HANDLED = [JobName.RUN_EXPORT] as const;

/**
 * Exports are heavy (a dump and a compressor per job): one at a time per worker process. The lock
 * period decides how soon a dead worker's export is taken over: its lock lapses after `lockMs`, and
 * the stalled check, run every half of it, hands the job to a live worker.
 */
export function exportWorkerOptions(lockMs: number): Partial<WorkerOptions> {
  return { concurrency: 1, lockDuration: lockMs, stalledInterval: Math.max(500, Math.floor(lockMs / 2)), maxStalledCount: 3 };
}

@Processor(QueueName.EXPORT, exportWorkerOptions(60_000))
export class ExportProcessor extends WorkerHost {
  private readonly logger = new Logger(ExportProcessor.name);

  constructor(
    private readonly exports: ExportJobService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super();
    // The BullMQ worker is created from this metadata after every provider is built, so the
    // configured lock period can still reach it here.
    Processor(QueueName.EXPORT, exportWorkerOptions(config.exportLockMs))(ExportProcessor);
  }

  async process(job: Job): Promise<unknown> {
    try {
      switch (job.name) {
        case JobName.RUN_EXPORT: {
          const { exportId } = job.data as JobPayloads[JobName.RUN_EXPORT];
          return await this.exports.run(exportId, attemptOf(job));
        }
        default:
          return assertHandled(job);
      }
    } catch (error) {
      this.logger.error(`job ${job.id} ${job.name} ${JSON.stringify(job.data)} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }
}
