/** The words of the contract rules, shared by every lib. Plain values: no framework here. */

export enum Product {
  CLOUD = 'CLOUD',
  SERVER = 'SERVER',
}

/** What one ticket can ask for; a ticket may ask for several. */
export enum RequestKind {
  BACKUP_EXPORT = 'BACKUP_EXPORT',
  ROOT_ACCESS = 'ROOT_ACCESS',
  ADMIN_ACCESS = 'ADMIN_ACCESS',
}

export const REQUEST_KINDS: readonly RequestKind[] = [
  RequestKind.ADMIN_ACCESS,
  RequestKind.BACKUP_EXPORT,
  RequestKind.ROOT_ACCESS,
];

export enum Decision {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  NEEDS_REVIEW = 'NEEDS_REVIEW',
  DUPLICATE = 'DUPLICATE',
}

export enum ReasonCode {
  /** Cloud export before the end of service: runs from the live system. */
  EXPORT_APPROVED = 'EXPORT_APPROVED',
  /** Cloud export after the end of service, before the purge: made from the retained backup. */
  EXPORT_FROM_RETAINED_BACKUP = 'EXPORT_FROM_RETAINED_BACKUP',
  /** Root or administrator access while service or support lasts: an agent task due before E. */
  ACCESS_APPROVED = 'ACCESS_APPROVED',
  BACKUPS_PURGED = 'BACKUPS_PURGED',
  NOT_AVAILABLE_FOR_CLOUD = 'NOT_AVAILABLE_FOR_CLOUD',
  SERVICE_ENDED = 'SERVICE_ENDED',
  SUPPORT_ENDED = 'SUPPORT_ENDED',
  /** A server customer's data lives on its own machine: an agent helps. */
  DATA_ON_CUSTOMER_SERVER = 'DATA_ON_CUSTOMER_SERVER',
  NO_CONTRACT = 'NO_CONTRACT',
  LOW_CONFIDENCE = 'LOW_CONFIDENCE',
  ALREADY_OPEN = 'ALREADY_OPEN',
  /** Set by an agent who overrides the automatic decision. */
  AGENT_DECISION = 'AGENT_DECISION',
}

export type Language = 'ru' | 'en';
export const LANGUAGES: readonly Language[] = ['ru', 'en'];

export const DEFAULT_TIMEZONE = 'Europe/Moscow';
