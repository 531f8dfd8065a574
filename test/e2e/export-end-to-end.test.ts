import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { EntityManager } from '@mikro-orm/postgresql';
import { MANIFEST_NAME, RESTORE_GUIDE_NAME, type ExportManifest } from '@app/export';
import { Download } from '@app/persistence';
import { createOrganization, fileTicket } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import {
  createEmptyMariaDbDatabase,
  createEmptyPostgresDatabase,
  createMariaDbTenant,
  createMoodledataFixture,
  createPostgresTenant,
  type MoodledataFixture,
  type TenantDatabase,
} from '../support/tenant-fixtures';
import { filesHoldingMarkers, listExtractedTree, sha256Of } from '../support/archive-checks';
import { Role, TestApp } from '../support/test-app';

const EXPORT_FIELDS = `id status phase percent sizeBytes sha256 readyAt linkExpiresAt error`;
const TICKET_QUERY = `query($id: ID!) { ticket(id: $id) { id status requests { id kind decision status export { ${EXPORT_FIELDS} } } } }`;

interface SeenExport {
  id: string;
  status: string;
  phase: string | null;
  percent: number | null;
  sizeBytes: number | null;
  sha256: string | null;
  linkExpiresAt: string | null;
  error: string | null;
}
interface SeenTicket {
  ticket: { id: string; status: string; requests: { id: string; kind: string; decision: string; status: string; export: SeenExport | null }[] };
}

const KINDS = [
  { kind: 'PostgreSQL', text: 'Прошу сделать полную выгрузку данных нашей системы: база данных и moodledata', tenant: createPostgresTenant, empty: createEmptyPostgresDatabase },
  { kind: 'MariaDB', text: 'Please send us a full backup export of our Moodle: the database and moodledata', tenant: createMariaDbTenant, empty: createEmptyMariaDbDatabase },
];

