import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { BackupPurge, DataExport, DutyReminder, Notification, Organization } from '@app/persistence';
import { DutiesService, DutyAction } from '@app/retention';
import { createOrganization, fileTicket, type OrganizationFixture } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { createMoodledataFixture, createPostgresTenant, type MoodledataFixture, type TenantDatabase } from '../support/tenant-fixtures';
import { Role, TestApp } from '../support/test-app';

// Every cloud organisation here has D = 2027-06-30 in Moscow (UTC+3):
// E = 2027-06-30T21:00:00Z and P = E + 30 days = 2027-07-30T21:00:00Z.
const E = Date.parse('2027-06-30T21:00:00Z');
const P = Date.parse('2027-07-30T21:00:00Z');
const DAY = 24 * 3600 * 1000;
const EXPORT_TEXT = 'Прошу сделать полную выгрузку данных нашей системы: база данных и moodledata';

async function onDisk(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

describe('the duties across the life of a cloud contract', () => {
  let sink: SmtpSink;
  let app: TestApp;
  let tenant: TenantDatabase;
  let fixture: MoodledataFixture;
  let duties: DutiesService;
  /** Reminded at every milestone: it never asks for anything. */
  let silent: OrganizationFixture;
  /** Asks for its export early and downloads it: no reminder is due to it. */
  let careful: OrganizationFixture;
  /** Asks for its export two days before P: that archive outlives P by its link lifetime. */
  let late: OrganizationFixture;
  /** Its export is still waiting to be made when P comes: it is made and delivered anyway. */
  let lastMinute: OrganizationFixture;
  /** Ends three months later (D = 2027-09-30) and renews before that: nothing fires for the old dates. */
  let renewing: OrganizationFixture;
  const exportIds: Record<string, string> = {};

  const contact = (name: string) => `${name}@life.example.org`;
  const mailsTo = (name: string) => sink.messages.filter((m) => m.to.includes(contact(name)));
  const em = () => app.get<EntityManager>(EntityManager).fork();
  const archivePath = (exportId: string) => join(app.config.storageDir, `${exportId}.tar.gz`);
  const of = (actions: DutyAction[], org: OrganizationFixture) => actions.filter((a) => a.organizationId === org.id);

  async function runAt(ms: number): Promise<DutyAction[]> {
    app.clock.set(new Date(ms));
    return duties.run(new Date(ms), { dryRun: false });
  }

  async function organization(name: string, language: 'ru' | 'en' = 'ru', lastServiceDay = '2027-06-30'): Promise<OrganizationFixture> {
    return createOrganization(app, {
      product: 'CLOUD',
      lastServiceDay,
      timezone: 'Europe/Moscow',
      language,
      contactEmails: [contact(name)],
      tenantDatabaseUrl: tenant.url,
      tenantDataDir: fixture.dataDir,
    });
  }

  async function exportOf(org: OrganizationFixture): Promise<string> {
    const ticket = await fileTicket(app, org.customerToken, EXPORT_TEXT);
    const request = ticket.requests.find((r) => r.kind === 'BACKUP_EXPORT');
    if (!request?.export) throw new Error(`no export was approved: ${JSON.stringify(ticket.requests)}`);
    return request.export.id;
  }

  async function exportStatus(exportId: string): Promise<string> {
    return (await em().findOneOrFail(DataExport, exportId)).status;
  }

  beforeAll(async () => {
    [sink, fixture, tenant] = await Promise.all([SmtpSink.start(), createMoodledataFixture({ largeFileBytes: 64 * 1024 }), createPostgresTenant('tenant_life')]);
    app = await TestApp.start({ worker: true, now: '2027-05-01T09:00:00Z', env: { SMTP_URL: sink.url } });
    duties = app.workerGet<DutiesService>(DutiesService);
    silent = await organization('silent', 'en');
    careful = await organization('careful');
    late = await organization('late');
    lastMinute = await organization('last-minute');
    renewing = await organization('renewing', 'ru', '2027-09-30');
  });

  afterAll(async () => {
    await app?.close();
    await sink?.stop();
    await tenant?.drop();
    await fixture?.cleanup();
  });

  it('sends no reminder one millisecond before the 30-day mark', async () => {
    expect(await runAt(E - 30 * DAY - 1)).toEqual([]);
  });

  it('lets an organisation that asked for its export (and downloaded it) go without reminders', async () => {
    app.clock.set(new Date(E - 30 * DAY - 1));
    exportIds.careful = await exportOf(careful);
    const ready = await sink.waitFor((m) => m.to.includes(contact('careful')) && m.text.includes('/downloads/'), 60_000);
    const link = /https?:\/\/\S+\/downloads\/[A-Za-z0-9._-]+/.exec(ready.text)?.[0] ?? '';
    const download = await fetch(link);
    expect(download.status).toBe(200);
    expect((await download.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('reminds the others 30 days before the end, in their language, with the last day in their timezone', async () => {
    const actions = await runAt(E - 30 * DAY);

    expect(actions.map((a) => a.organizationId).sort()).toEqual([silent.id, late.id, lastMinute.id].sort());
    expect(actions.every((a) => a.duty === 'REMINDER' && a.milestone === 'END_IN_30_DAYS')).toBe(true);
    const english = await sink.waitFor((m) => m.to.includes(contact('silent')));
    expect(english.subject).toBe('Your cloud service ends after 30 June 2027');
    expect(english.text).toContain('request for an export');
    const russian = await sink.waitFor((m) => m.to.includes(contact('late')));
    expect(russian.subject).toContain('30 июня 2027');
    expect(russian.text).toContain('выгрузку');
  });

  it('does nothing when the same instant is run again', async () => {
    expect(await runAt(E - 30 * DAY)).toEqual([]);
    expect(await em().count(DutyReminder, { organizationId: silent.id })).toBe(1);
    expect(await em().count(Notification, { organizationId: silent.id, template: 'REMINDER_BEFORE_END' })).toBe(1);
  });

  it('expires the early export when its link ends: the file is deleted and the request shows it', async () => {
    const dataExport = await em().findOneOrFail(DataExport, exportIds.careful, { populate: ['request'] });
    const expiresAt = dataExport.linkExpiresAt?.getTime() ?? 0;
    expect(await onDisk(archivePath(exportIds.careful))).toBe(true);

    expect(of(await runAt(expiresAt - 1), careful)).toEqual([]);
    expect(of(await runAt(expiresAt), careful)).toEqual([
      { duty: 'ARCHIVE_EXPIRY', organizationId: careful.id, exportId: exportIds.careful, requestId: dataExport.request.id, linkExpiredAt: new Date(expiresAt).toISOString(), status: 'EXPIRED' },
    ]);
    expect(await onDisk(archivePath(exportIds.careful))).toBe(false);
    const seen = await app.ok<{ myTickets: { nodes: { requests: { export: { status: string } | null }[] }[] } }>(
      `{ myTickets { nodes { requests { export { status } } } } }`,
      {},
      careful.customerToken,
    );
    expect(seen.myTickets.nodes.flatMap((t) => t.requests.map((r) => r.export?.status))).toEqual(['EXPIRED']);
  });

  it('sends nothing more until the 7-day mark, then the 7-day reminder', async () => {
    expect(await runAt(E - 7 * DAY - 1)).toEqual([]);
    const actions = await runAt(E - 7 * DAY);
    expect(of(actions, silent)).toEqual([expect.objectContaining({ milestone: 'END_IN_7_DAYS', deadline: new Date(E).toISOString() })]);
    expect(of(actions, careful)).toEqual([]);
  });

  it('sends the 1-day reminder, and nothing at the end of service itself', async () => {
    expect(of(await runAt(E - DAY), silent)).toEqual([expect.objectContaining({ milestone: 'END_IN_1_DAY' })]);
    expect(of(await runAt(E), silent)).toEqual([]);
    await sink.waitFor((m) => m.to.includes(contact('silent')) && m.text.includes('request for an export') && mailsTo('silent').length === 3);
    expect(mailsTo('silent').map((m) => m.subject)).toEqual(Array(3).fill('Your cloud service ends after 30 June 2027'));
  });

  it('warns a week before the purge whoever has not downloaded an export', async () => {
    expect(await runAt(P - 7 * DAY - 1)).toEqual([]);
    const actions = await runAt(P - 7 * DAY);
    expect(actions.map((a) => a.organizationId).sort()).toEqual([silent.id, late.id, lastMinute.id].sort());
    expect(actions.every((a) => a.duty === 'REMINDER' && a.milestone === 'PURGE_IN_7_DAYS')).toBe(true);
    const warning = await sink.waitFor((m) => m.to.includes(contact('silent')) && m.subject.startsWith('Your backups will be deleted'));
    expect(warning.text).toContain('(Europe/Moscow)');
  });

  it('makes an export asked for after the end from the retained backup', async () => {
    app.clock.set(new Date(P - 2 * DAY));
    exportIds.late = await exportOf(late);
    await sink.waitFor((m) => m.to.includes(contact('late')) && m.text.includes('/downloads/'), 60_000);
    expect(await exportStatus(exportIds.late)).toBe('READY');
    expect((await em().findOneOrFail(DataExport, exportIds.late)).fromBackup).toBe(true);
  });

  it('purges nothing one millisecond before P', async () => {
    app.clock.set(new Date(P - 3600_000));
    await app.stopWorker();
    exportIds.lastMinute = await exportOf(lastMinute);
    await app.startWorker();
    duties = app.workerGet<DutiesService>(DutiesService);

    expect((await runAt(P - 1)).filter((a) => a.duty !== 'REMINDER')).toEqual([]);
    expect(await onDisk(archivePath(exportIds.late))).toBe(true);
  });

  it('purges at P to the millisecond, sparing the archive of a request accepted before P and the export still being made', async () => {
    const actions = (await runAt(P)).filter((a) => a.duty === 'BACKUP_PURGE');

    expect(actions.map((a) => a.organizationId).sort()).toEqual([silent.id, careful.id, late.id, lastMinute.id].sort());
    expect(actions.find((a) => a.organizationId === late.id)).toEqual(expect.objectContaining({ purgedExportIds: [], sparedExportIds: [exportIds.late] }));
    expect(actions.find((a) => a.organizationId === lastMinute.id)).toEqual(expect.objectContaining({ sparedExportIds: [exportIds.lastMinute] }));
    expect(await onDisk(archivePath(exportIds.late))).toBe(true);
    expect(await em().count(BackupPurge, {})).toBe(4);
    expect(await runAt(P)).toEqual([]);
  });

  it('still makes and delivers the export that was under way at P', async () => {
    const ready = await sink.waitFor((m) => m.to.includes(contact('last-minute')) && m.text.includes('/downloads/'), 60_000);
    const link = /https?:\/\/\S+\/downloads\/[A-Za-z0-9._-]+/.exec(ready.text)?.[0] ?? '';
    expect((await fetch(link)).status).toBe(200);
    expect(await exportStatus(exportIds.lastMinute)).toBe('READY');
    expect(await onDisk(archivePath(exportIds.lastMinute))).toBe(true);
  });

  it('purges the spared archive when its link ends, and deletes its file', async () => {
    const spared = await em().findOneOrFail(DataExport, exportIds.late);
    const expiresAt = spared.linkExpiresAt?.getTime() ?? 0;
    expect(expiresAt).toBeGreaterThan(P);

    expect(of(await runAt(expiresAt - 1), late)).toEqual([]);
    expect(of(await runAt(expiresAt), late)).toEqual([expect.objectContaining({ duty: 'ARCHIVE_EXPIRY', exportId: exportIds.late, status: 'PURGED' })]);
    expect(await onDisk(archivePath(exportIds.late))).toBe(false);
    expect(await exportStatus(exportIds.late)).toBe('PURGED');
  });
  it('moves the renewed contract\'s milestones: nothing fires for the old dates, the new 30-day mark does', async () => {
    const oldEnd = Date.parse('2027-09-30T21:00:00Z');
    expect(of(await runAt(oldEnd - 30 * DAY), renewing)).toEqual([expect.objectContaining({ milestone: 'END_IN_30_DAYS', contractVersion: 1 })]);
    const admin = await app.token(Role.ADMIN);
    const current = await em().findOneOrFail(Organization, renewing.id);
    await app.ok(
      `mutation($input: UpsertOrganizationInput!) { upsertOrganization(input: $input) { id } }`,
      { input: { externalId: current.externalId, name: current.name, product: 'CLOUD', lastServiceDay: '2028-09-30', timezone: 'Europe/Moscow', language: 'ru', contactEmails: [contact('renewing')] } },
      admin,
    );

    for (const instant of [oldEnd - 7 * DAY, oldEnd - DAY, oldEnd + 23 * DAY, oldEnd + 30 * DAY]) {
      expect(of(await runAt(instant), renewing)).toEqual([]);
    }
    const newEnd = Date.parse('2028-09-30T21:00:00Z');
    expect(of(await runAt(newEnd - 30 * DAY - 1), renewing)).toEqual([]);
    expect(of(await runAt(newEnd - 30 * DAY), renewing)).toEqual([
      expect.objectContaining({ milestone: 'END_IN_30_DAYS', contractVersion: 2, deadline: new Date(newEnd).toISOString() }),
    ]);
    const reminders = await sink.waitFor((m) => m.to.includes(contact('renewing')) && mailsTo('renewing').length === 2);
    expect(reminders.subject).toContain('заканчивается');
    expect(mailsTo('renewing').map((m) => m.subject)).toEqual([expect.stringContaining('30 сентября 2027'), expect.stringContaining('30 сентября 2028')]);
    expect(await em().count(BackupPurge, { organizationId: renewing.id })).toBe(0);
  });
});
