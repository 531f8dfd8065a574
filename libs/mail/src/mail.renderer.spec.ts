import { Decision, type Language, Product, ReasonCode, RequestKind } from '@app/domain';
import { MailDeliveryError } from './mail.exception';
import { renderMail } from './mail.renderer';
import type { NotificationData, RenderContext } from './notification.types';

const HOSTILE = '<script>alert("x")</script> & <b>bold</b>\r\nBcc: victim@example.org';
const ctx = (timezone = 'Asia/Vladivostok'): RenderContext => ({ organizationName: 'ООО <Ромашка>', timezone, publicUrl: 'https://help.example.org/cabinet' });

/** One example of each template, with the strings each language must show. */
const CASES: Array<{ data: NotificationData; expect: Record<Language, string[]> }> = [
  {
    data: { template: 'TICKET_RECEIVED', ticketNumber: '1042', ticketText: HOSTILE, receivedAt: '2025-07-14T20:30:00Z', requestKinds: [RequestKind.BACKUP_EXPORT] },
    expect: { ru: ['№ 1042', '15 июля 2025 г. в 06:30 (Asia/Vladivostok)', 'выгрузка данных'], en: ['#1042', '15 July 2025 at 06:30 (Asia/Vladivostok)', 'data export'] },
  },
  {
    data: { template: 'REQUEST_DECIDED', ticketNumber: '1042', requestKind: RequestKind.ROOT_ACCESS, decision: Decision.REJECTED, reasonCode: ReasonCode.NOT_AVAILABLE_FOR_CLOUD, reasonText: 'Облачная версия работает на наших серверах.' },
    expect: { ru: ['root-доступ к серверу', 'не может быть выполнена', 'Облачная версия работает на наших серверах.'], en: ['root access to the server', 'cannot be fulfilled', 'Облачная версия'] },
  },
  {
    data: { template: 'EXPORT_READY', ticketNumber: '7', link: 'https://help.example.org/downloads/abc?sig=1&exp=2', sizeBytes: 1610612736, sha256: 'a'.repeat(64), linkExpiresAt: '2025-07-21T20:30:00Z', backupsDeletedAt: '2025-07-31T14:00:00Z' },
    expect: { ru: ['1,5 ГБ', 'a'.repeat(64), '22 июля 2025 г. в 06:30', '1 августа 2025 г. в 00:00'], en: ['1.5 GB', 'a'.repeat(64), '22 July 2025 at 06:30', '1 August 2025 at 00:00'] },
  },
  {
    data: { template: 'EXPORT_FAILED', ticketNumber: '7' },
    expect: { ru: ['№ 7', 'уже занимаются'], en: ['#7', 'already working on it'] },
  },
  {
    data: { template: 'AGENT_REPLY', ticketNumber: '8', agentName: 'Анна', replyText: HOSTILE },
    expect: { ru: ['Анна', 'ответил(а) по заявке № 8'], en: ['Анна', 'replied on ticket #8'] },
  },
  {
    data: { template: 'REMINDER_BEFORE_END', product: Product.CLOUD, serviceEndsAt: '2025-06-30T14:00:00Z', backupsDeletedAt: '2025-07-30T14:00:00Z' },
    expect: { ru: ['30 июня 2025 г.', 'выгрузку базы данных', '31 июля 2025 г. в 00:00'], en: ['30 June 2025', 'export of the database', '31 July 2025 at 00:00'] },
  },
  {
    data: { template: 'REMINDER_BEFORE_END', product: Product.SERVER, serviceEndsAt: '2025-06-30T14:00:00Z', backupsDeletedAt: null },
    expect: { ru: ['30 июня 2025 г.', 'root-доступ к серверу', 'администраторский доступ'], en: ['30 June 2025', 'root access', 'administrator access'] },
  },
  {
    data: { template: 'REMINDER_BEFORE_PURGE', serviceEndedAt: '2025-06-30T14:00:00Z', backupsDeletedAt: '2025-07-30T14:00:00Z' },
    expect: { ru: ['31 июля 2025 г.', 'удалим все резервные копии'], en: ['31 July 2025', 'delete all backups'] },
  },
];