describe.each(KINDS)('an approved cloud export of a $kind tenant, end to end through the API, worker, SMTP and HTTP', ({ text, tenant: createTenant, empty }) => {
  let sink: SmtpSink;
  let app: TestApp;
  let fixture: MoodledataFixture;
  let tenant: TenantDatabase;
  let restored: TenantDatabase | null = null;
  let workDir: string;
  let extracted: string;
  let archivePath: string;
  let manifest: ExportManifest;
  let ticketId: string;
  let customerToken: string;
  let mail: { text: string; to: string[] };
  let link: string;
  const contact = `it-${Math.random().toString(36).slice(2)}@tenant.example.org`;

  beforeAll(async () => {
    [sink, fixture, tenant] = await Promise.all([SmtpSink.start(), createMoodledataFixture({ largeFileBytes: 24 * 1024 * 1024 }), createTenant()]);
    app = await TestApp.start({ worker: true, now: '2026-11-28T09:00:00Z', env: { SMTP_URL: sink.url } });
    workDir = await mkdtemp(join(tmpdir(), 'export-e2e-'));
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: '2027-03-31', contactEmails: [contact], tenantDatabaseUrl: tenant.url, tenantDataDir: fixture.dataDir });
    customerToken = org.customerToken;
    const ticket = await fileTicket(app, customerToken, text);
    ticketId = ticket.id;
    expect(ticket.requests).toEqual([expect.objectContaining({ kind: 'BACKUP_EXPORT', decision: 'APPROVED', status: 'IN_PROGRESS' })]);
    const ready = await sink.waitFor((m) => m.to.includes(contact) && m.text.includes('/downloads/'), 90_000);
    mail = ready;
    link = /https?:\/\/\S+\/downloads\/[A-Za-z0-9._-]+/.exec(ready.text)?.[0] ?? '';
    archivePath = join(workDir, 'download.tar.gz');
    const response = await fetch(link);
    expect(response.status).toBe(200);
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(archivePath));
    extracted = join(workDir, 'extracted');
    await mkdir(extracted);
    execFileSync('tar', ['--warning=no-timestamp', '-xzf', archivePath, '-C', extracted]);
    manifest = JSON.parse(await readFile(join(extracted, MANIFEST_NAME), 'utf8')) as ExportManifest;
  }, 150_000);

  afterAll(async () => {
    await app?.close();
    await sink?.stop();
    await Promise.all([fixture?.cleanup(), tenant?.drop(), restored?.drop(), workDir && rm(workDir, { recursive: true, force: true })]);
  });

  it('sends one EXPORT_READY e-mail to the contact on record, with the link, size and checksum of the archive downloaded', async () => {
    expect(link).toMatch(new RegExp(`^${app.baseUrl}/downloads/`));
    const sha256 = await sha256Of(archivePath);
    expect(mail.text).toContain(sha256);
    const readyMails = sink.messages.filter((m) => m.to.includes(contact) && m.text.includes('/downloads/'));
    expect(readyMails).toHaveLength(1);
  });

  it('shows the finished export on the request to the customer and to an agent', async () => {
    const sha256 = await sha256Of(archivePath);
    const size = (await lstat(archivePath)).size;
    for (const token of [customerToken, await app.token(Role.AGENT)]) {
      const seen = await app.ok<SeenTicket>(TICKET_QUERY, { id: ticketId }, token);
      expect(seen.ticket.status).toBe('RESOLVED');
      expect(seen.ticket.requests[0]).toMatchObject({ status: 'DONE', export: { status: 'READY', phase: 'DONE', percent: 100, sizeBytes: size, sha256, error: null } });
    }
  });

  it('extracts with GNU tar into exactly the dump, the kept files, the guide and the manifest', async () => {
    const expected = [manifest.database.path, MANIFEST_NAME, RESTORE_GUIDE_NAME, ...fixture.included.keys()].sort();
    expect(await listExtractedTree(extracted)).toEqual(expected);
  });

  it('matches every manifest checksum and size against the extracted files', async () => {
    for (const file of [manifest.database, ...manifest.files, ...manifest.extras]) {
      const path = join(extracted, file.path);
      expect({ path: file.path, sha256: await sha256Of(path), size: (await lstat(path)).size }).toEqual({ path: file.path, sha256: file.sha256, size: file.sizeBytes });
    }
    expect(new Map(manifest.files.map((f) => [f.path, { sizeBytes: f.sizeBytes, sha256: f.sha256 }]))).toEqual(fixture.included);
  });

  it('lists every left-out entry with its reason and every renamed file with its original name', () => {
    expect(new Map(manifest.excluded.map((e) => [e.path, e.reason]))).toEqual(fixture.excluded);
    expect(new Map(manifest.renamed.map((r) => [r.path, r.originalPath]))).toEqual(fixture.renamed);
  });

  it('brings in nothing from outside the data directory', async () => {
    // large.bin is generated bytes, checked by checksum above.
    expect(await filesHoldingMarkers(extracted, fixture.outsideMarkers, (path) => path.endsWith('large.bin'))).toEqual([]);
  });

  it('restores the dump into a fresh database with the same rows', async () => {
    restored = await empty();
    const dump = join(extracted, manifest.database.path);
    if (manifest.database.format === 'pg_dump-custom') {
      execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${restored.url}`, dump]);
    } else {
      execFileSync('sh', ['-c', `mariadb -h 127.0.0.1 -u root "${restored.name}" < "${dump}"`]);
    }
    expect(await restored.rows()).toEqual(await tenant.rows());
  });

  it('records the download', async () => {
    const seen = await app.ok<SeenTicket>(TICKET_QUERY, { id: ticketId }, customerToken);
    const exportId = seen.ticket.requests[0].export?.id;
    const downloads = await app.get<EntityManager>(EntityManager).fork().find(Download, { export: exportId });
    expect(downloads.map((d) => ({ status: d.httpStatus, bytes: Number(d.bytesSent) }))).toEqual([{ status: 200, bytes: (await lstat(archivePath)).size }]);
  });
});
