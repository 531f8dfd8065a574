import { Contract, assertValidContract, backupPurgeAt, endOfService } from './contract.rules';
import { assertLanguage, formatDateTime } from './date-format.util';
import { DomainErrorCode, DomainException } from './domain.exception';
import { EXPLANATIONS, ExplanationTexts, GuidanceLinks, ServiceDates, describeServiceDates } from './explanation.texts';
import { assertValidInstant } from './time-zone.util';
import { DEFAULT_TIMEZONE, Decision, Language, Product, ReasonCode, RequestKind } from './vocabulary';

/** Work of the same kind the organisation already has, found by the caller. */
// `reference` is how the customer knows the existing work (its ticket number); the id when absent.
export type ExistingWork =
  | { kind: 'OPEN_REQUEST'; requestId: string; reference?: string }
  | { kind: 'VALID_EXPORT'; requestId: string; linkExpiresAt: Date; reference?: string };

export interface DecisionInput {
  kind: RequestKind;
  /** null: an organisation without a contract on record. */
  contract: Contract | null;
  now: Date;
  language: Language;
  /** The classifier's needsReview. */
  classificationUncertain: boolean;
  /** The same kind already open, or a finished export whose link is still valid. */
  existing: ExistingWork | null;
  links: GuidanceLinks;
}

/** What the system does next with the request. */
export type FollowUp = 'RUN_EXPORT' | 'RESEND_EXPORT_LINK' | 'AGENT_TASK' | 'AGENT_REVIEW' | 'NONE';

export interface RequestDecision {
  decision: Decision;
  reasonCode: ReasonCode;
  /** For the customer, in the ticket's language, dates in the organisation's timezone. */
  explanation: string;
  followUp: FollowUp;
  /** Approved access tasks: E, the work must be done before it. Otherwise null. */
  dueAt: Date | null;
  /** A cloud export approved from E on is made from the retained backup: the live system is off. */
  exportFromBackup: boolean;
}

/** Everything a rule of the table looks at, worked out once. */
interface Situation {
  kind: RequestKind;
  contract: Contract;
  /** now < E: the service (cloud) or warranty support (server) still lasts. */
  beforeEnd: boolean;
  /** now < P: the vendor still holds backups of a cloud customer's data. */
  beforePurge: boolean;
  endOfService: Date;
  dates: ServiceDates;
  texts: ExplanationTexts;
  links: GuidanceLinks;
}

/**
 * The contract rules: what happens to one request of a ticket. Pure: the same input always gives
 * the same decision. Earlier rules win: a duplicate is a duplicate whatever the contract says, and
 * an uncertain classification is never rejected or approved automatically.
 */
export function decideRequest(input: DecisionInput): RequestDecision {
  assertValidInput(input);
  const texts = EXPLANATIONS[input.language];
  const { kind, contract, existing } = input;

  if (existing !== null && isStillValid(existing, input.now)) {
    return decideDuplicate(existing, kind, input.language, contract?.timezone ?? DEFAULT_TIMEZONE, texts);
  }
  if (contract === null) {
    return needsAgentReview(ReasonCode.NO_CONTRACT, texts.noContract(kind));
  }
  if (input.classificationUncertain) {
    return needsAgentReview(ReasonCode.LOW_CONFIDENCE, texts.lowConfidence(kind));
  }

  const now = input.now.getTime();
  const endOfServiceAt = endOfService(contract);
  const situation: Situation = {
    kind,
    contract,
    beforeEnd: now < endOfServiceAt.getTime(),
    beforePurge: now < backupPurgeAt(contract).getTime(),
    endOfService: endOfServiceAt,
    dates: describeServiceDates(contract, input.language),
    texts,
    links: input.links,
  };
  return contract.product === Product.CLOUD ? decideForCloud(situation) : decideForServer(situation);
}

function decideForCloud(s: Situation): RequestDecision {
  switch (s.kind) {
    case RequestKind.BACKUP_EXPORT:
      if (s.beforeEnd) return runExport(ReasonCode.EXPORT_APPROVED, s.texts.exportApproved(s.dates), false);
      if (s.beforePurge) {
        return runExport(ReasonCode.EXPORT_FROM_RETAINED_BACKUP, s.texts.exportFromRetainedBackup(s.dates), true);
      }
      return reject(ReasonCode.BACKUPS_PURGED, s.texts.backupsPurged(s.dates));
    case RequestKind.ROOT_ACCESS:
      // The cloud runs on the vendor's machines: never, whatever the dates; the export is the way out.
      return reject(ReasonCode.NOT_AVAILABLE_FOR_CLOUD, s.texts.notAvailableForCloud(s.kind, s.dates, s.beforePurge));
    case RequestKind.ADMIN_ACCESS:
      if (s.beforeEnd) return approveAccessTask(s);
      return reject(ReasonCode.SERVICE_ENDED, s.texts.serviceEnded(s.kind, s.dates, s.beforePurge));
    default:
      return unknownKind(s.kind);
  }
}

