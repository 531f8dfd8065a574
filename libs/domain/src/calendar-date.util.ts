import { DomainErrorCode, DomainException } from './domain.exception';

/** A day on the calendar, with no time and no zone: what a contract's "last day of service" is. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict `YYYY-MM-DD` naming a day that exists (no 2026-02-30, no 2026-2-3, no year 0000). */
export function isValidCalendarDate(d: string): boolean {
  return tryParseCalendarDate(d) !== null;
}

export function parseCalendarDate(text: string): CalendarDate {
  const date = tryParseCalendarDate(text);
  if (date === null) {
    throw new DomainException(
      DomainErrorCode.INVALID_CALENDAR_DATE,
      `Not a calendar date in the form YYYY-MM-DD that exists: ${JSON.stringify(text)}`,
    );
  }
  return date;
}

export function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function nextDay(date: CalendarDate): CalendarDate {
  if (date.day < daysInMonth(date.year, date.month)) return { ...date, day: date.day + 1 };
  if (date.month < 12) return { year: date.year, month: date.month + 1, day: 1 };
  return { year: date.year + 1, month: 1, day: 1 };
}

/** Negative when `a` is earlier than `b`, zero on the same day, positive when later. */
export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The instant at which this date's midnight would fall if the wall clock were UTC. */
export function midnightAsIfUtc(date: CalendarDate): number {
  const instant = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0..99 to 1900..1999.
  instant.setUTCFullYear(date.year, date.month - 1, date.day);
  return instant.getTime();
}

function tryParseCalendarDate(text: unknown): CalendarDate | null {
  if (typeof text !== 'string') return null;
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
