import { Writable } from 'node:stream';
import { EntityManager } from '@mikro-orm/postgresql';
import { Queue, QueueEvents } from 'bullmq';
import { BackupPurge, DutyReminder, Notification } from '@app/persistence';
import { QueueName } from '@app/queue';
import { DutiesService, DutyAction } from '@app/retention';
import { runTick } from '../../apps/cli/src/commands/tick.command';
import { MaintenanceProcessor } from '../../apps/worker/src/maintenance.processor';
import { createOrganization, fileTicket, type OrganizationFixture } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { createMoodledataFixture, createPostgresTenant, type MoodledataFixture, type TenantDatabase } from '../support/tenant-fixtures';
import { Role, TestApp } from '../support/test-app';

// D = 2027-06-30 in Moscow: E = 2027-06-30T21:00:00Z, P = 2027-07-30T21:00:00Z.
const E = Date.parse('2027-06-30T21:00:00Z');
const P = Date.parse('2027-07-30T21:00:00Z');
// D = 2027-08-31 for the organisation whose P passes while no worker runs.
const LATER_P = Date.parse('2027-09-30T21:00:00Z');
const DAY = 24 * 3600 * 1000;

/** What a set of runs did, as "duty organisation" keys, so doubles show up. */
function keysOf(actions: DutyAction[]): string[] {
  return actions.map((a) => `${a.duty} ${a.organizationId}`).sort();
}

async function tick(argv: string[]): Promise<string[]> {
  let written = '';
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  expect(await runTick(argv, out)).toBe(0);
  return written.split('\n').filter(Boolean);
}

