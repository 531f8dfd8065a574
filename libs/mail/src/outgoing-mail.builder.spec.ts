import { stableMessageId } from './message-id.util';
import { buildMailOptions, NOTIFICATION_ID_HEADER, type OutgoingMail, parseSender } from './outgoing-mail.builder';

const ID = '3f1c2a9e-8d4b-4c1e-9a7f-0b6d5e4c3b2a';
const mail = (patch: Partial<OutgoingMail> = {}): OutgoingMail => ({
  notificationId: ID,
  to: ['customer@example.org'],
  rendered: { subject: 'Ticket #1: received', text: 'text', html: '<p>html</p>' },
  ...patch,
});
const sender = { name: 'Support', address: 'support@vendor.example' };

describe(stableMessageId.name, () => {
  it('gives the same Message-ID for the same notification on every call', () => {
    expect(stableMessageId(ID, 'mail.vendor.example')).toBe(`<${ID}@mail.vendor.example>`);
    expect(stableMessageId(ID.toUpperCase(), 'MAIL.vendor.example')).toBe(stableMessageId(ID, 'mail.vendor.example'));
  });

  it.each([
    ['a notification id that is not a UUID', 'job-42', 'vendor.example', /notificationId must be a UUID/],
    ['a domain with a space', ID, 'vendor example', /messageIdDomain must be a host name/],
    ['a domain with a bracket', ID, 'vendor.example>', /messageIdDomain must be a host name/],
  ])('refuses %s', (_label, id, domain, message) => {
    expect(() => stableMessageId(id, domain)).toThrow(message);
  });
});

describe(parseSender.name, () => {
  it.each([
    ['support@vendor.example', { name: '', address: 'support@vendor.example' }],
    ['Поддержка <support@vendor.example>', { name: 'Поддержка', address: 'support@vendor.example' }],
    ['"Support, Inc" <support@vendor.example>', { name: 'Support, Inc', address: 'support@vendor.example' }],
  ])('reads %s', (from, expected) => {
    expect(parseSender(from)).toEqual(expected);
  });

  it('refuses a sender spread over two lines', () => {
    expect(() => parseSender('Support\r\n <support@vendor.example>')).toThrow(/on one line/);
  });
});

describe(buildMailOptions.name, () => {
  it('sets the stable Message-ID and the notification id header', () => {
    const built = buildMailOptions(mail(), sender, 'vendor.example');
    expect(built.messageId).toBe(`<${ID}@vendor.example>`);
    expect(built.options.messageId).toBe(built.messageId);
    expect(built.options.headers).toEqual({ [NOTIFICATION_ID_HEADER]: ID });
  });

  it('flattens a subject with line breaks', () => {
    const built = buildMailOptions(mail({ rendered: { subject: 'Hi\r\nBcc: x@example.org', text: 't', html: 'h' } }), sender, 'vendor.example');
    expect(built.options.subject).toBe('Hi Bcc: x@example.org');
  });

  it.each([
    ['a header value with a line break', { 'X-Trace': 'a\r\nBcc: x@example.org' }, /X-Trace must be a single-line string/],
    ['a header name with a colon', { 'X-Trace:': 'a' }, /is not a valid token/],
    ['an override of Bcc', { Bcc: 'x@example.org' }, /set by the mail transport/],
    ['an override of the notification id', { 'x-helpdesk-notification-id': 'other' }, /set by the mail transport/],
  ])('refuses %s', (_label, headers, message) => {
    expect(() => buildMailOptions(mail({ headers }), sender, 'vendor.example')).toThrow(message);
  });

  it('accepts an ordinary extra header', () => {
    const built = buildMailOptions(mail({ headers: { 'X-Ticket': '42' } }), sender, 'vendor.example');
    expect(built.options.headers).toMatchObject({ 'X-Ticket': '42' });
  });

  it('refuses a subject that is empty once flattened', () => {
    expect(() => buildMailOptions(mail({ rendered: { subject: '\r\n', text: 't', html: 'h' } }), sender, 'vendor.example')).toThrow(/subject is empty/);
  });
});
