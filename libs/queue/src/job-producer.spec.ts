import { Queue } from 'bullmq';
import { JobProducer } from './job-producer';
import { EXPORT_RETRY, JobName, MAIL_RETRY, QueueName } from './queue-contract';

const NO_QUEUES = {} as Record<QueueName, Queue>;

describe(JobProducer.name, () => {
  it.each([
    [JobName.RUN_EXPORT, null, EXPORT_RETRY],
    [JobName.SEND_NOTIFICATION, null, MAIL_RETRY],
    [JobName.RUN_EXPORT, 50, { ...EXPORT_RETRY, backoff: { type: 'exponential', delay: 50 } }],
    [JobName.SEND_NOTIFICATION, 20, { ...MAIL_RETRY, backoff: { type: 'exponential', delay: 20 } }],
  ])('gives %s with a configured base delay of %s the policy %o', (name, delay, expected) => {
    expect(new JobProducer(NO_QUEUES, delay).retryOf(name)).toEqual(expected);
  });
});
