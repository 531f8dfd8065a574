import { OutboxMessage } from '@app/persistence';
import { jobIdFor, JobName, JobPayloads, QUEUE_OF_JOB } from './queue-contract';

/** The outbox row that will enqueue this job once the surrounding transaction commits. */
export function outboxEntry<N extends JobName>(name: N, payload: JobPayloads[N]): OutboxMessage {
  const jobId = (jobIdFor[name] as (p: JobPayloads[N]) => string)(payload);
  return new OutboxMessage({ queue: QUEUE_OF_JOB[name], jobName: name, jobId, payload: { ...payload } });
}