describe('running the duties: racing workers, a worker down over P, the tick command and due dates', () => {
  let sink: SmtpSink;
  let app: TestApp;
  let tenant: TenantDatabase;
  let fixture: MoodledataFixture;
  let duties: DutiesService;
  let quietServer: OrganizationFixture;
  let askingServer: OrganizationFixture;
  let cloud: OrganizationFixture;
  let exporting: OrganizationFixture;
  let unattended: OrganizationFixture;
  let accessTicketId: string;
  const savedEnv = { ...process.env };

  const em = () => app.get<EntityManager>(EntityManager).fork();
  const at = (ms: number) => {
    app.clock.set(new Date(ms));
    return new Date(ms);
  };

  beforeAll(async () => {
    [sink, fixture, tenant] = await Promise.all([SmtpSink.start(), createMoodledataFixture({ largeFileBytes: 32 * 1024 }), createPostgresTenant('tenant_duties')]);
    app = await TestApp.start({ worker: true, now: '2027-05-01T09:00:00Z', env: { SMTP_URL: sink.url } });
    duties = app.workerGet<DutiesService>(DutiesService);
    const tenantOf = { tenantDatabaseUrl: tenant.url, tenantDataDir: fixture.dataDir };
    quietServer = await createOrganization(app, { product: 'SERVER', lastServiceDay: '2027-06-30', language: 'en', contactEmails: ['quiet@ops.example.org'] });
    askingServer = await createOrganization(app, { product: 'SERVER', lastServiceDay: '2027-06-30', contactEmails: ['asking@ops.example.org'] });
    cloud = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2027-06-30', contactEmails: ['cloud@ops.example.org'], ...tenantOf });
    exporting = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2027-06-30', contactEmails: ['exporting@ops.example.org'], ...tenantOf });
    unattended = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2027-08-31', contactEmails: ['unattended@ops.example.org'], ...tenantOf });

    const access = await fileTicket(app, askingServer.customerToken, 'Нужен root доступ к серверу по ssh и полный доступ администратора СЭО');
    expect(access.requests.map((r) => [r.kind, r.decision, r.dueAt]).sort()).toEqual([
      ['ADMIN_ACCESS', 'APPROVED', new Date(E).toISOString()],
      ['ROOT_ACCESS', 'APPROVED', new Date(E).toISOString()],
    ]);
    accessTicketId = access.id;
    await fileTicket(app, exporting.customerToken, 'Прошу сделать полную выгрузку данных нашей системы: база данных и moodledata');
    await sink.waitFor((m) => m.to.includes('exporting@ops.example.org') && m.text.includes('/downloads/'), 60_000);
  });

  afterAll(async () => {
    process.env = savedEnv;
    await app?.close();
    await sink?.stop();
    await tenant?.drop();
    await fixture?.cleanup();
  });

  it('does each duty exactly once when two workers run it for the same instant', async () => {
    const instant = at(E - 30 * DAY);
    const [first, second] = await Promise.all([duties.run(instant, { dryRun: false }), duties.run(instant, { dryRun: false })]);

    expect(keysOf([...first, ...second])).toEqual(
      keysOf([
        { duty: 'REMINDER', organizationId: quietServer.id } as DutyAction,
        { duty: 'REMINDER', organizationId: cloud.id } as DutyAction,
        { duty: 'ARCHIVE_EXPIRY', organizationId: exporting.id } as DutyAction,
      ]),
    );
    expect(await em().count(Notification, { template: 'REMINDER_BEFORE_END' })).toBe(2);
    const serverMail = await sink.waitFor((m) => m.to.includes('quiet@ops.example.org'));
    expect(serverMail.subject).toBe('Your warranty support ends after 30 June 2027');
    expect(serverMail.text).toContain('root access');
  });

  it('sends no reminder to a server organisation that already asked for root and administrator access', async () => {
    expect(await em().count(DutyReminder, { organizationId: askingServer.id })).toBe(0);
    expect(await em().count(Notification, { organizationId: askingServer.id, template: 'REMINDER_BEFORE_END' })).toBe(0);
  });

  it('prints what tick would do on a dry run, does it on a real run, and nothing the second time', async () => {
    const iso = new Date(E - 7 * DAY).toISOString();
    process.env = { ...savedEnv, NODE_ENV: 'test', DATABASE_URL: app.config.databaseUrl, STORAGE_DIR: app.config.storageDir, JWT_SECRET: app.config.jwt.secret };
    const reminders = () => em().count(DutyReminder, {});
    const before = await reminders();

    const dry = (await tick(['--at', iso, '--dry-run'])).map((line) => JSON.parse(line) as DutyAction);
    expect(keysOf(dry)).toEqual([`REMINDER ${cloud.id}`, `REMINDER ${quietServer.id}`].sort());
    expect(dry.every((a) => a.duty === 'REMINDER' && a.milestone === 'END_IN_7_DAYS' && a.notificationId === null)).toBe(true);
    expect(await reminders()).toBe(before);

    const real = (await tick(['--at', iso])).map((line) => JSON.parse(line) as DutyAction);
    expect(keysOf(real)).toEqual(keysOf(dry));
    expect(real.every((a) => a.duty === 'REMINDER' && typeof a.notificationId === 'string')).toBe(true);
    expect(await reminders()).toBe(before + 2);
    expect(await tick(['--at', iso])).toEqual([]);
  });

  it('refuses a tick instant without a time zone, naming the option', async () => {
    await expect(tick(['--at', '2027-06-23 21:00'])).rejects.toThrow('--at must be an ISO-8601 instant with a zone');
  });

  it('shows agents what is due soon and what is overdue, and filters the queue by due date', async () => {
    const agent = await app.token(Role.AGENT);
    const flags = async () =>
      (await app.ok<{ ticket: { overdue: boolean; dueSoon: boolean } }>(`query($id: ID!) { ticket(id: $id) { overdue dueSoon } }`, { id: accessTicketId }, agent)).ticket;
    const dueBefore = async (iso: string) =>
      (await app.ok<{ queue: { nodes: { id: string }[] } }>(`query($f: QueueFilterInput) { queue(filter: $f, order: MOST_URGENT) { nodes { id } } }`, { f: { dueBefore: iso } }, agent)).queue.nodes.map((n) => n.id);

    at(E - DAY - 1);
    expect(await flags()).toEqual({ overdue: false, dueSoon: false });
    at(E - DAY);
    expect(await flags()).toEqual({ overdue: false, dueSoon: true });
    at(E);
    expect(await flags()).toEqual({ overdue: true, dueSoon: false });
    expect(await dueBefore(new Date(E + 1).toISOString())).toEqual([accessTicketId]);
    expect(await dueBefore(new Date(E).toISOString())).toEqual([]);
  });

  it('purges once at P when two workers race on it', async () => {
    const instant = at(P);
    const [first, second] = await Promise.all([duties.run(instant, { dryRun: false }), duties.run(instant, { dryRun: false })]);

    expect(keysOf([...first, ...second]).filter((k) => k.startsWith('BACKUP_PURGE'))).toEqual([`BACKUP_PURGE ${cloud.id}`, `BACKUP_PURGE ${exporting.id}`].sort());
    expect(await em().count(BackupPurge, {})).toBe(2);
  });

  it('catches up a purge whose P passed while no worker ran, as soon as a worker starts', async () => {
    at(LATER_P - DAY);
    await app.stopWorker();
    at(LATER_P + 3600_000);
    await app.startWorker();
    const connection = { connection: { url: app.config.redisUrl }, prefix: app.config.queuePrefix };
    const events = new QueueEvents(QueueName.MAINTENANCE, connection);
    const queue = new Queue(QueueName.MAINTENANCE, connection);
    try {
      await events.waitUntilReady();
      const processor = app.workerGet<MaintenanceProcessor>(MaintenanceProcessor);
      const job = await processor.scheduleDuties(60_000);
      await job.waitUntilFinished(events, 30_000);
      expect((await queue.getJobScheduler('run-duties'))?.every).toBe(60_000);
    } finally {
      await events.close();
      await queue.close();
    }

    const purge = await em().findOneOrFail(BackupPurge, { organizationId: unattended.id });
    expect(purge.purgeAt.toISOString()).toBe(new Date(LATER_P).toISOString());
    // The purge warning's week passed unseen: it is not sent late, after the fact.
    expect(await em().count(Notification, { organizationId: unattended.id })).toBe(0);
  });
});
