import { CalendarDate, parseCalendarDate } from './calendar-date.util';
import { DomainErrorCode, DomainException } from './domain.exception';
import { wallClockAt } from './time-zone.util';
import { LANGUAGES, Language } from './vocabulary';

// Spelled out rather than taken from Intl so customer texts do not change with the ICU version.
const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** A calendar day as customers read it: ru "31.08.2026", en "31 August 2026". */
export function formatCalendarDate(date: CalendarDate | string, language: Language): string {
  assertLanguage(language);
  const { year, month, day } = typeof date === 'string' ? parseCalendarDate(date) : date;
  if (language === 'ru') return `${pad2(day)}.${pad2(month)}.${String(year).padStart(4, '0')}`;
  return `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}

/** The calendar date of an instant in a timezone, for customer texts. */
export function formatDate(instant: Date, timezone: string, language: Language): string {
  return formatCalendarDate(wallClockAt(instant, timezone).date, language);
}

/**
 * Date and HH:mm in the timezone, with the zone's name and offset so that a reader elsewhere
 * cannot mistake it: ru "01.10.2026 00:00 (Europe/Moscow, UTC+03:00)",
 * en "1 October 2026, 00:00 (Europe/Moscow, UTC+03:00)".
 */
export function formatDateTime(instant: Date, timezone: string, language: Language): string {
  const clock = wallClockAt(instant, timezone);
  const date = formatCalendarDate(clock.date, language);
  const separator = language === 'ru' ? ' ' : ', ';
  return `${date}${separator}${pad2(clock.hour)}:${pad2(clock.minute)} (${zoneLabel(timezone, clock.offsetMs)})`;
}

export function assertLanguage(language: Language): void {
  if (!LANGUAGES.includes(language)) {
    throw new DomainException(
      DomainErrorCode.INVALID_LANGUAGE,
      `Language must be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(language)}`,
    );
  }
}

/** The zone as the organisation's settings name it: ICU would rename Asia/Kolkata to Asia/Calcutta. */
function zoneLabel(name: string, offsetMs: number): string {
  if (offsetMs === 0 && /^(Etc\/)?(UTC|UCT|Universal|Zulu)$/i.test(name)) return 'UTC';
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${name}, UTC${sign}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
