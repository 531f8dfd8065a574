import { Contract } from './contract.rules';
import { EXPLANATIONS, ExplanationTexts, ServiceDates, describeServiceDates } from './explanation.texts';
import { decideRequest } from './request-decision.rules';
import { LANGUAGES, Language, Product, ReasonCode, RequestKind } from './vocabulary';

const CYRILLIC = /[а-яё]/i;
const LINKS = { serverConsole: 'https://kb.example.test/console', passwordReset: ['https://kb.example.test/reset'] };

/**
 * Each zone's purge instant P falls on a different calendar day there than in UTC, and the day after
 * D is what a careless text would print for E; neither may appear.
 */
const ZONES = [
  {
    contract: { lastServiceDay: '2026-08-31', timezone: 'Europe/Moscow' },
    end: '2026-08-31T21:00:00.000Z', purge: '2026-09-30T21:00:00.000Z',
    ru: { lastDay: '31.08.2026', purge: '01.10.2026 00:00', wrong: ['30.09.2026', '01.09.2026'] },
    en: { lastDay: '31 August 2026', purge: '1 October 2026, 00:00', wrong: ['30 September 2026', '1 September 2026'] },
  },
  {
    contract: { lastServiceDay: '2026-12-31', timezone: 'Asia/Vladivostok' },
    end: '2026-12-31T14:00:00.000Z', purge: '2027-01-30T14:00:00.000Z',
    ru: { lastDay: '31.12.2026', purge: '31.01.2027 00:00', wrong: ['30.01.2027', '01.01.2027'] },
    en: { lastDay: '31 December 2026', purge: '31 January 2027, 00:00', wrong: ['30 January 2027', '1 January 2027'] },
  },
  {
    contract: { lastServiceDay: '2026-10-31', timezone: 'America/New_York' },
    end: '2026-11-01T04:00:00.000Z', purge: '2026-12-01T04:00:00.000Z',
    ru: { lastDay: '31.10.2026', purge: '30.11.2026 23:00', wrong: ['01.12.2026', '01.11.2026'] },
    en: { lastDay: '31 October 2026', purge: '30 November 2026, 23:00', wrong: ['1 December 2026', '1 November 2026'] },
  },
  {
    contract: { lastServiceDay: '2026-02-28', timezone: 'Asia/Kolkata' },
    end: '2026-02-28T18:30:00.000Z', purge: '2026-03-30T18:30:00.000Z',
    ru: { lastDay: '28.02.2026', purge: '31.03.2026 00:00', wrong: ['30.03.2026', '01.03.2026'] },
    en: { lastDay: '28 February 2026', purge: '31 March 2026, 00:00', wrong: ['30 March 2026', '1 March 2026'] },
  },
] as const;

/** Requests whose texts state dates: when, what and which dates the text must show. */
const DATED = [
  { product: Product.CLOUD, kind: RequestKind.BACKUP_EXPORT, at: 'beforeEnd', reason: ReasonCode.EXPORT_APPROVED, showsPurge: false },
  { product: Product.CLOUD, kind: RequestKind.BACKUP_EXPORT, at: 'end', reason: ReasonCode.EXPORT_FROM_RETAINED_BACKUP, showsPurge: true },
  { product: Product.CLOUD, kind: RequestKind.BACKUP_EXPORT, at: 'purge', reason: ReasonCode.BACKUPS_PURGED, showsPurge: true },
  { product: Product.CLOUD, kind: RequestKind.ADMIN_ACCESS, at: 'beforeEnd', reason: ReasonCode.ACCESS_APPROVED, showsPurge: false },
  { product: Product.CLOUD, kind: RequestKind.ADMIN_ACCESS, at: 'end', reason: ReasonCode.SERVICE_ENDED, showsPurge: true },
  { product: Product.SERVER, kind: RequestKind.ROOT_ACCESS, at: 'beforeEnd', reason: ReasonCode.ACCESS_APPROVED, showsPurge: false },
  { product: Product.SERVER, kind: RequestKind.ROOT_ACCESS, at: 'end', reason: ReasonCode.SUPPORT_ENDED, showsPurge: false },
  { product: Product.SERVER, kind: RequestKind.BACKUP_EXPORT, at: 'beforeEnd', reason: ReasonCode.DATA_ON_CUSTOMER_SERVER, showsPurge: false },
] as const;

