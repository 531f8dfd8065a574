import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { EntityManager } from '@mikro-orm/postgresql';
import { DownloadLinkSigner } from '@app/export';
import { Download } from '@app/persistence';
import { createOrganization, fileTicket } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { createMoodledataFixture, createPostgresTenant, type MoodledataFixture, type TenantDatabase } from '../support/tenant-fixtures';
import { Role, TestApp } from '../support/test-app';

interface Answer {
  status: number;
  headers: Headers;
  body: Buffer;
}

async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

const RENEW = `mutation($id: ID!) { renewDownloadLink(exportId: $id) { url expiresAt } }`;
const REVOKE = `mutation($id: ID!) { revokeDownloadLinks(exportId: $id) }`;

describe('download links of a ready export', () => {
  let sink: SmtpSink;
  let app: TestApp;
  let fixture: MoodledataFixture;
  let tenant: TenantDatabase;
  let link: string;
  let exportId: string;
  let customerToken: string;
  let linkExpiresAt: Date;
  let whole: Buffer;
  let sha256: string;
  const start = '2026-11-28T09:00:00Z';

  /** The API signs with its configured public URL; the test server listens elsewhere. */
  const local = (url: string): string => `${app.baseUrl}${new URL(url).pathname}`;
  const token = (url: string): string => new URL(url).pathname.split('/').pop() ?? '';
  const recorded = async (): Promise<number> => app.get<EntityManager>(EntityManager).fork().count(Download, { export: exportId });

  beforeAll(async () => {
    [sink, fixture, tenant] = await Promise.all([SmtpSink.start(), createMoodledataFixture({ largeFileBytes: 3 * 1024 * 1024 }), createPostgresTenant()]);
    app = await TestApp.start({ worker: true, now: start, env: { SMTP_URL: sink.url } });
    const org = await createOrganization(app, { contactEmails: ['links@tenant.example.org'], tenantDatabaseUrl: tenant.url, tenantDataDir: fixture.dataDir });
    customerToken = org.customerToken;
    const ticket = await fileTicket(app, customerToken, 'Прошу сделать полную выгрузку данных нашей системы: база данных и moodledata');
    exportId = ticket.requests[0].export?.id ?? '';
    const mail = await sink.waitFor((m) => m.text.includes('/downloads/'), 60_000);
    link = /https?:\/\/\S+\/downloads\/[A-Za-z0-9._-]+/.exec(mail.text)?.[0] ?? '';
    const seen = await app.ok<{ ticket: { requests: { export: { linkExpiresAt: string; sha256: string } }[] } }>(
      `query($id: ID!) { ticket(id: $id) { requests { export { linkExpiresAt sha256 } } } }`,
      { id: ticket.id },
      customerToken,
    );
    linkExpiresAt = new Date(seen.ticket.requests[0].export.linkExpiresAt);
    sha256 = seen.ticket.requests[0].export.sha256;
    const full = await get(link);
    expect(full.status).toBe(200);
    whole = full.body;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await sink?.stop();
    await Promise.all([fixture?.cleanup(), tenant?.drop()]);
  });

  afterEach(() => app.clock.set(start));

  it('serves the whole archive whose checksum the API reports, valid for 7 days', () => {
    expect(createHash('sha256').update(whole).digest('hex')).toBe(sha256);
    expect(linkExpiresAt.getTime() - new Date(start).getTime()).toBe(7 * 24 * 3600 * 1000);
  });

  it('resumes with Range: a 206 for the first part, then the rest, which join to the whole file', async () => {
    const half = Math.floor(whole.length / 2);
    const first = await get(link, { range: `bytes=0-${half - 1}` });
    const rest = await get(link, { range: `bytes=${half}-`, 'if-range': `"${sha256}"` });
    expect([first.status, first.headers.get('content-range')]).toEqual([206, `bytes 0-${half - 1}/${whole.length}`]);
    expect([rest.status, rest.headers.get('content-range')]).toEqual([206, `bytes ${half}-${whole.length - 1}/${whole.length}`]);
    expect(Buffer.concat([first.body, rest.body]).equals(whole)).toBe(true);
  });

  it.each([
    ['a changed signature', (t: string) => `${t.slice(0, -2)}${t.endsWith('AA') ? 'BB' : 'AA'}`],
    ['changed claims', (t: string) => { const [v, claims, mac] = t.split('.'); return `${v}.${claims.slice(0, -2)}${claims.endsWith('AA') ? 'BB' : 'AA'}.${mac}`; }],
    ['a truncated token', (t: string) => t.slice(0, t.length - 10)],
    ['a token cut before its signature', (t: string) => t.split('.').slice(0, 2).join('.')],
  ])('refuses a link with %s as not valid, without detail', async (_case, tamper) => {
    const answer = await get(`${app.baseUrl}/downloads/${tamper(token(link))}`);
    expect([answer.status, answer.body.toString()]).toEqual([404, 'This download link is not valid.']);
  });

  it("refuses a correctly signed link that names another organisation's export", async () => {
    const other = await createOrganization(app, { contactEmails: ['other@tenant.example.org'] });
    const forged = new DownloadLinkSigner(app.config.downloadLinkSecret).sign({ exportId, organizationId: other.id, expiresAt: linkExpiresAt, linkVersion: 1 });
    const answer = await get(`${app.baseUrl}/downloads/${forged}`);
    expect([answer.status, answer.body.toString()]).toEqual([404, 'This download link is not valid.']);
  });

  it('works one second before the link expires and is refused as expired one second after', async () => {
    app.clock.set(new Date(linkExpiresAt.getTime() - 1000));
    expect((await get(link, { range: 'bytes=0-99' })).status).toBe(206);
    app.clock.set(new Date(linkExpiresAt.getTime() + 1000));
    const answer = await get(link);
    expect([answer.status, answer.body.toString()]).toEqual([410, 'This download link has expired. Request a new one in your personal cabinet.']);
  });

  it('gives the customer a fresh working link after the old one expired', async () => {
    app.clock.set(new Date(linkExpiresAt.getTime() + 1000));
    const renewed = await app.ok<{ renewDownloadLink: { url: string; expiresAt: string } }>(RENEW, { id: exportId }, customerToken);
    expect(new Date(renewed.renewDownloadLink.expiresAt).getTime()).toBe(linkExpiresAt.getTime() + 1000 + 7 * 24 * 3600 * 1000);
    const answer = await get(local(renewed.renewDownloadLink.url));
    expect(answer.status).toBe(200);
    expect(answer.body.equals(whole)).toBe(true);
  });

  it('does not renew a link for another organisation', async () => {
    const other = await createOrganization(app, { contactEmails: ['stranger@tenant.example.org'] });
    const result = await app.graphql(RENEW, { id: exportId }, other.customerToken);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('stops every earlier link when an agent revokes, and a renewed one works again', async () => {
    const before = await app.ok<{ renewDownloadLink: { url: string } }>(RENEW, { id: exportId }, customerToken);
    const agent = await app.token(Role.AGENT);
    expect(await app.ok(REVOKE, { id: exportId }, agent)).toEqual({ revokeDownloadLinks: true });
    for (const url of [link, local(before.renewDownloadLink.url)]) {
      const answer = await get(url);
      expect([answer.status, answer.body.toString()]).toEqual([404, 'This download link is not valid.']);
    }
    const after = await app.ok<{ renewDownloadLink: { url: string } }>(RENEW, { id: exportId }, customerToken);
    expect((await get(local(after.renewDownloadLink.url), { range: 'bytes=0-0' })).status).toBe(206);
  });

  it('records every served download, full and partial, and none of the refusals', async () => {
    const before = await recorded();
    await get(link.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')));
    const renewed = await app.ok<{ renewDownloadLink: { url: string } }>(RENEW, { id: exportId }, customerToken);
    await get(local(renewed.renewDownloadLink.url), { range: 'bytes=10-19' });
    const rows = await app.get<EntityManager>(EntityManager).fork().find(Download, { export: exportId }, { orderBy: { createdAt: 'desc' } });
    expect(rows.length).toBe(before + 1);
    expect(rows[0]).toMatchObject({ httpStatus: 206, range: 'bytes=10-19', bytesSent: '10' });
  });

  it('answers 410 once the archive file is gone', async () => {
    const renewed = await app.ok<{ renewDownloadLink: { url: string } }>(RENEW, { id: exportId }, customerToken);
    await rm(join(app.config.storageDir, `${exportId}.tar.gz`));
    const answer = await get(local(renewed.renewDownloadLink.url));
    expect([answer.status, answer.body.toString()]).toEqual([410, 'This archive is no longer available.']);
  });
});
