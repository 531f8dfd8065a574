import { Contract, backupPurgeAt } from './contract.rules';
import { formatCalendarDate, formatDateTime } from './date-format.util';
import { EN_EXPLANATIONS } from './explanation-en.texts';
import { RU_EXPLANATIONS } from './explanation-ru.texts';
import { Language, Product, RequestKind } from './vocabulary';

/** The contract's dates, already written for the customer in their language and timezone. */
export interface ServiceDates {
  /** D, the last day of service: E is shown this way, as the day that was still covered. */
  lastServiceDay: string;
  /** P with its time of day: when the vendor's backups are deleted. */
  backupsDeletedAt: string;
}

/** Where a server customer finds how to get root through the console and reset passwords. */
export interface GuidanceLinks {
  serverConsole: string;
  passwordReset: string[];
  knowledgeBase?: string;
}

/** One text per reason code (and per variant of it), the same set in every language. */
export interface ExplanationTexts {
  /** ALREADY_OPEN, same kind already open. */
  alreadyOpen(kind: RequestKind, existingRequestId: string): string;
  /** ALREADY_OPEN, an export is finished and its link still works. */
  exportLinkResent(existingRequestId: string, linkExpiresAt: string): string;
  noContract(kind: RequestKind): string;
  lowConfidence(kind: RequestKind): string;
  exportApproved(dates: ServiceDates): string;
  exportFromRetainedBackup(dates: ServiceDates): string;
  backupsPurged(dates: ServiceDates): string;
  /** `exportStillPossible` is false from P on: there is nothing left to export then. */
  notAvailableForCloud(kind: RequestKind, dates: ServiceDates, exportStillPossible: boolean): string;
  accessApproved(kind: RequestKind, product: Product, dates: ServiceDates): string;
  serviceEnded(kind: RequestKind, dates: ServiceDates, exportStillPossible: boolean): string;
  supportEnded(kind: RequestKind, dates: ServiceDates, links: GuidanceLinks): string;
  dataOnCustomerServer(dates: ServiceDates): string;
}

export const EXPLANATIONS: Readonly<Record<Language, ExplanationTexts>> = {
  ru: RU_EXPLANATIONS,
  en: EN_EXPLANATIONS,
};

export function describeServiceDates(contract: Contract, language: Language): ServiceDates {
  return {
    lastServiceDay: formatCalendarDate(contract.lastServiceDay, language),
    backupsDeletedAt: formatDateTime(backupPurgeAt(contract), contract.timezone, language),
  };
}
