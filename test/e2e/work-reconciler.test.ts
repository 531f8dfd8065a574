import { EntityManager } from '@mikro-orm/postgresql';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { WorkReconcilerService } from '@app/jobs';
import { JobName, JobProducer, QueueName } from '@app/queue';
import { createOrganization } from '../support/factories';
import { TestApp } from '../support/test-app';
import { sql } from './helpdesk-e2e.helpers';

/** What the jobs below are made to do when a worker takes them. */
type Fate = 'complete' | 'fail for good';

describe('work reconciler', () => {
  let app: TestApp;
  const reconciler = (): WorkReconcilerService => new WorkReconcilerService(app.get<EntityManager>(EntityManager), app.get<JobProducer>(JobProducer), app.config);

  /** Pending e-mails written a minute ago, past the reconciler's grace. */
  const pendingMail = async (organizationId: string, count: number): Promise<string[]> =>
    (await sql<{ id: string }>(
      app,
      `insert into notification (id, dedupe_key, organization_id, ticket_id, template, language, data, status, attempts, created_at)
       select gen_random_uuid(), 'reconciler-' || gen_random_uuid(), $1, null, 'ticket-received', 'ru', '{}'::jsonb, 'PENDING', 0, now() - interval '1 minute'
         from generate_series(1, $2::int) returning id::text`,
      [organizationId, count],
    )).map((row) => row.id);

  /** Runs the given mail jobs through a worker of this test that completes or fails each as told, and waits for all. */
  const settle = async (fates: ReadonlyMap<string, Fate>): Promise<void> => {
    const worker = new Worker(
      QueueName.MAIL,
      async (job: Job<{ notificationId: string }>) => {
        if (fates.get(job.data.notificationId) === 'fail for good') throw new UnrecoverableError('refused by the test');
      },
      { connection: { url: app.config.redisUrl, maxRetriesPerRequest: null }, prefix: app.config.queuePrefix, autorun: false },
    );
    const finished = new Set<string>();
    const all = new Promise<void>((resolve) => {
      const onFinished = (job: Job<{ notificationId: string }> | undefined): void => {
        if (job && fates.has(job.data.notificationId)) finished.add(job.data.notificationId);
        if (finished.size === fates.size) resolve();
      };
      worker.on('completed', onFinished);
      worker.on('failed', onFinished);
    });
    void worker.run();
    await all;
    await worker.close();
  };

  beforeAll(async () => {
    app = await TestApp.start();
  });

  afterAll(async () => {
    await app.close();
  });

  it('enqueues again only the work whose job Redis lost or finished without settling the row', async () => {
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2099-06-30' });
    const [waiting, lost, completed, failed] = await pendingMail(org.id, 4);
    const producer = app.get<JobProducer>(JobProducer);
    for (const id of [completed!, failed!]) await producer.enqueue(JobName.SEND_NOTIFICATION, { notificationId: id });
    await settle(new Map<string, Fate>([[completed!, 'complete'], [failed!, 'fail for good']]));
    await producer.enqueue(JobName.SEND_NOTIFICATION, { notificationId: waiting! });

    const revived = (await reconciler().reconcile(new Date())).filter((jobId) => [waiting, lost, completed, failed].some((id) => jobId === `mail-${id}`));

    expect(revived.sort()).toEqual([`mail-${completed}`, `mail-${lost}`].sort());
    const states = await Promise.all([waiting, lost, completed, failed].map(async (id) => (await producer.queue(QueueName.MAIL).getJob(`mail-${id}`))?.getState()));
    expect(states).toEqual(['waiting', 'waiting', 'waiting', 'failed']);
    expect((await reconciler().reconcile(new Date())).filter((jobId) => revived.includes(jobId))).toEqual([]);
  });
});
