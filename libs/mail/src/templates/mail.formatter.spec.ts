import { MailFormatter } from './mail.formatter';

describe(MailFormatter.name, () => {
  it.each([
    [0, 'en', '0 bytes'],
    [1023, 'en', '1,023 bytes'],
    [1536, 'en', '1.5 KB (1,536 bytes)'],
    [10 * 1024 ** 2, 'en', '10 MB (10,485,760 bytes)'],
    [5 * 1024 ** 4, 'en', '5 TB (5,497,558,138,880 bytes)'],
    [1536, 'ru', '1,5 КБ (1\u00a0536 байт)'],
  ] as const)('writes %d bytes in %s as %s', (bytes, language, expected) => {
    expect(new MailFormatter(language, 'UTC').bytes(bytes)).toBe(expected);
  });

  it.each([
    ['Europe/Moscow', '2025-03-30T21:00:00Z', '31 March 2025 at 00:00 (Europe/Moscow)'],
    ['Europe/Berlin', '2025-03-30T00:30:00Z', '30 March 2025 at 01:30 (Europe/Berlin)'],
    ['Europe/Berlin', '2025-03-30T01:30:00Z', '30 March 2025 at 03:30 (Europe/Berlin)'],
    ['America/New_York', '2025-01-01T03:00:00Z', '31 December 2024 at 22:00 (America/New_York)'],
  ])('shows an instant in %s, daylight saving included', (timezone, iso, expected) => {
    expect(new MailFormatter('en', timezone).dateTime(iso)).toBe(expected);
  });

  it.each([
    ['Europe/Moscow', '2025-06-30T21:00:00Z', '30 June 2025'],
    ['Asia/Vladivostok', '2025-06-30T14:00:00Z', '30 June 2025'],
    ['America/New_York', '2025-07-01T04:00:00Z', '30 June 2025'],
  ])('names the last day before an end of service in %s', (timezone, endOfService, expected) => {
    expect(new MailFormatter('en', timezone).lastDayBefore(endOfService)).toBe(expected);
  });

  it('refuses a fractional size and a garbled date, naming the field', () => {
    const f = new MailFormatter('en', 'UTC');
    expect(() => f.bytes(1.5)).toThrow(/sizeBytes/);
    expect(() => f.dateTime('yesterday', 'receivedAt')).toThrow(/receivedAt must be an ISO-8601 instant/);
  });
});