const CASES = ZONES.flatMap((zone) =>
  DATED.flatMap((row) => LANGUAGES.map((language) => ({ zone, row, language, tz: zone.contract.timezone }))),
);

/** Whole dates only: "31 January" must not count as a mention of "1 January". */
function mentionsDate(text: string, date: string): boolean {
  return new RegExp(`(^|[^0-9])${date.replace(/\./g, '\\.')}`).test(text);
}

function instant(at: 'beforeEnd' | 'end' | 'purge', zone: (typeof ZONES)[number]): Date {
  if (at === 'beforeEnd') return new Date(new Date(zone.end).getTime() - 1);
  return new Date(at === 'end' ? zone.end : zone.purge);
}

describe('customer explanations', () => {
  it.each(CASES)('writes $row.reason for $row.product $row.kind in $tz with the right dates in $language', ({ zone, row, language }) => {
    const contract: Contract = { product: row.product, ...zone.contract };
    const result = decideRequest({
      kind: row.kind, contract, now: instant(row.at, zone), language,
      classificationUncertain: false, existing: null, links: LINKS,
    });
    const expected = zone[language];

    expect(result.reasonCode).toBe(row.reason);
    expect(mentionsDate(result.explanation, expected.lastDay)).toBe(true);
    if (row.showsPurge) expect(result.explanation).toContain(`${expected.purge} (${zone.contract.timezone}`);
    for (const wrongDate of expected.wrong) expect(mentionsDate(result.explanation, wrongDate)).toBe(false);
    expect(CYRILLIC.test(result.explanation)).toBe(language === 'ru');
  });
});

const DATES: ServiceDates = { lastServiceDay: '<D>', backupsDeletedAt: '<P>' };
const ALL_TEXTS: ReadonlyArray<[string, (t: ExplanationTexts) => string, readonly string[]]> = [
  ['alreadyOpen', (t) => t.alreadyOpen(RequestKind.ROOT_ACCESS, 'req-1'), ['req-1']],
  ['exportLinkResent', (t) => t.exportLinkResent('req-1', '<X>'), ['req-1', '<X>']],
  ['noContract', (t) => t.noContract(RequestKind.ADMIN_ACCESS), []],
  ['lowConfidence', (t) => t.lowConfidence(RequestKind.BACKUP_EXPORT), []],
  ['exportApproved', (t) => t.exportApproved(DATES), ['<D>']],
  ['exportFromRetainedBackup', (t) => t.exportFromRetainedBackup(DATES), ['<D>', '<P>']],
  ['backupsPurged', (t) => t.backupsPurged(DATES), ['<D>', '<P>']],
  ['notAvailableForCloud with the export', (t) => t.notAvailableForCloud(RequestKind.ROOT_ACCESS, DATES, true), ['<P>']],
  ['notAvailableForCloud after the purge', (t) => t.notAvailableForCloud(RequestKind.ROOT_ACCESS, DATES, false), ['<P>']],
  ['accessApproved', (t) => t.accessApproved(RequestKind.ROOT_ACCESS, Product.SERVER, DATES), ['<D>']],
  ['serviceEnded', (t) => t.serviceEnded(RequestKind.ADMIN_ACCESS, DATES, true), ['<D>', '<P>']],
  ['supportEnded', (t) => t.supportEnded(RequestKind.ADMIN_ACCESS, DATES, { ...LINKS, knowledgeBase: '<KB>' }), ['<D>', LINKS.serverConsole, LINKS.passwordReset[0], '<KB>']],
  ['dataOnCustomerServer', (t) => t.dataOnCustomerServer(DATES), ['<D>']],
];

describe('EXPLANATIONS', () => {
  it.each(ALL_TEXTS.flatMap(([name, write, facts]) => LANGUAGES.map((language) => [name, language, write, facts] as const)))(
    'writes %s in %s with every fact it is given',
    (_, language: Language, write, facts) => {
      const text = write(EXPLANATIONS[language]);
      expect(CYRILLIC.test(text)).toBe(language === 'ru');
      for (const fact of facts) expect(text).toContain(fact);
    },
  );

  it('describes the contract dates with the purge in the organisation timezone', () => {
    const contract: Contract = { product: Product.CLOUD, lastServiceDay: '2026-10-31', timezone: 'America/New_York' };
    expect(describeServiceDates(contract, 'en')).toEqual({
      lastServiceDay: '31 October 2026',
      backupsDeletedAt: '30 November 2026, 23:00 (America/New_York, UTC-05:00)',
    });
  });
});
