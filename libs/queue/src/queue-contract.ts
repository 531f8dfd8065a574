import { JobsOptions } from 'bullmq';

/** The one contract between producers (API, relay, scheduler) and the worker's processors. */
export enum QueueName {
  EXPORT = 'export',
  MAIL = 'mail',
  MAINTENANCE = 'maintenance',
}

export enum JobName {
  RUN_EXPORT = 'run-export',
  SEND_NOTIFICATION = 'send-notification',
  RUN_DUTIES = 'run-duties',
}

/** Payloads carry ids only; the handler loads the current state and decides what is left to do. */
export interface JobPayloads {
  [JobName.RUN_EXPORT]: { exportId: string };
  [JobName.SEND_NOTIFICATION]: { notificationId: string };
  /** `at` null: as of the moment the job runs (the scheduler's jobs); an ISO instant otherwise. */
  [JobName.RUN_DUTIES]: { at: string | null };
}


export const QUEUE_OF_JOB: Readonly<Record<JobName, QueueName>> = {
  [JobName.RUN_EXPORT]: QueueName.EXPORT,
  [JobName.SEND_NOTIFICATION]: QueueName.MAIL,
  [JobName.RUN_DUTIES]: QueueName.MAINTENANCE,
};

/** Deterministic job ids: enqueueing the same work twice gives one job. */
export const jobIdFor = {
  [JobName.RUN_EXPORT]: (p: JobPayloads[JobName.RUN_EXPORT]): string => `export-${p.exportId}`,
  [JobName.SEND_NOTIFICATION]: (p: JobPayloads[JobName.SEND_NOTIFICATION]): string => `mail-${p.notificationId}`,
  // BullMQ refuses ':' in job ids, so the instant goes in as epoch milliseconds.
  [JobName.RUN_DUTIES]: (p: JobPayloads[JobName.RUN_DUTIES]): string => `duties-${p.at === null ? 'now' : Date.parse(p.at)}`,
} as const;

const KEEP = { removeOnComplete: { age: 24 * 3600, count: 10_000 }, removeOnFail: { age: 7 * 24 * 3600 } };

/** Retries per job kind, named so a reader sees the policy in one place. */
export const EXPORT_RETRY: JobsOptions = { attempts: 5, backoff: { type: 'exponential', delay: 30_000 }, ...KEEP };
export const MAIL_RETRY: JobsOptions = { attempts: 10, backoff: { type: 'exponential', delay: 5_000 }, ...KEEP };
/** The next scheduled run retries anyway; a few quick tries cover a database blip. */
export const DUTIES_RETRY: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: { age: 3600, count: 1000 }, removeOnFail: { age: 7 * 24 * 3600 } };

export const RETRY_OF_JOB: Readonly<Record<JobName, JobsOptions>> = {
  [JobName.RUN_EXPORT]: EXPORT_RETRY,
  [JobName.SEND_NOTIFICATION]: MAIL_RETRY,
  [JobName.RUN_DUTIES]: DUTIES_RETRY,
};
