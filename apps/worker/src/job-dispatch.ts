import { Job, UnrecoverableError } from 'bullmq';
import { JobName } from '@app/queue';

export function attemptOf(job: Job): { number: number; final: boolean } {
  const number = job.attemptsMade + 1;
  return { number, final: number >= (job.opts.attempts ?? 1) };
}

/** A job name no handler knows is a deployment mistake, not something a retry can fix. */
export function assertHandled(job: Job): never {
  throw new UnrecoverableError(`no handler for job ${job.name} on queue ${job.queueName}`);
}

/** At boot: every job name of the contract has a processor, or the worker refuses to start. */
export function assertEveryJobHandled(handledByProcessors: readonly JobName[]): void {
  const handled = new Set<JobName>(handledByProcessors);
  const missing = Object.values(JobName).filter((name) => !handled.has(name));
  if (missing.length > 0) throw new Error(`No handler for job names: ${missing.join(', ')}`);
}
