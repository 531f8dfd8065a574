import { CalendarDate, compareCalendarDates, formatIsoDate, midnightAsIfUtc, nextDay } from './calendar-date.util';
import { DomainErrorCode, DomainException } from './domain.exception';

/** Local wall-clock reading of an instant in a zone, and the zone's offset from UTC at that instant. */
export interface WallClock {
  readonly date: CalendarDate;
  readonly hour: number;
  readonly minute: number;
  readonly offsetMs: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

// IANA names only: Intl also accepts offsets such as "+03:00", which follow no daylight-saving rules
// and so are not a place an organisation can be in.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Where a day ends in a zone, once worked out (a dozen Intl readings): it does not change while the
 * process runs, and every decision asks for its contract's end of service several times. Oldest
 * first out beyond the bound, which is far above the number of contracts in use.
 */
const nextDayStarts = new Map<string, number>();
const NEXT_DAY_STARTS_MAX = 10_000;

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || !IANA_NAME.test(tz)) return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

export function assertValidTimeZone(tz: string): void {
  if (!isValidTimeZone(tz)) {
    throw new DomainException(
      DomainErrorCode.INVALID_TIME_ZONE,
      `Not an IANA time zone (such as Europe/Moscow): ${JSON.stringify(tz)}`,
    );
  }
}

export function wallClockAt(instant: Date, tz: string): WallClock {
  assertValidTimeZone(tz);
  const epochMs = assertValidInstant(instant);
  const offsetMs = offsetAt(epochMs, tz);
  const local = new Date(epochMs + offsetMs);
  return {
    date: { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() },
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    offsetMs,
  };
}

/**
 * The first instant whose local date in `tz` is later than `date`: the start of the next day.
 *
 * Usually that is the next day's 00:00, but a clock change can skip midnight (America/Santiago
 * springs forward at 24:00, so the day starts at 01:00), repeat it, or skip a whole day
 * (Pacific/Apia, 2011-12-30).
 */
export function startOfNextDay(date: CalendarDate, tz: string): Date {
  assertValidTimeZone(tz);
  const key = `${tz} ${formatIsoDate(date)}`;
  let startMs = nextDayStarts.get(key);
  if (startMs === undefined) {
    startMs = findStartOfNextDay(date, tz);
    if (nextDayStarts.size >= NEXT_DAY_STARTS_MAX) nextDayStarts.delete(nextDayStarts.keys().next().value!);
    nextDayStarts.set(key, startMs);
  }
  return new Date(startMs);
}

/**
 * The candidates are the next midnight read with each offset the zone uses around it; the answer
 * is the earliest candidate where the local date actually turns over.
 */
function findStartOfNextDay(date: CalendarDate, tz: string): number {
  const nextMidnight = midnightAsIfUtc(nextDay(date));
  const offsetsNearby = new Set([-DAY_MS, 0, DAY_MS].map((shift) => offsetAt(nextMidnight + shift, tz)));
  const dayTurnsOver = (epochMs: number): boolean =>
    compareCalendarDates(localDate(epochMs, tz), date) > 0 &&
    compareCalendarDates(localDate(epochMs - 1, tz), date) <= 0;
  const candidates = [...offsetsNearby].map((offset) => nextMidnight - offset).filter(dayTurnsOver);
  if (candidates.length === 0) {
    throw new DomainException(
      DomainErrorCode.INVALID_CALENDAR_DATE,
      `Cannot find where ${formatIsoDate(date)} ends in ${tz}: the zone changes its offset more than once around it`,
    );
  }
  return Math.min(...candidates);
}

export function assertValidInstant(instant: Date): number {
  const epochMs = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(epochMs)) {
    throw new DomainException(DomainErrorCode.INVALID_INSTANT, `Not a valid instant: ${String(instant)}`);
  }
  return epochMs;
}

function localDate(epochMs: number, tz: string): CalendarDate {
  const local = new Date(epochMs + offsetAt(epochMs, tz));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** Milliseconds to add to UTC to get the zone's wall clock at that instant. */
function offsetAt(epochMs: number, tz: string): number {
  // Intl reads whole seconds; old local-mean-time offsets have seconds too, so no coarser rounding.
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const parts = formatterFor(tz).formatToParts(new Date(wholeSecond));
  const field = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = era === 'BC' ? 1 - field('year') : field('year');
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(year, field('month') - 1, field('day'));
  wallClock.setUTCHours(field('hour'), field('minute'), field('second'));
  return wallClock.getTime() - wholeSecond;
}

function formatterFor(tz: string): Intl.DateTimeFormat {
  let formatter = formatters.get(tz);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, formatter);
  }
  return formatter;
}
