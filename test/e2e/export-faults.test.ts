import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, watch } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { ExportJobService, NotificationSenderService, OutboxRelayService, WorkReconcilerService } from '@app/jobs';
import { DataExport, ExportStatus, Notification, NotificationStatus } from '@app/persistence';
import { JobProducer } from '@app/queue';
import { MailProcessor } from '../../apps/worker/src/mail.processor';
import { createOrganization, fileTicket, type OrganizationFixture } from '../support/factories';
import { type ParsedMessage, SmtpSink } from '../support/smtp-sink';
import { createMoodledataFixture, createPostgresTenant, type MoodledataFixture, type TenantDatabase } from '../support/tenant-fixtures';
import { Role, TestApp } from '../support/test-app';

const WORKER_MAIN = join(__dirname, '../../dist/apps/worker/src/main.js');
const EXPORT_TEXT = 'Прошу сделать полную выгрузку данных нашей системы: база данных и moodledata';
const TICKET_QUERY = `query($id: ID!) { ticket(id: $id) { status requests { status export { id status phase percent error } } } }`;

interface SeenTicket {
  ticket: { status: string; requests: { status: string; export: { id: string; status: string; phase: string | null; percent: number | null; error: string | null } }[] };
}

describe('export and mail workers lose nothing when things fail', () => {
  let sink: SmtpSink;
  let app: TestApp;
  let fixture: MoodledataFixture;
  let tenant: TenantDatabase;
  const children: ChildProcess[] = [];
  let finishedExportId = '';

  const em = (): EntityManager => app.get<EntityManager>(EntityManager).fork();
  const readyMails = (contact: string): ParsedMessage[] => sink.messages.filter((m) => m.to.includes(contact) && m.text.includes('/downloads/'));
  const archivesOf = async (exportId: string): Promise<string[]> => (await readdir(app.config.storageDir)).filter((name) => name.includes(exportId));

  /**
   * A real worker process with the test app's configuration. It keeps normal scheduling (niced):
   * in the idle class it would get CPU only when the test runners leave a core free.
   */
  function startWorkerProcess(env: Record<string, string | undefined> = {}, stdio: 'ignore' | 'pipe' = 'ignore'): ChildProcess {
    const child = spawn(process.execPath, [WORKER_MAIN], {
      stdio: ['ignore', stdio, stdio],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        DATABASE_URL: app.config.databaseUrl,
        REDIS_URL: app.config.redisUrl,
        QUEUE_PREFIX: app.config.queuePrefix,
        STORAGE_DIR: app.config.storageDir,
        MAIL_OUTBOX_DIR: app.config.mailOutboxDir,
        SMTP_URL: sink.url,
        JWT_SECRET: app.config.jwt.secret,
        DOWNLOAD_LINK_SECRET: app.config.downloadLinkSecret,
        PUBLIC_URL: app.baseUrl,
        EXPORT_LOCK_MS: '3000',
        RETRY_BASE_DELAY_MS: '200',
        WORKER_CPU_POLICY: 'nice',
        ...env,
      },
    });
    children.push(child);
    return child;
  }

  async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  }

  async function exportOrganization(contact: string, databaseUrl = tenant.url): Promise<OrganizationFixture> {
    return createOrganization(app, { product: 'CLOUD', lastServiceDay: '2027-03-31', contactEmails: [contact], tenantDatabaseUrl: databaseUrl, tenantDataDir: fixture.dataDir });
  }

  beforeAll(async () => {
    if (!existsSync(WORKER_MAIN)) throw new Error(`${WORKER_MAIN} is missing: run npm run build first`);
    [sink, fixture, tenant] = await Promise.all([SmtpSink.start(), createMoodledataFixture({ largeFileBytes: 48 * 1024 * 1024 }), createPostgresTenant()]);
    app = await TestApp.start({ now: new Date().toISOString(), env: { SMTP_URL: sink.url, EXPORT_LOCK_MS: '3000', RETRY_BASE_DELAY_MS: '200' } });
    await mkdir(app.config.storageDir, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(children.map((child) => stopProcess(child, 'SIGKILL')));
    await app?.close();
    await sink?.stop();
    await Promise.all([fixture?.cleanup(), tenant?.drop()]);
  });

  it('runs every thread of the worker niced and, by default, in the idle scheduling class', async () => {
    const worker = startWorkerProcess({ WORKER_CPU_POLICY: undefined }, 'pipe');
    let output = '';
    await new Promise<void>((resolve, reject) => {
      worker.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (output.includes('worker started')) resolve();
      });
      worker.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString('utf8')));
      worker.once('exit', (code) => reject(new Error(`the worker exited with ${code}:\n${output}`)));
    });
    // /proc/<pid>/task/<tid>/stat: niceness is field 19, the scheduling policy field 41 (5 is SCHED_IDLE).
    const seen = await Promise.all(
      (await readdir(`/proc/${worker.pid}/task`)).map(async (tid) => {
        const fields = (await readFile(`/proc/${worker.pid}/task/${tid}/stat`, 'utf8')).split(') ')[1].split(' ');
        return { tid, nice: Number(fields[16]), policy: Number(fields[38]) };
      }),
    );
    expect(output).not.toMatch(/could not enter the idle scheduling class/);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.filter((t) => t.policy !== 5 || t.nice !== 10)).toEqual([]);
    await stopProcess(worker, 'SIGTERM');
  });

  it('finishes an export in a second worker process after the first is killed with SIGKILL mid-archive', async () => {
    const contact = 'killed@faults.example.org';
    const org = await exportOrganization(contact);
    const first = startWorkerProcess();
    // The temporary archive appearing is the sign that the dump is done and files are being packed.
    const partial = new Promise<void>((resolve) => {
      const watcher = watch(app.config.storageDir, (_event, name) => {
        if (name?.endsWith('.partial')) {
          watcher.close();
          resolve();
        }
      });
    });
    const ticket = await fileTicket(app, org.customerToken, EXPORT_TEXT);
    const exportId = ticket.requests[0].export?.id ?? '';
    await partial;
    await stopProcess(first, 'SIGKILL');

    const midway = await app.ok<SeenTicket>(TICKET_QUERY, { id: ticket.id }, org.customerToken);
    expect(midway.ticket).toMatchObject({ status: 'IN_PROGRESS', requests: [{ status: 'IN_PROGRESS', export: { status: 'RUNNING' } }] });
    expect((await archivesOf(exportId)).some((name) => name.endsWith('.partial'))).toBe(true);

    const second = startWorkerProcess();
    await sink.waitFor((m) => m.to.includes(contact) && m.text.includes('/downloads/'), 90_000);
    await stopProcess(second, 'SIGTERM');

    expect(await archivesOf(exportId)).toEqual([`${exportId}.tar.gz`]);
    expect(readyMails(contact)).toHaveLength(1);
    const dataExport = await em().findOneOrFail(DataExport, exportId);
    expect({ status: dataExport.status, sizeBytes: Number(dataExport.sizeBytes) }).toEqual({
      status: ExportStatus.READY,
      sizeBytes: (await stat(join(app.config.storageDir, `${exportId}.tar.gz`))).size,
    });
    expect(dataExport.attempts).toBeGreaterThanOrEqual(2);
    const agentView = await app.ok<SeenTicket>(TICKET_QUERY, { id: ticket.id }, await app.token(Role.AGENT));
    expect(agentView.ticket).toMatchObject({ status: 'RESOLVED', requests: [{ status: 'DONE', export: { status: 'READY', phase: 'DONE', percent: 100 } }] });
  }, 150_000);

  it('re-enqueues work Redis forgot between intake and processing, once its grace period has passed', async () => {
    const contact = 'flushed@faults.example.org';
    const org = await exportOrganization(contact);
    const ticket = await fileTicket(app, org.customerToken, EXPORT_TEXT);
    const exportId = ticket.requests[0].export?.id ?? '';
    // The relay moves the outbox to Redis, then Redis loses everything before any worker ran.
    expect(await new OutboxRelayService(em(), app.get(JobProducer), app.config).drain()).toBeGreaterThanOrEqual(2);
    await app.flushQueues();
    await app.startWorker();

    // Only this organisation's work counts: earlier tests may leave mail the reconciler rightly picks up.
    const notificationIds = (await em().find(Notification, { organizationId: org.id })).map((n) => `mail-${n.id}`);
    const ours = (jobIds: string[]): string[] => jobIds.filter((id) => id === `export-${exportId}` || notificationIds.includes(id)).sort();
    const reconciler = app.workerGet<WorkReconcilerService>(WorkReconcilerService);
    expect(ours(await reconciler.reconcile(new Date()))).toEqual([]);
    const revived = await reconciler.reconcile(new Date(Date.now() + 11_000));
    expect(ours(revived)).toEqual([`export-${exportId}`, ...notificationIds].sort());

    await sink.waitFor((m) => m.to.includes(contact) && m.text.includes('/downloads/'), 60_000);
    expect(await archivesOf(exportId)).toEqual([`${exportId}.tar.gz`]);
    expect(readyMails(contact)).toHaveLength(1);
    expect(sink.messages.filter((m) => m.to.includes(contact))).toHaveLength(2);
    finishedExportId = exportId;
  }, 120_000);

  it('re-enqueues a lost backlog larger than one page of its reads, and each lost job once', async () => {
    await app.stopWorker();
    const org = await exportOrganization('backlog@faults.example.org');
    const connection = em().getConnection();
    const rows: { id: string }[] = await connection.execute(
      `insert into notification (id, dedupe_key, organization_id, ticket_id, template, language, data, status, attempts, created_at)
       select gen_random_uuid(), ? || n, ?, null, 'ticket-received', 'ru', '{}'::jsonb, 'PENDING', 0, now() - interval '1 minute'
       from generate_series(1, 1201) n returning id`,
      [`backlog-${org.id}-`, org.id],
    );
    const lost = new Set(rows.map((row) => `mail-${row.id}`));
    const reconciler = new WorkReconcilerService(em(), app.get(JobProducer), app.config);
    try {
      const revived = (await reconciler.reconcile(new Date())).filter((jobId) => lost.has(jobId));
      expect(new Set(revived)).toEqual(lost);
      expect(revived).toHaveLength(lost.size);
      // Every job now waits in Redis: a second pass has nothing to revive.
      expect((await reconciler.reconcile(new Date())).filter((jobId) => lost.has(jobId))).toEqual([]);
    } finally {
      await app.flushQueues();
      await connection.execute('delete from notification where organization_id = ?', [org.id]);
    }
  });

  it('changes nothing when the export and mail handlers run again on finished work', async () => {
    await app.startWorker();
    const dataExport = await em().findOneOrFail(DataExport, finishedExportId);
    const archive = join(app.config.storageDir, `${dataExport.id}.tar.gz`);
    const before = { file: await stat(archive), mails: sink.messages.length, notifications: await em().count(Notification, {}) };
    const exports = app.workerGet<ExportJobService>(ExportJobService);
    const sender = app.workerGet<NotificationSenderService>(NotificationSenderService);
    const sent = await em().find(Notification, { organizationId: dataExport.organization.id });

    for (let run = 0; run < 2; run += 1) {
      expect(await exports.run(dataExport.id, { number: 1, final: false })).toBe(ExportStatus.READY);
      for (const notification of sent) expect(await sender.send(notification.id, false)).toBe('ALREADY_SENT');
    }

    const after = await stat(archive);
    expect({ mtime: after.mtimeMs, size: after.size }).toEqual({ mtime: before.file.mtimeMs, size: before.file.size });
    expect(sink.messages.length).toBe(before.mails);
    expect(await em().count(Notification, {})).toBe(before.notifications);
    expect(await em().findOneOrFail(DataExport, dataExport.id)).toMatchObject({ status: ExportStatus.READY, attempts: dataExport.attempts, sha256: dataExport.sha256 });
  });

  it('retries mail with backoff while the SMTP server is down and delivers it once when it is back', async () => {
    await app.startWorker();
    const contact = 'smtp-down@faults.example.org';
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2027-03-31', contactEmails: [contact] });
    // Each notification's job reports every failed try; two tries of one job show the backoff at work.
    const failedTries = new Map<string, number>();
    const retried = new Promise<void>((resolve) => {
      app.workerGet<MailProcessor>(MailProcessor).worker.on('failed', (job) => {
        if (job === undefined) return;
        const notificationId = (job.data as { notificationId: string }).notificationId;
        failedTries.set(notificationId, (failedTries.get(notificationId) ?? 0) + 1);
        if (failedTries.get(notificationId) === 2) resolve();
      });
    });
    // The sink has a message before the worker commits it as sent: completion is the worker's event.
    const completed = new Set<string>();
    const mailWorker = app.workerGet<MailProcessor>(MailProcessor).worker;
    const allCompleted = (ids: string[]): Promise<void> =>
      new Promise((resolve) => {
        const check = (): void => {
          if (!ids.every((id) => completed.has(id))) return;
          mailWorker.off('completed', onCompleted);
          resolve();
        };
        const onCompleted = (job: { data: unknown }): void => {
          completed.add((job.data as { notificationId: string }).notificationId);
          check();
        };
        mailWorker.on('completed', onCompleted);
        check();
      });
    mailWorker.on('completed', (job) => completed.add((job.data as { notificationId: string }).notificationId));
    await sink.stop();
    await fileTicket(app, org.customerToken, 'Нужен root доступ к серверу по ssh');
    await retried;
    await sink.restart();

    await sink.waitFor((m) => m.to.includes(contact) && m.subject.includes('получена'), 30_000);
    await sink.waitFor((m) => m.to.includes(contact) && m.text.includes('root'), 30_000);
    const ids = (await em().find(Notification, { organizationId: org.id })).map((n) => n.id);
    expect(ids).toHaveLength(2);
    await allCompleted(ids);
    const notifications = await em().find(Notification, { organizationId: org.id });
    for (const notification of notifications) {
      const delivered = sink.byNotificationId(notification.id);
      expect(delivered).toHaveLength(1);
      expect(notification).toMatchObject({ status: NotificationStatus.SENT, messageId: delivered[0].messageId, attempts: (failedTries.get(notification.id) ?? 0) + 1 });
    }
    expect(Math.max(...failedTries.values())).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('marks an export whose tenant database cannot be reached FAILED after its retries, tells the customer and reopens the ticket', async () => {
    await app.startWorker();
    const contact = 'failed@faults.example.org';
    const org = await exportOrganization(contact, 'postgresql://postgres@127.0.0.1:1/unreachable');
    const ticket = await fileTicket(app, org.customerToken, EXPORT_TEXT);
    const exportId = ticket.requests[0].export?.id ?? '';

    await sink.waitFor((m) => m.to.includes(contact) && m.subject.includes('выгрузка данных задерживается'), 60_000);
    const agentView = await app.ok<SeenTicket>(TICKET_QUERY, { id: ticket.id }, await app.token(Role.AGENT));
    expect(agentView.ticket).toMatchObject({ status: 'OPEN', requests: [{ status: 'FAILED', export: { status: 'FAILED' } }] });
    expect(agentView.ticket.requests[0].export.error).toMatch(/^DUMP_FAILED: pg_dump failed/);
    expect(await em().findOneOrFail(DataExport, exportId)).toMatchObject({ attempts: 5 });
    expect(await archivesOf(exportId)).toEqual([]);
    expect(sink.messages.filter((m) => m.to.includes(contact)).map((m) => m.subject)).toEqual([
      expect.stringContaining('получена'),
      expect.stringContaining('выгрузка данных задерживается'),
    ]);
  }, 60_000);
});
