import { Contract } from './contract.rules';
import { DomainErrorCode } from './domain.exception';
import { DecisionInput, ExistingWork, decideRequest } from './request-decision.rules';
import { Decision, Language, Product, ReasonCode, RequestKind } from './vocabulary';

// Moscow: E = 2026-08-31T21:00Z, P = 2026-09-30T21:00Z.
const CLOUD: Contract = { product: Product.CLOUD, lastServiceDay: '2026-08-31', timezone: 'Europe/Moscow' };
const SERVER: Contract = { ...CLOUD, product: Product.SERVER };
const BEFORE_END = new Date('2026-08-20T09:00:00.000Z');
const BETWEEN_END_AND_PURGE = new Date('2026-09-10T09:00:00.000Z');
const AFTER_PURGE = new Date('2026-11-01T09:00:00.000Z');

const OPEN: ExistingWork = { kind: 'OPEN_REQUEST', requestId: 'req-41' };
const VALID_EXPORT: ExistingWork = { kind: 'VALID_EXPORT', requestId: 'req-42', linkExpiresAt: new Date('2026-12-01T06:00:00.000Z') };

function input(overrides: Partial<DecisionInput>): DecisionInput {
  return {
    kind: RequestKind.BACKUP_EXPORT,
    contract: CLOUD,
    now: BEFORE_END,
    language: 'en',
    classificationUncertain: false,
    existing: null,
    links: { serverConsole: 'https://kb.example.test/console', passwordReset: ['https://kb.example.test/reset'] },
    ...overrides,
  };
}

