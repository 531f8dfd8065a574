import { Queue } from 'bullmq';
import { jobIdFor, JobName, JobPayloads, QUEUE_OF_JOB, QueueName, RETRY_OF_JOB } from './queue-contract';

/** Typed enqueueing with the deterministic job id and the job's retry policy. */
export class JobProducer {
  constructor(private readonly queues: Readonly<Record<QueueName, Queue>>) {}

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], jobId?: string): Promise<void> {
    const id = jobId ?? (jobIdFor[name] as (p: JobPayloads[N]) => string)(payload);
    await this.queues[QUEUE_OF_JOB[name]].add(name, payload, { ...RETRY_OF_JOB[name], jobId: id });
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }
}
