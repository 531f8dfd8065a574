import type { Language } from '@app/domain';
import { MailDeliveryError } from '../mail.exception';

const LOCALE: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };
const UNITS: Record<Language, readonly string[]> = {
  ru: ['байт', 'КБ', 'МБ', 'ГБ', 'ТБ'],
  en: ['bytes', 'KB', 'MB', 'GB', 'TB'],
};

interface Formats {
  dateTime: Intl.DateTimeFormat;
  day: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
}

/** Building Intl formats costs more than rendering a whole mail; a process sees few zones, so keep them. */
const FORMATS = new Map<string, Formats>();

function formatsFor(language: Language, timezone: string): Formats {
  const key = `${language} ${timezone}`;
  let formats = FORMATS.get(key);
  if (!formats) {
    const locale = LOCALE[language];
    try {
      formats = {
        dateTime: new Intl.DateTimeFormat(locale, { timeZone: timezone, dateStyle: 'long', timeStyle: 'short' }),
        day: new Intl.DateTimeFormat(locale, { timeZone: timezone, dateStyle: 'long' }),
        number: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
      };
    } catch {
      throw MailDeliveryError.invalid(`timezone ${JSON.stringify(timezone)} is not an IANA time zone`);
    }
    FORMATS.set(key, formats);
  }
  return formats;
}

/**
 * Dates and sizes as a customer reads them: in the organisation's timezone, named after the date so
 * nobody has to guess whose midnight it is. A private helper until `@app/domain` offers one.
 */
export class MailFormatter {
  private readonly formats: Formats;

  constructor(
    readonly language: Language,
    readonly timezone: string,
  ) {
    this.formats = formatsFor(language, timezone);
  }

  /** "14 июля 2025 г. в 15:30 (Europe/Moscow)" */
  dateTime(iso: string, field = 'date'): string {
    return `${this.formats.dateTime.format(parseInstant(iso, field))} (${this.timezone})`;
  }

  /** The calendar day the instant falls on in the organisation's timezone. */
  day(iso: string, field = 'date'): string {
    return this.formats.day.format(parseInstant(iso, field));
  }

  /**
   * End of service is the first instant of the day after the last day, so the last day is the one
   * holding the millisecond before it.
   */
  lastDayBefore(iso: string, field = 'date'): string {
    return this.formats.day.format(new Date(parseInstant(iso, field).getTime() - 1));
  }

  /** Binary units with the exact byte count, which is what a checksum-minded reader compares. */
  bytes(sizeBytes: number): string {
    if (!Number.isSafeInteger(sizeBytes) || sizeBytes < 0) {
      throw MailDeliveryError.invalid(`sizeBytes must be a non-negative integer, got ${sizeBytes}`);
    }
    const units = UNITS[this.language];
    const exact = `${this.formats.number.format(sizeBytes)} ${units[0]}`;
    if (sizeBytes < 1024) return exact;
    let value = sizeBytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit += 1;
    }
    return `${this.formats.number.format(value)} ${units[unit]} (${exact})`;
  }
}

function parseInstant(iso: string, field: string): Date {
  const date = new Date(iso);
  if (typeof iso !== 'string' || Number.isNaN(date.getTime())) {
    throw MailDeliveryError.invalid(`${field} must be an ISO-8601 instant, got ${JSON.stringify(String(iso).slice(0, 40))}`);
  }
  return date;
}
