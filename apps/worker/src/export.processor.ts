import { Processor, WorkerHost } from '@nestjs/bullmq';
import { FactoryProvider, Logger } from '@nestjs/common';
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

/** Runs export jobs; registered through `exportProcessorProvider`, which gives its worker the configured lock period. */
export class ExportProcessor extends WorkerHost {
  private readonly logger = new Logger(ExportProcessor.name);

  constructor(private readonly exports: ExportJobService) {
    super();
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

/**
 * @nestjs/bullmq takes a worker's options from the @Processor metadata of the provider instance's
 * class when it starts the workers, after every provider is built. A factory provider lets that
 * class be decorated with options read from the configuration, instead of fixed at import time.
 */
export const exportProcessorProvider: FactoryProvider<ExportProcessor> = {
  provide: ExportProcessor,
  inject: [ExportJobService, APP_CONFIG],
  useFactory: (exports: ExportJobService, config: AppConfig) => {
    @Processor(QueueName.EXPORT, exportWorkerOptions(config.exportLockMs))
    class ConfiguredExportProcessor extends ExportProcessor {}
    return new ConfiguredExportProcessor(exports);
  },
};