function decideForServer(s: Situation): RequestDecision {
  switch (s.kind) {
    case RequestKind.ROOT_ACCESS:
    case RequestKind.ADMIN_ACCESS:
      if (s.beforeEnd) return approveAccessTask(s);
      return reject(ReasonCode.SUPPORT_ENDED, s.texts.supportEnded(s.kind, s.dates, s.links));
    case RequestKind.BACKUP_EXPORT:
      if (s.beforeEnd) {
        return needsAgentReview(ReasonCode.DATA_ON_CUSTOMER_SERVER, s.texts.dataOnCustomerServer(s.dates));
      }
      return reject(ReasonCode.SUPPORT_ENDED, s.texts.supportEnded(s.kind, s.dates, s.links));
    default:
      return unknownKind(s.kind);
  }
}

function decideDuplicate(
  existing: ExistingWork,
  kind: RequestKind,
  language: Language,
  timezone: string,
  texts: ExplanationTexts,
): RequestDecision {
  if (existing.kind === 'VALID_EXPORT') {
    const expires = formatDateTime(existing.linkExpiresAt, timezone, language);
    const explanation = texts.exportLinkResent(existing.reference ?? existing.requestId, expires);
    return outcome(Decision.DUPLICATE, ReasonCode.ALREADY_OPEN, explanation, 'RESEND_EXPORT_LINK');
  }
  const explanation = texts.alreadyOpen(kind, existing.reference ?? existing.requestId);
  return outcome(Decision.DUPLICATE, ReasonCode.ALREADY_OPEN, explanation, 'NONE');
}

/** A link that expired by now is no longer something to re-send: the request is decided afresh. */
function isStillValid(existing: ExistingWork, now: Date): boolean {
  return existing.kind !== 'VALID_EXPORT' || now.getTime() < existing.linkExpiresAt.getTime();
}

function approveAccessTask(s: Situation): RequestDecision {
  const explanation = s.texts.accessApproved(s.kind, s.contract.product, s.dates);
  return { ...outcome(Decision.APPROVED, ReasonCode.ACCESS_APPROVED, explanation, 'AGENT_TASK'), dueAt: s.endOfService };
}

function runExport(reasonCode: ReasonCode, explanation: string, fromBackup: boolean): RequestDecision {
  return { ...outcome(Decision.APPROVED, reasonCode, explanation, 'RUN_EXPORT'), exportFromBackup: fromBackup };
}

function reject(reasonCode: ReasonCode, explanation: string): RequestDecision {
  return outcome(Decision.REJECTED, reasonCode, explanation, 'NONE');
}

function needsAgentReview(reasonCode: ReasonCode, explanation: string): RequestDecision {
  return outcome(Decision.NEEDS_REVIEW, reasonCode, explanation, 'AGENT_REVIEW');
}

function outcome(decision: Decision, reasonCode: ReasonCode, explanation: string, followUp: FollowUp): RequestDecision {
  return { decision, reasonCode, explanation, followUp, dueAt: null, exportFromBackup: false };
}

function unknownKind(kind: never): never {
  throw new DomainException(DomainErrorCode.INVALID_REQUEST, `Unknown request kind: ${JSON.stringify(kind)}`);
}

function assertValidInput(input: DecisionInput): void {
  if (!Object.values(RequestKind).includes(input.kind)) {
    throw new DomainException(DomainErrorCode.INVALID_REQUEST, `Unknown request kind: ${JSON.stringify(input.kind)}`);
  }
  assertLanguage(input.language);
  assertValidInstant(input.now);
  if (input.contract !== null) assertValidContract(input.contract);
  if (input.existing !== null) assertValidExisting(input.existing);
  assertValidLinks(input.links);
}

function assertValidExisting(existing: ExistingWork): void {
  if (typeof existing.requestId !== 'string' || existing.requestId.trim() === '') {
    throw new DomainException(DomainErrorCode.INVALID_REQUEST, 'existing.requestId must be a non-empty id');
  }
  if (existing.kind === 'VALID_EXPORT') assertValidInstant(existing.linkExpiresAt);
}

/** Checked on every call, not only when a text needs them, so missing settings show at once. */
function assertValidLinks(links: GuidanceLinks): void {
  const problems: string[] = [];
  if (typeof links.serverConsole !== 'string' || links.serverConsole.trim() === '') {
    problems.push('serverConsole must be a non-empty link');
  }
  if (!Array.isArray(links.passwordReset) || links.passwordReset.length === 0) {
    problems.push('passwordReset must list at least one article link');
  } else if (links.passwordReset.some((link) => typeof link !== 'string' || link.trim() === '')) {
    problems.push('passwordReset must not contain empty links');
  }
  const { knowledgeBase } = links;
  if (knowledgeBase !== undefined && (typeof knowledgeBase !== 'string' || knowledgeBase.trim() === '')) {
    problems.push('knowledgeBase, when given, must be a non-empty link');
  }
  if (problems.length > 0) {
    throw new DomainException(DomainErrorCode.INVALID_GUIDANCE_LINKS, `Invalid guidance links: ${problems.join('; ')}`);
  }
}
