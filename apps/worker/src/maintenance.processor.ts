import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { Job, Queue } from 'bullmq';
import { Clock } from '@app/domain';
import { CLOCK } from '@app/helpdesk';
import { DUTIES_RETRY, jobIdFor, JobName, JobPayloads, QueueName } from '@app/queue';
import { DutiesService } from '@app/retention';
import { assertHandled } from './job-dispatch';

export const MAINTENANCE_HANDLED = [JobName.RUN_DUTIES] as const;

const DUTIES_SCHEDULER_ID = 'run-duties';

// One run at a time per worker; several workers may still race, which the duties are built for.
@Processor(QueueName.MAINTENANCE, { concurrency: 1, lockDuration: 120_000 })
export class MaintenanceProcessor extends WorkerHost {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly duties: DutiesService,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectQueue(QueueName.MAINTENANCE) private readonly queue: Queue,
  ) {
    super();
  }

  /**
   * Runs the duties every `everyMs` (upserted, so every worker may call it at boot), and once now:
   * whatever fell due while no worker ran is caught up at start, not a minute later. Returns that first job.
   */
  async scheduleDuties(everyMs: number): Promise<Job> {
    await this.queue.upsertJobScheduler(
      DUTIES_SCHEDULER_ID,
      { every: everyMs },
      { name: JobName.RUN_DUTIES, data: { at: null } satisfies JobPayloads[JobName.RUN_DUTIES], opts: DUTIES_RETRY },
    );
    const payload: JobPayloads[JobName.RUN_DUTIES] = { at: this.clock.now().toISOString() };
    return this.queue.add(JobName.RUN_DUTIES, payload, { ...DUTIES_RETRY, jobId: jobIdFor[JobName.RUN_DUTIES](payload) });
  }

  async process(job: Job): Promise<unknown> {
    try {
      switch (job.name) {
        case JobName.RUN_DUTIES: {
          const { at } = job.data as JobPayloads[JobName.RUN_DUTIES];
          const actions = await this.duties.run(at === null ? this.clock.now() : new Date(at), { dryRun: false });
          if (actions.length > 0) this.logger.log(`job ${job.id}: ${actions.length} duties done (${actions.map((a) => a.duty).join(', ')})`);
          return { actions: actions.length };
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
