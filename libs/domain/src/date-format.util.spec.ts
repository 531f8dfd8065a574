import { DomainErrorCode } from './domain.exception';
import { formatCalendarDate, formatDate, formatDateTime } from './date-format.util';
import { Language } from './vocabulary';

describe(formatDate.name, () => {
  it.each<[string, string, Language, string]>([
    ['2026-08-31T12:00:00.000Z', 'Europe/Moscow', 'ru', '31.08.2026'],
    ['2026-08-31T12:00:00.000Z', 'Europe/Moscow', 'en', '31 August 2026'],
    // The same instant is already the next day in Vladivostok and still the day before in New York.
    ['2026-08-31T14:00:00.000Z', 'Asia/Vladivostok', 'ru', '01.09.2026'],
    ['2026-08-31T13:59:59.999Z', 'Asia/Vladivostok', 'ru', '31.08.2026'],
    ['2026-09-01T03:59:59.999Z', 'America/New_York', 'en', '31 August 2026'],
    ['2026-09-01T04:00:00.000Z', 'America/New_York', 'en', '1 September 2026'],
    ['2026-08-31T18:30:00.000Z', 'Asia/Kolkata', 'en', '1 September 2026'],
    ['2026-08-31T18:29:59.999Z', 'Asia/Kolkata', 'ru', '31.08.2026'],
    ['2026-12-31T23:59:59.999Z', 'UTC', 'en', '31 December 2026'],
  ])('writes %s in %s for %s readers as %s', (instant, tz, language, expected) => {
    expect(formatDate(new Date(instant), tz, language)).toBe(expected);
  });

  it('refuses an unknown zone, naming it', () => {
    expect(() => formatDate(new Date(), 'Europe/Atlantis', 'en')).toThrow(expect.objectContaining({
      code: DomainErrorCode.INVALID_TIME_ZONE,
      message: expect.stringContaining('Europe/Atlantis'),
    }));
  });

  it('refuses an invalid instant', () => {
    expect(() => formatDate(new Date('soon'), 'UTC', 'en')).toThrow(expect.objectContaining({ code: DomainErrorCode.INVALID_INSTANT }));
  });

  it('refuses a language it has no texts for', () => {
    expect(() => formatDate(new Date(), 'UTC', 'de' as Language)).toThrow(expect.objectContaining({
      code: DomainErrorCode.INVALID_LANGUAGE,
      message: expect.stringContaining('"de"'),
    }));
  });
});

describe(formatDateTime.name, () => {
  it.each<[string, string, Language, string]>([
    ['2026-09-30T21:00:00.000Z', 'Europe/Moscow', 'ru', '01.10.2026 00:00 (Europe/Moscow, UTC+03:00)'],
    ['2026-09-30T21:00:00.000Z', 'Europe/Moscow', 'en', '1 October 2026, 00:00 (Europe/Moscow, UTC+03:00)'],
    ['2026-12-01T04:00:00.000Z', 'America/New_York', 'en', '30 November 2026, 23:00 (America/New_York, UTC-05:00)'],
    ['2026-04-07T05:00:00.000Z', 'America/New_York', 'ru', '07.04.2026 01:00 (America/New_York, UTC-04:00)'],
    ['2026-03-30T18:30:00.000Z', 'Asia/Kolkata', 'en', '31 March 2026, 00:00 (Asia/Kolkata, UTC+05:30)'],
    ['2024-03-31T00:00:00.000Z', 'UTC', 'ru', '31.03.2024 00:00 (UTC)'],
  ])('writes %s in %s for %s readers as %s', (instant, tz, language, expected) => {
    expect(formatDateTime(new Date(instant), tz, language)).toBe(expected);
  });
});

describe(formatCalendarDate.name, () => {
  it.each<[string, Language, string]>([
    ['2026-01-05', 'ru', '05.01.2026'],
    ['2026-01-05', 'en', '5 January 2026'],
    ['2024-02-29', 'en', '29 February 2024'],
  ])('writes %s for %s readers as %s', (day, language, expected) => {
    expect(formatCalendarDate(day, language)).toBe(expected);
  });
});
