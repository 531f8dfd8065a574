import { Contract } from './contract.rules';
import { DecisionInput, FollowUp, decideRequest } from './request-decision.rules';
import { Decision, Language, Product, ReasonCode, RequestKind } from './vocabulary';

/** Contracts whose E and P are written out by hand, not computed by the code under test. */
const ZONES = [
  { timezone: 'Europe/Moscow', lastServiceDay: '2026-08-31', end: '2026-08-31T21:00:00.000Z', purge: '2026-09-30T21:00:00.000Z' },
  { timezone: 'Asia/Vladivostok', lastServiceDay: '2026-12-31', end: '2026-12-31T14:00:00.000Z', purge: '2027-01-30T14:00:00.000Z' },
  { timezone: 'America/New_York', lastServiceDay: '2026-03-07', end: '2026-03-08T05:00:00.000Z', purge: '2026-04-07T05:00:00.000Z' },
  { timezone: 'America/New_York', lastServiceDay: '2026-10-31', end: '2026-11-01T04:00:00.000Z', purge: '2026-12-01T04:00:00.000Z' },
  { timezone: 'Asia/Kolkata', lastServiceDay: '2026-02-28', end: '2026-02-28T18:30:00.000Z', purge: '2026-03-30T18:30:00.000Z' },
  { timezone: 'UTC', lastServiceDay: '2024-02-29', end: '2024-03-01T00:00:00.000Z', purge: '2024-03-31T00:00:00.000Z' },
] as const;

type Moment = 'just before E' | 'at E' | 'just before P' | 'at P';
const MOMENTS: readonly Moment[] = ['just before E', 'at E', 'just before P', 'at P'];

interface Expected {
  decision: Decision;
  reasonCode: ReasonCode;
  followUp: FollowUp;
  dueAtEnd: boolean;
  exportFromBackup: boolean;
  offersExport: boolean;
  givesConsoleGuidance: boolean;
}

const approvedExport = (fromBackup: boolean): Expected => ({
  decision: Decision.APPROVED,
  reasonCode: fromBackup ? ReasonCode.EXPORT_FROM_RETAINED_BACKUP : ReasonCode.EXPORT_APPROVED,
  followUp: 'RUN_EXPORT', dueAtEnd: false, exportFromBackup: fromBackup, offersExport: false, givesConsoleGuidance: false,
});
const accessTask: Expected = {
  decision: Decision.APPROVED, reasonCode: ReasonCode.ACCESS_APPROVED,
  followUp: 'AGENT_TASK', dueAtEnd: true, exportFromBackup: false, offersExport: false, givesConsoleGuidance: false,
};
const rejected = (reasonCode: ReasonCode, extras: Partial<Expected> = {}): Expected => ({
  decision: Decision.REJECTED, reasonCode,
  followUp: 'NONE', dueAtEnd: false, exportFromBackup: false, offersExport: false, givesConsoleGuidance: false, ...extras,
});
const supportEnded = rejected(ReasonCode.SUPPORT_ENDED, { givesConsoleGuidance: true });
const dataOnCustomerServer: Expected = {
  decision: Decision.NEEDS_REVIEW, reasonCode: ReasonCode.DATA_ON_CUSTOMER_SERVER,
  followUp: 'AGENT_REVIEW', dueAtEnd: false, exportFromBackup: false, offersExport: false, givesConsoleGuidance: false,
};

