import { compareCalendarDates, isValidCalendarDate, nextDay, parseCalendarDate } from './calendar-date.util';
import { DomainErrorCode } from './domain.exception';

describe(isValidCalendarDate.name, () => {
  it.each([
    ['2026-08-31', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['0001-01-01', true],
    ['9999-12-31', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['0000-01-01', false],
    ['2026-8-31', false],
    ['26-08-31', false],
    ['2026-08-31T00:00:00Z', false],
    [' 2026-08-31', false],
    ['2026/08/31', false],
    ['31.08.2026', false],
    ['', false],
  ])('treats %j as valid: %s', (text, expected) => {
    expect(isValidCalendarDate(text)).toBe(expected);
  });
});

describe(parseCalendarDate.name, () => {
  it('names the bad value in its error', () => {
    expect(() => parseCalendarDate('2026-02-30')).toThrow(expect.objectContaining({
      code: DomainErrorCode.INVALID_CALENDAR_DATE,
      message: expect.stringContaining('"2026-02-30"'),
    }));
  });
});

describe(nextDay.name, () => {
  it.each([
    ['2026-08-30', '2026-08-31'],
    ['2026-08-31', '2026-09-01'],
    ['2026-04-30', '2026-05-01'],
    ['2026-12-31', '2027-01-01'],
    ['2024-02-28', '2024-02-29'],
    ['2024-02-29', '2024-03-01'],
    ['2023-02-28', '2023-03-01'],
    ['2100-02-28', '2100-03-01'],
  ])('follows %s with %s', (day, expected) => {
    expect(compareCalendarDates(nextDay(parseCalendarDate(day)), parseCalendarDate(expected))).toBe(0);
  });
});
