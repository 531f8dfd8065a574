import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { ExportJobService } from '@app/jobs';
import { JobName, JobPayloads, QueueName } from '@app/queue';
import { assertHandled, attemptOf } from './job-dispatch';

export const EXPORT_HANDLED = [JobName.RUN_EXPORT] as const;

// Exports are heavy (a dump and a compressor per job): one at a time per worker process.
@Processor(QueueName.EXPORT, { concurrency: 1, lockDuration: 60_000, maxStalledCount: 3 })
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
