import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { OutboxRelayService } from '@app/jobs';
import { JobName, JobProducer, jobIdFor, QUEUE_OF_JOB, QueueName } from '@app/queue';
import { TestApp } from '../support/test-app';
import { sql } from './helpdesk-e2e.helpers';

/** Pending outbox rows for e-mails, as intake writes them; returns their job ids in order. */
async function insertMailRows(app: TestApp, count: number): Promise<string[]> {
  const jobIds = Array.from({ length: count }, () => jobIdFor[JobName.SEND_NOTIFICATION]({ notificationId: randomUUID() }));
  await sql(
    app,
    `insert into outbox_message (queue, job_name, job_id, payload, created_at)
     select $1, $2, id, jsonb_build_object('notificationId', substr(id, 6)), now() from unnest($3::text[]) as id`,
    [QUEUE_OF_JOB[JobName.SEND_NOTIFICATION], JobName.SEND_NOTIFICATION, jobIds],
  );
  return jobIds;
}

describe('outbox relay', () => {
  let app: TestApp;
  const relay = (): OutboxRelayService => new OutboxRelayService(app.get<EntityManager>(EntityManager), app.get<JobProducer>(JobProducer), app.config);
  const pendingOf = async (jobIds: string[]): Promise<string[]> =>
    (await sql<{ job_id: string }>(app, 'select job_id from outbox_message where dispatched_at is null and job_id = any($1) order by id', [jobIds])).map((r) => r.job_id);
  const queuedOf = async (jobIds: string[]): Promise<string[]> => {
    const queue = app.get<JobProducer>(JobProducer).queue(QueueName.MAIL);
    const jobs = await Promise.all(jobIds.map((id) => queue.getJob(id)));
    return jobs.flatMap((job) => (job?.id ? [job.id] : []));
  };

  beforeAll(async () => {
    app = await TestApp.start();
  });

  afterAll(async () => {
    await app.close();
  });

  it('moves every pending row to the queue, page after page, and marks each dispatched', async () => {
    const jobIds = await insertMailRows(app, 450);

    expect(await relay().drain()).toBe(450);

    expect(await pendingOf(jobIds)).toEqual([]);
    expect(await queuedOf(jobIds)).toEqual(jobIds);
    const job = await app.get<JobProducer>(JobProducer).queue(QueueName.MAIL).getJob(jobIds[0]!);
    expect([job?.name, job?.data]).toEqual([JobName.SEND_NOTIFICATION, { notificationId: jobIds[0]!.slice('mail-'.length) }]);
    expect(await relay().drain()).toBe(0);
  });

  it('leaves a row naming a job this release does not know pending, and relays the rest', async () => {
    const [unknown] = (await sql<{ job_id: string }>(
      app,
      `insert into outbox_message (queue, job_name, job_id, payload, created_at) values ('mail', 'from-a-newer-release', $1, '{}', now()) returning job_id`,
      [`future-${randomUUID()}`],
    )).map((r) => r.job_id);
    const jobIds = await insertMailRows(app, 3);

    expect(await relay().drain()).toBe(3);

    expect(await pendingOf([unknown!, ...jobIds])).toEqual([unknown]);
    expect(await queuedOf(jobIds)).toEqual(jobIds);
  });

  it('relays each row once when two relays drain side by side', async () => {
    const jobIds = await insertMailRows(app, 600);
    const moved = await Promise.all([relay().drain(), relay().drain()]);

    expect(await pendingOf(jobIds)).toEqual([]);
    expect(moved[0] + moved[1]).toBe(600);
    expect(await queuedOf(jobIds)).toEqual(jobIds);
  });
});
