import { Product } from '@app/domain';

export type DemoScenario = 'cloud-active' | 'cloud-ended-10d' | 'cloud-ended-40d' | 'server-active' | 'server-ended';

export interface DemoOrganization {
  scenario: DemoScenario;
  externalId: string;
  name: string;
  product: Product;
  /** Days from today to the last day of service (negative: already ended). */
  lastServiceDayOffset: number;
  timezone: string;
  language: 'ru' | 'en';
}

/** One organisation per row of the rules table, dated relative to today. */
export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  { scenario: 'cloud-active', externalId: 'demo-cloud-active', name: 'Гимназия № 7 (облако)', product: Product.CLOUD, lastServiceDayOffset: 45, timezone: 'Europe/Moscow', language: 'ru' },
  { scenario: 'cloud-ended-10d', externalId: 'demo-cloud-ended-10d', name: 'Northfield College (cloud)', product: Product.CLOUD, lastServiceDayOffset: -10, timezone: 'Europe/London', language: 'en' },
  { scenario: 'cloud-ended-40d', externalId: 'demo-cloud-ended-40d', name: 'Колледж связи (облако)', product: Product.CLOUD, lastServiceDayOffset: -40, timezone: 'Asia/Vladivostok', language: 'ru' },
  { scenario: 'server-active', externalId: 'demo-server-active', name: 'Университет ИТМ (сервер)', product: Product.SERVER, lastServiceDayOffset: 90, timezone: 'Asia/Yekaterinburg', language: 'ru' },
  { scenario: 'server-ended', externalId: 'demo-server-ended', name: 'Lakeside Institute (server)', product: Product.SERVER, lastServiceDayOffset: -5, timezone: 'America/New_York', language: 'en' },
];

/** Today's calendar date in a timezone, moved by whole days. */
export function calendarDayFrom(now: Date, timezone: string, offsetDays: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offsetDays)).toISOString().slice(0, 10);
}
