import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { MailTransport, renderMail, stableMessageId } from '@app/mail';
import { HOSTILE_TEXT, newNotificationId, RENDER_CONTEXT } from './notification.factory';

const DOMAIN = 'mail.helpdesk.test';
const TO = ['director@romashka.example'];

describe('mail delivery to the .eml outbox', () => {
  let root: string;
  let outboxDir: string;
  let transport: MailTransport;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'mail-outbox-test-'));
    // A folder that does not exist yet: the transport creates it on the first send.
    outboxDir = join(root, 'outbox');
    transport = MailTransport.fromConfig({ outboxDir, from: 'Support <support@helpdesk.test>', messageIdDomain: DOMAIN });
  });

  afterAll(async () => {
    await transport.close();
    await rm(root, { recursive: true, force: true });
  });

  it('runs in outbox mode when no SMTP URL is given', () => {
    expect(transport.mode).toBe('outbox');
  });

  it('writes one parsable .eml file named after the notification id', async () => {
    const notificationId = newNotificationId();
    const rendered = renderMail({ template: 'AGENT_REPLY', ticketNumber: '77', agentName: null, replyText: HOSTILE_TEXT }, 'ru', RENDER_CONTEXT);
    const result = await transport.send({ notificationId, to: TO, rendered });

    const file = join(outboxDir, `${notificationId}.eml`);
    const parsed = await simpleParser(await readFile(file));
    expect(result).toEqual({ messageId: stableMessageId(notificationId, DOMAIN), accepted: TO, rejected: [] });
    expect(parsed.messageId).toBe(result.messageId);
    expect(parsed.headers.get('x-helpdesk-notification-id')).toBe(notificationId);
    expect(parsed.subject).toBe(rendered.subject);
    expect(parsed.text).toContain('> Bcc: victim@example.org');
    expect(parsed.html).not.toContain('<script>');
  });

  it('treats a second send of the same notification as already done and leaves the file untouched', async () => {
    const notificationId = newNotificationId();
    const rendered = renderMail({ template: 'EXPORT_FAILED', ticketNumber: '78' }, 'en', RENDER_CONTEXT);
    const first = await transport.send({ notificationId, to: TO, rendered });
    const file = join(outboxDir, `${notificationId}.eml`);
    const before = { bytes: await readFile(file), mtimeMs: (await stat(file)).mtimeMs };

    const changed = renderMail({ template: 'EXPORT_FAILED', ticketNumber: '79' }, 'en', RENDER_CONTEXT);
    const second = await transport.send({ notificationId, to: TO, rendered: changed });

    expect(second.messageId).toBe(first.messageId);
    expect(await readFile(file)).toEqual(before.bytes);
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it('writes exactly one file per notification under concurrent sends and leaves no temporary file', async () => {
    const ids = Array.from({ length: 20 }, newNotificationId);
    const rendered = renderMail({ template: 'EXPORT_FAILED', ticketNumber: '80' }, 'ru', RENDER_CONTEXT);
    const dir = await mkdtemp(join(root, 'concurrent-'));
    const local = MailTransport.fromConfig({ outboxDir: dir, from: 'support@helpdesk.test', messageIdDomain: DOMAIN });

    // Every id is sent twice at once, as two workers picking up the same job would.
    await Promise.all([...ids, ...ids].map((notificationId) => local.send({ notificationId, to: TO, rendered })));
    await local.close();

    const files = await readdir(dir);
    expect(files.sort()).toEqual(ids.map((id) => `${id}.eml`).sort());
    for (const id of ids) {
      const parsed = await simpleParser(await readFile(join(dir, `${id}.eml`)));
      expect(parsed.messageId).toBe(stableMessageId(id, DOMAIN));
    }
  });

  it('refuses a relative outbox folder', () => {
    expect(() => MailTransport.fromConfig({ outboxDir: 'outbox', from: 'support@helpdesk.test', messageIdDomain: DOMAIN })).toThrow(/outboxDir must be an absolute path/);
  });
});
