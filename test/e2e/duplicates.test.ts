import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { LocalArchiveStorage } from '@app/export';
import { createOrganization, fileTicket } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { Role, TestApp } from '../support/test-app';
import { ASKS, DAY_MS, shift, sql } from './helpdesk-e2e.helpers';

const D = '2026-06-30';
const NOW = '2026-06-01T09:00:00.000Z';

describe('duplicate requests', () => {
  let sink: SmtpSink;
  let app: TestApp;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    app = await TestApp.start({ now: NOW, env: { SMTP_URL: sink.url } });
  });

  afterAll(async () => {
    await app.close();
    await sink.stop();
  });

  beforeEach(() => {
    app.clock.set(NOW);
  });

  it('links a second request of a kind already open to the first one', async () => {
    const org = await createOrganization(app, { product: 'SERVER', lastServiceDay: D });
    const first = await fileTicket(app, org.customerToken, ASKS.ru.ROOT_ACCESS);
    const second = await fileTicket(app, org.customerToken, ASKS.en.ROOT_ACCESS, 'Root again');

    expect(first.requests[0]).toEqual(expect.objectContaining({ decision: 'APPROVED', status: 'OPEN' }));
    expect(second.requests).toEqual([
      expect.objectContaining({ kind: 'ROOT_ACCESS', decision: 'DUPLICATE', reasonCode: 'ALREADY_OPEN', status: 'CLOSED', duplicateOfId: first.requests[0]!.id }),
    ]);
    expect(second.requests[0]!.explanation).toContain(`#${first.number}`);
    expect(second.status).toBe('RESOLVED');
  });

  it('treats an export still being made as open', async () => {
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: D });
    const first = await fileTicket(app, org.customerToken, ASKS.ru.BACKUP_EXPORT);
    const second = await fileTicket(app, org.customerToken, ASKS.ru.BACKUP_EXPORT);

    expect(second.requests).toEqual([
      expect.objectContaining({ decision: 'DUPLICATE', reasonCode: 'ALREADY_OPEN', duplicateOfId: first.requests[0]!.id, export: null }),
    ]);
    expect(await sql(app, 'select id from data_export where organization_id = $1', [org.id])).toHaveLength(1);
  });

  it('decides a request afresh when only another kind is open, or another organisation has the same kind', async () => {
    const org = await createOrganization(app, { product: 'SERVER', lastServiceDay: D });
    const other = await createOrganization(app, { product: 'SERVER', lastServiceDay: D });
    await fileTicket(app, org.customerToken, ASKS.ru.ROOT_ACCESS);

    const admin = await fileTicket(app, org.customerToken, ASKS.ru.ADMIN_ACCESS);
    const elsewhere = await fileTicket(app, other.customerToken, ASKS.ru.ROOT_ACCESS);

    expect(admin.requests[0]).toEqual(expect.objectContaining({ kind: 'ADMIN_ACCESS', decision: 'APPROVED', duplicateOfId: null }));
    expect(elsewhere.requests[0]).toEqual(expect.objectContaining({ kind: 'ROOT_ACCESS', decision: 'APPROVED', duplicateOfId: null }));
  });

  it('decides a request afresh once the earlier one of its kind is settled', async () => {
    const org = await createOrganization(app, { product: 'SERVER', lastServiceDay: D });
    const agent = await app.token(Role.AGENT);
    const first = await fileTicket(app, org.customerToken, ASKS.ru.ADMIN_ACCESS);
    await app.ok(`mutation($id: ID!) { resolveTicket(ticketId: $id, comment: "done") { id } }`, { id: first.id }, agent);

    const again = await fileTicket(app, org.customerToken, ASKS.ru.ADMIN_ACCESS);

    expect(again.requests[0]).toEqual(expect.objectContaining({ decision: 'APPROVED', reasonCode: 'ACCESS_APPROVED', duplicateOfId: null }));
  });

  it('gives exactly one open request when tickets for the same kind arrive at once', async () => {
    const org = await createOrganization(app, { product: 'SERVER', lastServiceDay: D });

    const tickets = await Promise.all(Array.from({ length: 6 }, (_, i) => fileTicket(app, org.customerToken, ASKS.ru.ADMIN_ACCESS, `Админ ${i}`)));

    const requests = tickets.map((t) => t.requests[0]!);
    const approved = requests.filter((r) => r.decision === 'APPROVED');
    expect(approved).toHaveLength(1);
    const duplicates = requests.filter((r) => r.decision === 'DUPLICATE');
    expect(duplicates).toHaveLength(5);
    for (const duplicate of duplicates) expect(duplicate.duplicateOfId).toBe(approved[0]!.id);
    const open = await sql(app, `select id from ticket_request where organization_id = $1 and status in ('OPEN', 'IN_PROGRESS')`, [org.id]);
    expect(open).toEqual([{ id: approved[0]!.id }]);
  });

  it('gives exactly one export when export tickets arrive at once', async () => {
    const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: D });

    const tickets = await Promise.all(Array.from({ length: 4 }, () => fileTicket(app, org.customerToken, ASKS.ru.BACKUP_EXPORT)));

    expect(tickets.map((t) => t.requests[0]!.decision).sort()).toEqual(['APPROVED', 'DUPLICATE', 'DUPLICATE', 'DUPLICATE']);
    expect(await sql(app, 'select id from data_export where organization_id = $1', [org.id])).toHaveLength(1);
  });

  describe('a finished export whose link still works', () => {
    const archive = Buffer.from('a fixture archive standing in for a finished export\n'.repeat(100));
    const sha256 = createHash('sha256').update(archive).digest('hex');
    const linkExpiresAt = shift(NOW, 5 * DAY_MS);

    /** What the export worker leaves behind: the archive on disk, the export READY, the request done. */
    async function finishedExport(contactEmail: string): Promise<{ orgId: string; token: string; requestId: string; exportId: string }> {
      const org = await createOrganization(app, { product: 'CLOUD', lastServiceDay: D, contactEmails: [contactEmail] });
      const ticket = await fileTicket(app, org.customerToken, ASKS.ru.BACKUP_EXPORT);
      const request = ticket.requests[0]!;
      const exportId = request.export!.id;
      await writeFile(await new LocalArchiveStorage(app.config.storageDir).pathFor(exportId), archive);
      await sql(
        app,
        `update data_export set status = 'READY', size_bytes = $2, sha256 = $3, archive_key = $1, link_expires_at = $4, ready_at = $5 where id = $1`,
        [exportId, archive.length, sha256, linkExpiresAt, NOW],
      );
      await sql(app, `update ticket_request set status = 'DONE' where id = $1`, [request.id]);
      await sql(app, `update ticket set status = 'RESOLVED' where id = $1`, [ticket.id]);
      await sql(app, `update outbox_message set dispatched_at = now() where job_id = $1`, [`export-${exportId}`]);
      return { orgId: org.id, token: org.customerToken, requestId: request.id, exportId };
    }

    it('answers DUPLICATE and re-sends the same link instead of making a new export', async () => {
      const done = await finishedExport('it@resend.example.org');
      app.clock.set(shift(NOW, DAY_MS));

      const again = await fileTicket(app, done.token, ASKS.en.BACKUP_EXPORT, 'Export again');

      expect(again.requests).toEqual([
        expect.objectContaining({ kind: 'BACKUP_EXPORT', decision: 'DUPLICATE', reasonCode: 'ALREADY_OPEN', duplicateOfId: done.requestId, export: null }),
      ]);
      expect(again.requests[0]!.explanation).toContain('6 June 2026, 12:00 (Europe/Moscow, UTC+03:00)');
      const exports = await sql<{ id: string; status: string; sha256: string }>(app, 'select id, status, sha256 from data_export where organization_id = $1', [done.orgId]);
      expect(exports).toEqual([{ id: done.exportId, status: 'READY', sha256 }]);

      await app.startWorker();
      try {
        const mail = await sink.waitFor((m) => m.to.includes('it@resend.example.org') && m.text.includes('/downloads/'));
        const link = /https?:\/\/\S+\/downloads\/[A-Za-z0-9._~-]+/.exec(mail.text)?.[0];
        expect(link).toBeDefined();
        const download = await fetch(link!);
        expect(download.status).toBe(200);
        expect(Buffer.from(await download.arrayBuffer()).equals(archive)).toBe(true);
      } finally {
        await app.stopWorker();
      }
      const still = await sql(app, 'select id from data_export where organization_id = $1', [done.orgId]);
      expect(still).toHaveLength(1);
    });

    it('makes a new export once the link of the finished one has expired', async () => {
      const done = await finishedExport('it@expired.example.org');
      app.clock.set(linkExpiresAt);

      const again = await fileTicket(app, done.token, ASKS.ru.BACKUP_EXPORT);

      expect(again.requests[0]).toEqual(expect.objectContaining({ decision: 'APPROVED', reasonCode: 'EXPORT_APPROVED', duplicateOfId: null }));
      expect(again.requests[0]!.export).toEqual(expect.objectContaining({ status: 'QUEUED' }));
      expect(again.requests[0]!.export!.id).not.toBe(done.exportId);
    });
  });
});
