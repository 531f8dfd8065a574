import { compareCalendarDates, parseCalendarDate } from './calendar-date.util';
import { isValidTimeZone, startOfNextDay, wallClockAt } from './time-zone.util';

describe(isValidTimeZone.name, () => {
  it.each([
    ['Europe/Moscow', true],
    ['Asia/Vladivostok', true],
    ['America/New_York', true],
    ['America/Argentina/Buenos_Aires', true],
    ['Asia/Kolkata', true],
    ['UTC', true],
    ['Etc/GMT+3', true],
    ['Mars/Olympus_Mons', false],
    ['+03:00', false],
    ['-05:00', false],
    ['MSK+1', false],
    ['Europe/Moscow ', false],
    ['', false],
  ])('treats %j as valid: %s', (tz, expected) => {
    expect(isValidTimeZone(tz)).toBe(expected);
  });
});

describe(startOfNextDay.name, () => {
  it.each([
    ['Europe/Moscow', '2026-08-31', '2026-08-31T21:00:00.000Z'],
    ['Asia/Vladivostok', '2026-12-31', '2026-12-31T14:00:00.000Z'],
    ['Asia/Kolkata', '2026-02-28', '2026-02-28T18:30:00.000Z'],
    ['Asia/Kathmandu', '2026-08-31', '2026-08-31T18:15:00.000Z'],
    ['UTC', '2024-02-29', '2024-03-01T00:00:00.000Z'],
    // New York springs forward at 02:00 on 2026-03-08 and falls back at 02:00 on 2026-11-01.
    ['America/New_York', '2026-03-07', '2026-03-08T05:00:00.000Z'],
    ['America/New_York', '2026-03-08', '2026-03-09T04:00:00.000Z'],
    ['America/New_York', '2026-10-31', '2026-11-01T04:00:00.000Z'],
    ['America/New_York', '2026-11-01', '2026-11-02T05:00:00.000Z'],
    // Santiago changes its clocks at midnight: 2024-09-08 has no 00:00, it starts at 01:00.
    ['America/Santiago', '2024-09-07', '2024-09-08T04:00:00.000Z'],
    ['America/Santiago', '2024-04-06', '2024-04-07T04:00:00.000Z'],
    // Apia skipped 2011-12-30 altogether: the day after the 29th is the 31st.
    ['Pacific/Apia', '2011-12-29', '2011-12-30T10:00:00.000Z'],
    // Moscow was at +04:00 from 2011 to 2014.
    ['Europe/Moscow', '2013-06-30', '2013-06-30T20:00:00.000Z'],
  ])('ends the day in %s on %s at %s', (tz, day, expected) => {
    expect(startOfNextDay(parseCalendarDate(day), tz).toISOString()).toBe(expected);
  });

  it('turns the local date over exactly at the computed instant, in every zone the runtime knows', () => {
    const days = ['2026-01-01', '2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01', '2011-03-27', '1995-12-31'];
    const misplaced: string[] = [];
    for (const tz of Intl.supportedValuesOf('timeZone')) {
      for (const text of days) {
        const day = parseCalendarDate(text);
        const end = startOfNextDay(day, tz);
        const dayAtEnd = wallClockAt(end, tz).date;
        const dayJustBefore = wallClockAt(new Date(end.getTime() - 1), tz).date;
        if (compareCalendarDates(dayAtEnd, day) <= 0 || compareCalendarDates(dayJustBefore, day) !== 0) {
          misplaced.push(`${tz} ${text} → ${end.toISOString()}`);
        }
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('answers a day asked again with the same instant, which no caller can change for the next', () => {
    const first = startOfNextDay(parseCalendarDate('2026-03-07'), 'America/New_York');
    first.setTime(0);
    expect(startOfNextDay(parseCalendarDate('2026-03-07'), 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfNextDay(parseCalendarDate('2026-03-07'), 'Europe/Moscow').toISOString()).toBe('2026-03-07T21:00:00.000Z');
  });
});

describe(wallClockAt.name, () => {
  it.each([
    ['2026-08-31T21:00:00.000Z', 'Europe/Moscow', '2026-09-01 00:00 180'],
    ['2026-08-31T20:59:59.999Z', 'Europe/Moscow', '2026-08-31 23:59 180'],
    ['2026-08-31T18:30:00.000Z', 'Asia/Kolkata', '2026-09-01 00:00 330'],
    ['2026-03-08T07:00:00.000Z', 'America/New_York', '2026-03-08 03:00 -240'],
    ['2026-03-08T06:59:59.999Z', 'America/New_York', '2026-03-08 01:59 -300'],
  ])('reads %s in %s as %s', (instant, tz, expected) => {
    const clock = wallClockAt(new Date(instant), tz);
    const { year, month, day } = clock.date;
    const pad = (n: number): string => String(n).padStart(2, '0');
    expect(`${year}-${pad(month)}-${pad(day)} ${pad(clock.hour)}:${pad(clock.minute)} ${clock.offsetMs / 60_000}`).toBe(expected);
  });
});
