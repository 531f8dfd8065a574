import { JobsOptions, Queue } from 'bullmq';
import { jobIdFor, JobName, JobPayloads, QUEUE_OF_JOB, QueueName, RETRY_OF_JOB } from './queue-contract';

/** Typed enqueueing with the deterministic job id and the job's retry policy. */
export class JobProducer {
  /** `retryBaseDelayMs` replaces the first backoff delay of every policy (null: the named policies as they are). */
  constructor(
    private readonly queues: Readonly<Record<QueueName, Queue>>,
    private readonly retryBaseDelayMs: number | null = null,
  ) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], jobId?: string): Promise<void> {
    const id = jobId ?? (jobIdFor[name] as (p: JobPayloads[N]) => string)(payload);
    await this.queues[QUEUE_OF_JOB[name]].add(name, payload, { ...this.retryOf(name), jobId: id });
  }

  /** Many jobs in one round trip per queue; ids still make a repeated job one job. */
  async enqueueMany(jobs: readonly { name: JobName; payload: unknown; jobId: string }[]): Promise<void> {
    const byQueue = new Map<QueueName, { name: string; data: unknown; opts: JobsOptions }[]>();
    for (const job of jobs) {
      const queue = QUEUE_OF_JOB[job.name];
      const list = byQueue.get(queue) ?? [];
      list.push({ name: job.name, data: job.payload, opts: { ...this.retryOf(job.name), jobId: job.jobId } });
      byQueue.set(queue, list);
    }
    await Promise.all([...byQueue].map(([queue, list]) => this.queues[queue].addBulk(list)));
  }

  retryOf(name: JobName): JobsOptions {
    const policy = RETRY_OF_JOB[name];
    if (this.retryBaseDelayMs === null || typeof policy.backoff !== 'object') return policy;
    return { ...policy, backoff: { ...policy.backoff, delay: this.retryBaseDelayMs } };
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }
}