describe(decideRequest.name, () => {
  describe('an existing request of the same kind comes first', () => {
    it.each([
      ['a cloud export before E', input({})],
      ['a server root request after E', input({ kind: RequestKind.ROOT_ACCESS, contract: SERVER, now: AFTER_PURGE })],
      ['an organisation without a contract', input({ contract: null })],
      ['an uncertain classification', input({ classificationUncertain: true })],
      ['a cloud export after the purge', input({ now: AFTER_PURGE })],
    ])('links %s to the open request without doing anything else', (_, base) => {
      const result = decideRequest({ ...base, existing: OPEN });
      expect(result).toMatchObject({
        decision: Decision.DUPLICATE, reasonCode: ReasonCode.ALREADY_OPEN, followUp: 'NONE', dueAt: null, exportFromBackup: false,
      });
      expect(result.explanation).toContain('req-41');
    });

    it.each([
      ['a cloud export before E', input({})],
      ['an organisation without a contract', input({ contract: null })],
      ['an uncertain classification', input({ classificationUncertain: true })],
    ])('re-sends the still valid export link for %s instead of making a new export', (_, base) => {
      const result = decideRequest({ ...base, existing: VALID_EXPORT });
      expect(result).toMatchObject({ decision: Decision.DUPLICATE, reasonCode: ReasonCode.ALREADY_OPEN, followUp: 'RESEND_EXPORT_LINK' });
      expect(result.explanation).toContain('req-42');
      expect(result.explanation).toContain('1 December 2026, 09:00 (Europe/Moscow, UTC+03:00)');
    });

    it('states the link expiry in the organisation timezone, not in Moscow or UTC', () => {
      const contract: Contract = { ...CLOUD, timezone: 'Asia/Vladivostok' };
      const existing: ExistingWork = { ...VALID_EXPORT, linkExpiresAt: new Date('2026-09-07T15:00:00.000Z') };
      const { explanation } = decideRequest(input({ contract, existing, language: 'ru' }));
      expect(explanation).toContain('08.09.2026 01:00 (Asia/Vladivostok, UTC+10:00)');
      expect(explanation).not.toContain('07.09.2026');
    });

    it('uses the default timezone for the link expiry of an organisation without a contract', () => {
      const existing: ExistingWork = { ...VALID_EXPORT, linkExpiresAt: new Date('2026-09-07T15:00:00.000Z') };
      const { explanation } = decideRequest(input({ contract: null, existing, language: 'ru' }));
      expect(explanation).toContain('07.09.2026 18:00 (Europe/Moscow, UTC+03:00)');
    });

    it('decides afresh when the export link has expired by now', () => {
      const expired: ExistingWork = { ...VALID_EXPORT, linkExpiresAt: BETWEEN_END_AND_PURGE };
      const result = decideRequest(input({ now: BETWEEN_END_AND_PURGE, existing: expired }));
      expect(result).toMatchObject({ reasonCode: ReasonCode.EXPORT_FROM_RETAINED_BACKUP, followUp: 'RUN_EXPORT' });
    });
  });

  describe('an organisation without a contract on record', () => {
    it.each([RequestKind.BACKUP_EXPORT, RequestKind.ROOT_ACCESS, RequestKind.ADMIN_ACCESS])(
      'sends a %s request to an agent, even when the classification is uncertain',
      (kind) => {
        const result = decideRequest(input({ kind, contract: null, classificationUncertain: true }));
        expect(result).toMatchObject({
          decision: Decision.NEEDS_REVIEW, reasonCode: ReasonCode.NO_CONTRACT, followUp: 'AGENT_REVIEW', dueAt: null,
        });
      },
    );
  });

  describe('an uncertain classification', () => {
    it.each([
      ['a cloud root request that the table would reject', input({ kind: RequestKind.ROOT_ACCESS })],
      ['a cloud export after the purge that the table would reject', input({ now: AFTER_PURGE })],
      ['a cloud export before E that the table would approve', input({})],
      ['a server admin request before E that the table would approve', input({ kind: RequestKind.ADMIN_ACCESS, contract: SERVER })],
      ['a server export after E that the table would reject', input({ contract: SERVER, now: BETWEEN_END_AND_PURGE })],
    ])('is neither rejected nor approved automatically: %s goes to an agent', (_, base) => {
      const result = decideRequest({ ...base, classificationUncertain: true });
      expect(result).toMatchObject({
        decision: Decision.NEEDS_REVIEW, reasonCode: ReasonCode.LOW_CONFIDENCE, followUp: 'AGENT_REVIEW', dueAt: null, exportFromBackup: false,
      });
    });
  });

  describe('bad input', () => {
    it.each<[string, Partial<DecisionInput>, DomainErrorCode, string]>([
      ['an impossible last day', { contract: { ...CLOUD, lastServiceDay: '2026-09-31' } }, DomainErrorCode.INVALID_CONTRACT, 'lastServiceDay'],
      ['an unknown timezone', { contract: { ...CLOUD, timezone: 'Europe/Atlantis' } }, DomainErrorCode.INVALID_CONTRACT, 'Europe/Atlantis'],
      ['an invalid now', { now: new Date('never') }, DomainErrorCode.INVALID_INSTANT, 'instant'],
      ['an unknown language', { language: 'fr' as Language }, DomainErrorCode.INVALID_LANGUAGE, '"fr"'],
      ['an unknown kind', { kind: 'COFFEE' as RequestKind }, DomainErrorCode.INVALID_REQUEST, 'COFFEE'],
      ['an existing request without id', { existing: { kind: 'OPEN_REQUEST', requestId: ' ' } }, DomainErrorCode.INVALID_REQUEST, 'requestId'],
      ['no console link', { links: { serverConsole: '', passwordReset: ['https://x.test'] } }, DomainErrorCode.INVALID_GUIDANCE_LINKS, 'serverConsole'],
      ['no password-reset article', { links: { serverConsole: 'https://x.test', passwordReset: [] } }, DomainErrorCode.INVALID_GUIDANCE_LINKS, 'passwordReset'],
    ])('refuses %s with an error naming the problem', (_, overrides, code, named) => {
      expect(() => decideRequest(input(overrides))).toThrow(expect.objectContaining({ code, message: expect.stringContaining(named) }));
    });
  });
});
