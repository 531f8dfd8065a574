import type { Language } from '@app/domain';
import { MailDeliveryError, MailErrorCode, MailTransport, renderMail, stableMessageId } from '@app/mail';
import { SmtpSink } from '../support/smtp-sink';
import { COVERED_TEMPLATES, HOSTILE_TEXT, newNotificationId, RENDER_CONTEXT, templateExamples } from './notification.factory';

const DOMAIN = 'mail.helpdesk.test';
const RECIPIENTS = ['director@romashka.example', 'it@romashka.example'];

async function failureOf(promise: Promise<unknown>): Promise<MailDeliveryError> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(MailDeliveryError);
    return err as MailDeliveryError;
  }
  throw new Error('expected the send to fail');
}

describe('mail delivery over SMTP', () => {
  let sink: SmtpSink;
  let transport: MailTransport;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    transport = MailTransport.fromConfig({
      smtpUrl: sink.url,
      outboxDir: '/nonexistent-outbox-unused',
      from: 'Поддержка <support@helpdesk.test>',
      messageIdDomain: DOMAIN,
      pool: { maxConnections: 2, maxMessages: 50 },
    });
  });

  afterAll(async () => {
    await transport.close();
    await sink.stop();
  });

  it('has an example for every template', () => {
    expect(new Set(templateExamples().map((e) => e.data.template))).toEqual(new Set(Object.keys(COVERED_TEMPLATES)));
  });

  describe.each(templateExamples().flatMap((example) => (['ru', 'en'] as Language[]).map((language) => ({ ...example, language }))))(
    '$name in $language',
    ({ data, language, facts }) => {
      it('arrives with its facts, a one-line subject, escaped html and the stable Message-ID', async () => {
        const notificationId = newNotificationId();
        const rendered = renderMail(data, language, RENDER_CONTEXT);
        const result = await transport.send({ notificationId, to: RECIPIENTS, rendered });

        const received = await sink.waitFor((m) => m.headers['x-helpdesk-notification-id'] === notificationId);
        expect(result).toEqual({ messageId: stableMessageId(notificationId, DOMAIN), accepted: RECIPIENTS, rejected: [] });
        expect(received.messageId).toBe(`<${notificationId}@${DOMAIN}>`);
        expect(received.envelopeTo).toEqual(RECIPIENTS);
        expect(received.envelopeFrom).toBe('support@helpdesk.test');
        expect(received.subject).toBe(rendered.subject);
        expect(received.subject).not.toMatch(/[\r\n]/);
        for (const fact of facts[language]) {
          expect(received.text).toContain(fact);
          expect(received.html).toContain(fact.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
        }
        expect(received.html).toContain('ООО «Ромашка» &lt;R&amp;D&gt;');
        expect(received.html).not.toMatch(/<script|<img|<admin>|<R&D>/);
      });
    },
  );

  it('keeps hostile ticket text plain in the text part and inert in the html part', async () => {
    const notificationId = newNotificationId();
    const example = templateExamples().find((e) => e.name === 'TICKET_RECEIVED')!;
    await transport.send({ notificationId, to: RECIPIENTS, rendered: renderMail(example.data, 'ru', RENDER_CONTEXT) });

    const received = await sink.waitFor((m) => m.headers['x-helpdesk-notification-id'] === notificationId);
    expect(received.text).toContain(HOSTILE_TEXT.split('\n').map((line) => `> ${line}`).join('\n'));
    expect(received.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(received.headers.bcc).toBeUndefined();
    expect(received.envelopeTo).toEqual(RECIPIENTS);
  });

  it('sends a retried notification with the same Message-ID so it can be deduplicated', async () => {
    const notificationId = newNotificationId();
    const rendered = renderMail({ template: 'EXPORT_FAILED', ticketNumber: '9' }, 'en', RENDER_CONTEXT);
    const first = await transport.send({ notificationId, to: RECIPIENTS, rendered });
    const second = await transport.send({ notificationId, to: RECIPIENTS, rendered });

    expect(second.messageId).toBe(first.messageId);
    const copies = sink.byNotificationId(notificationId);
    expect(copies).toHaveLength(2);
    expect(new Set(copies.map((m) => m.messageId))).toEqual(new Set([first.messageId]));
  });

  it('reports a 451 answer as a transient error and delivers on the next try', async () => {
    const notificationId = newNotificationId();
    const rendered = renderMail({ template: 'EXPORT_FAILED', ticketNumber: '10' }, 'ru', RENDER_CONTEXT);
    sink.failNext(1, 451);

    const error = await failureOf(transport.send({ notificationId, to: RECIPIENTS, rendered }));
    expect(error).toMatchObject({ code: MailErrorCode.SMTP_TEMPORARY, transient: true, smtpResponseCode: 451 });

    await transport.send({ notificationId, to: RECIPIENTS, rendered });
    expect(sink.byNotificationId(notificationId)).toHaveLength(1);
  });

  it('reports a 550 answer as a permanent error', async () => {
    const notificationId = newNotificationId();
    sink.failNext(1, 550);

    const error = await failureOf(transport.send({ notificationId, to: RECIPIENTS, rendered: renderMail({ template: 'EXPORT_FAILED', ticketNumber: '11' }, 'en', RENDER_CONTEXT) }));
    expect(error).toMatchObject({ code: MailErrorCode.SMTP_PERMANENT, transient: false, smtpResponseCode: 550 });
    expect(sink.byNotificationId(notificationId)).toHaveLength(0);
  });

  it('reports a stopped server as a transient connection failure and delivers once it is back on the same port', async () => {
    const notificationId = newNotificationId();
    const rendered = renderMail({ template: 'EXPORT_FAILED', ticketNumber: '12' }, 'en', RENDER_CONTEXT);
    const port = sink.port;
    await sink.stop();

    const error = await failureOf(transport.send({ notificationId, to: RECIPIENTS, rendered }));
    expect(error).toMatchObject({ code: MailErrorCode.CONNECTION_FAILED, transient: true });

    await sink.restart();
    expect(sink.port).toBe(port);
    await transport.send({ notificationId, to: RECIPIENTS, rendered });
    const received = await sink.waitFor((m) => m.headers['x-helpdesk-notification-id'] === notificationId);
    expect(received.messageId).toBe(stableMessageId(notificationId, DOMAIN));
  });

  it.each([
    ['a recipient with a display name', { to: ['Boss <boss@example.org>'] }, /is not a plain e-mail address/],
    ['a recipient smuggling a header', { to: ['a@example.org\r\nBcc: b@example.org'] }, /is not a plain e-mail address/],
    ['no recipient at all', { to: [] }, /at least one recipient/],
    ['a notification id that is not a UUID', { notificationId: 'mail-1' }, /notificationId must be a UUID/],
  ])('refuses %s permanently before anything reaches the server', async (_label, patch, message) => {
    const before = sink.messages.length;
    const mail = { notificationId: newNotificationId(), to: RECIPIENTS, rendered: renderMail({ template: 'EXPORT_FAILED', ticketNumber: '13' }, 'en', RENDER_CONTEXT), ...patch };

    const error = await failureOf(transport.send(mail));
    expect(error).toMatchObject({ code: MailErrorCode.INVALID_MESSAGE, transient: false, message: expect.stringMatching(message) });
    expect(sink.messages).toHaveLength(before);
  });

  it('refuses an SMTP_URL with another scheme without repeating its password', () => {
    const attempt = () => MailTransport.fromConfig({ smtpUrl: 'http://user:s3cret@mail.example.org', outboxDir: '/tmp', from: 'a@example.org', messageIdDomain: DOMAIN });
    expect(attempt).toThrow(/SMTP_URL must use smtp:\/\/ or smtps:\/\//);
    expect(attempt).not.toThrow(/s3cret/);
  });
});