/** The DESIGN.md table, one column per boundary instant. */
const TABLE: ReadonlyArray<[Product, RequestKind, Record<Moment, Expected>]> = [
  [Product.CLOUD, RequestKind.BACKUP_EXPORT, {
    'just before E': approvedExport(false),
    'at E': approvedExport(true),
    'just before P': approvedExport(true),
    'at P': rejected(ReasonCode.BACKUPS_PURGED),
  }],
  [Product.CLOUD, RequestKind.ROOT_ACCESS, {
    'just before E': rejected(ReasonCode.NOT_AVAILABLE_FOR_CLOUD, { offersExport: true }),
    'at E': rejected(ReasonCode.NOT_AVAILABLE_FOR_CLOUD, { offersExport: true }),
    'just before P': rejected(ReasonCode.NOT_AVAILABLE_FOR_CLOUD, { offersExport: true }),
    'at P': rejected(ReasonCode.NOT_AVAILABLE_FOR_CLOUD),
  }],
  [Product.CLOUD, RequestKind.ADMIN_ACCESS, {
    'just before E': accessTask,
    'at E': rejected(ReasonCode.SERVICE_ENDED, { offersExport: true }),
    'just before P': rejected(ReasonCode.SERVICE_ENDED, { offersExport: true }),
    'at P': rejected(ReasonCode.SERVICE_ENDED),
  }],
  [Product.SERVER, RequestKind.ROOT_ACCESS, {
    'just before E': accessTask, 'at E': supportEnded, 'just before P': supportEnded, 'at P': supportEnded,
  }],
  [Product.SERVER, RequestKind.ADMIN_ACCESS, {
    'just before E': accessTask, 'at E': supportEnded, 'just before P': supportEnded, 'at P': supportEnded,
  }],
  [Product.SERVER, RequestKind.BACKUP_EXPORT, {
    'just before E': dataOnCustomerServer, 'at E': supportEnded, 'just before P': supportEnded, 'at P': supportEnded,
  }],
];

const LINKS = {
  serverConsole: 'https://kb.example.test/console',
  passwordReset: ['https://kb.example.test/reset-1', 'https://kb.example.test/reset-2'],
};
const EXPORT_OFFER: Record<Language, string> = { ru: 'запросить выгрузку данных', en: 'request a data export' };

function instantOf(moment: Moment, zone: (typeof ZONES)[number]): Date {
  const ms = (iso: string): number => new Date(iso).getTime();
  switch (moment) {
    case 'just before E': return new Date(ms(zone.end) - 1);
    case 'at E': return new Date(zone.end);
    case 'just before P': return new Date(ms(zone.purge) - 1);
    case 'at P': return new Date(zone.purge);
  }
}

const CASES = ZONES.flatMap((zone) =>
  TABLE.flatMap(([product, kind, columns]) =>
    MOMENTS.flatMap((moment) =>
      (['ru', 'en'] as const).map((language) => ({ zone, product, kind, moment, language, expected: columns[moment] })),
    ),
  ),
);

describe(decideRequest.name, () => {
  it.each(CASES)(
    'decides $product $kind $moment in $zone.timezone (last day $zone.lastServiceDay, $language)',
    ({ zone, product, kind, moment, language, expected }) => {
      const contract: Contract = { product, lastServiceDay: zone.lastServiceDay, timezone: zone.timezone };
      const input: DecisionInput = {
        kind, contract, language, now: instantOf(moment, zone),
        classificationUncertain: false, existing: null, links: LINKS,
      };

      const result = decideRequest(input);

      expect({
        decision: result.decision,
        reasonCode: result.reasonCode,
        followUp: result.followUp,
        dueAt: result.dueAt?.toISOString() ?? null,
        exportFromBackup: result.exportFromBackup,
        offersExport: result.explanation.includes(EXPORT_OFFER[language]),
        givesConsoleGuidance: result.explanation.includes(LINKS.serverConsole)
          && LINKS.passwordReset.every((link) => result.explanation.includes(link)),
      }).toEqual({
        decision: expected.decision,
        reasonCode: expected.reasonCode,
        followUp: expected.followUp,
        dueAt: expected.dueAtEnd ? zone.end : null,
        exportFromBackup: expected.exportFromBackup,
        offersExport: expected.offersExport,
        givesConsoleGuidance: expected.givesConsoleGuidance,
      });
    },
  );

  it('gives the same decision for the same input', () => {
    const input: DecisionInput = {
      kind: RequestKind.BACKUP_EXPORT,
      contract: { product: Product.CLOUD, lastServiceDay: '2026-08-31', timezone: 'Europe/Moscow' },
      now: new Date('2026-09-10T10:00:00.000Z'),
      language: 'ru', classificationUncertain: false, existing: null, links: LINKS,
    };
    expect(decideRequest(input)).toEqual(decideRequest(input));
  });
});
