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

  retryOf(name: JobName): JobsOptions {
    const policy = RETRY_OF_JOB[name];
    if (this.retryBaseDelayMs === null || typeof policy.backoff !== 'object') return policy;
    return { ...policy, backoff: { ...policy.backoff, delay: this.retryBaseDelayMs } };
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }
}