describe(renderMail.name, () => {
  describe.each(CASES.flatMap(({ data, expect: words }) => (['ru', 'en'] as const).map((language) => ({ data, language, words: words[language] }))))(
    '$data.template in $language',
    ({ data, language, words }) => {
      const mail = renderMail(data, language, ctx());

      it('shows the key facts in both the text and the html part', () => {
        for (const word of words) {
          expect(mail.text).toContain(word);
          expect(mail.html).toContain(word.replace(/&/g, '&amp;'));
        }
      });

      it('has a one-line subject', () => {
        expect(mail.subject).not.toMatch(/[\r\n]/);
        expect(mail.subject.length).toBeGreaterThan(5);
      });

      it('escapes the organisation name in html and keeps it plain in text', () => {
        expect(mail.html).toContain('ООО &lt;Ромашка&gt;');
        expect(mail.html).not.toContain('<Ромашка>');
        expect(mail.text).toContain('ООО <Ромашка>');
      });
    },
  );

  it.each(['TICKET_RECEIVED', 'AGENT_REPLY'] as const)('escapes hostile text in the html of %s and keeps it verbatim in text', (template) => {
    const data = CASES.find((c) => c.data.template === template)!.data;
    const mail = renderMail(data, 'en', ctx());
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>bold</b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(mail.text).toContain('> <script>alert("x")</script> & <b>bold</b>\n> Bcc: victim@example.org');
  });

  it('states the last day of service in the organisation timezone, not in UTC', () => {
    const data: NotificationData = { template: 'REMINDER_BEFORE_END', product: Product.SERVER, serviceEndsAt: '2025-07-01T04:00:00Z', backupsDeletedAt: null };
    expect(renderMail(data, 'en', ctx('America/New_York')).subject).toBe('Your warranty support ends after 30 June 2025');
    expect(renderMail(data, 'en', ctx('Asia/Vladivostok')).subject).toBe('Your warranty support ends after 1 July 2025');
  });

  it('leaves the purge paragraph out of an export ready mail while the service lasts', () => {
    const data = { ...(CASES[2].data as Extract<NotificationData, { template: 'EXPORT_READY' }>), backupsDeletedAt: null };
    expect(renderMail(data, 'ru', ctx()).text).not.toContain('резервные копии');
  });

  it('escapes the link inside the href attribute', () => {
    const mail = renderMail(CASES[2].data, 'en', ctx());
    expect(mail.html).toContain('href="https://help.example.org/downloads/abc?sig=1&amp;exp=2"');
  });

  it.each([
    ['a javascript: link', { link: 'javascript:alert(1)' }, /link must be an http\(s\) URL/],
    ['a relative link', { link: '/downloads/abc' }, /link must be an absolute http\(s\) URL/],
    ['a short checksum', { sha256: 'abc' }, /sha256 must be 64 hexadecimal/],
    ['a negative size', { sizeBytes: -1 }, /sizeBytes must be a non-negative integer/],
    ['a garbled expiry', { linkExpiresAt: 'next week' }, /linkExpiresAt must be an ISO-8601 instant/],
  ])('refuses %s with an error naming the field', (_label, patch, message) => {
    const data = { ...CASES[2].data, ...patch } as NotificationData;
    expect(() => renderMail(data, 'en', ctx())).toThrow(message);
  });

  it('refuses an unknown timezone as a permanent error', () => {
    const error = (() => {
      try {
        renderMail(CASES[3].data, 'ru', ctx('Mars/Olympus'));
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect(error).toMatchObject({ transient: false, message: expect.stringContaining('Mars/Olympus') });
  });

  it('refuses an unknown template and an unknown language', () => {
    expect(() => renderMail({ template: 'NOPE' } as unknown as NotificationData, 'en', ctx())).toThrow(/unknown notification template "NOPE"/);
    expect(() => renderMail(CASES[3].data, 'de' as Language, ctx())).toThrow(/language must be one of ru, en/);
  });
});
