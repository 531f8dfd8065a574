import { parseSmtpUrl } from './smtp.delivery';

describe(parseSmtpUrl.name, () => {
  it.each([
    ['smtp://127.0.0.1:2525', { host: '127.0.0.1', port: 2525, secure: false, auth: undefined }],
    ['smtp://relay.example.org', { host: 'relay.example.org', port: 587, secure: false, auth: undefined }],
    ['smtps://relay.example.org', { host: 'relay.example.org', port: 465, secure: true, auth: undefined }],
    ['smtps://mailer%40vendor:p%40ss%3Aword@relay.example.org:2465', { host: 'relay.example.org', port: 2465, secure: true, auth: { user: 'mailer@vendor', pass: 'p@ss:word' } }],
    ['smtp://[::1]:25', { host: '::1', port: 25, secure: false, auth: undefined }],
  ])('reads %s', (url, expected) => {
    expect(parseSmtpUrl(url)).toEqual(expected);
  });

  it.each([
    ['not a URL', 'relay.example.org:25', /SMTP_URL must use smtp:\/\/ or smtps:\/\//],
    ['garbage', '::::', /SMTP_URL is not a valid URL/],
    ['another scheme', 'https://user:hunter2@relay.example.org', /got "https:"/],
  ])('refuses %s without repeating the URL', (_label, url, message) => {
    expect(() => parseSmtpUrl(url)).toThrow(message);
    expect(() => parseSmtpUrl(url)).not.toThrow(/hunter2/);
  });
});
