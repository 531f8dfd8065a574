import type { Decision, Product, ReasonCode, RequestKind } from '@app/domain';

export type NotificationTemplate =
  | 'TICKET_RECEIVED'
  | 'REQUEST_DECIDED'
  | 'EXPORT_READY'
  | 'EXPORT_FAILED'
  | 'AGENT_REPLY'
  | 'REMINDER_BEFORE_END'
  | 'REMINDER_BEFORE_PURGE';

/** Every instant is an ISO-8601 string: payloads travel through the outbox table and queues as JSON. */
export type IsoInstant = string;

export interface TicketReceivedData {
  template: 'TICKET_RECEIVED';
  ticketNumber: string;
  /** The customer's own words, quoted back so they can check what we received. */
  ticketText: string;
  receivedAt: IsoInstant;
  /** What the classifier recognised; empty for a general ticket. */
  requestKinds: readonly RequestKind[];
}

export interface RequestDecidedData {
  template: 'REQUEST_DECIDED';
  ticketNumber: string;
  requestKind: RequestKind;
  decision: Decision;
  reasonCode: ReasonCode;
  /** Written by the rules in the ticket's language, dates already in the organisation's timezone. */
  reasonText: string;
}

export interface ExportReadyData {
  template: 'EXPORT_READY';
  ticketNumber: string;
  link: string;
  sizeBytes: number;
  sha256: string;
  linkExpiresAt: IsoInstant;
  /** Set once the service has ended: the purge instant after which no copy is kept. */
  backupsDeletedAt: IsoInstant | null;
}

export interface ExportFailedData {
  template: 'EXPORT_FAILED';
  ticketNumber: string;
}

export interface AgentReplyData {
  template: 'AGENT_REPLY';
  ticketNumber: string;
  agentName: string | null;
  replyText: string;
}

export interface ReminderBeforeEndData {
  template: 'REMINDER_BEFORE_END';
  product: Product;
  /** End of service E: the start of the day after the last day of service, in the organisation's timezone. */
  serviceEndsAt: IsoInstant;
  /** Cloud only: the purge instant P; null for server licences. */
  backupsDeletedAt: IsoInstant | null;
}

export interface ReminderBeforePurgeData {
  template: 'REMINDER_BEFORE_PURGE';
  serviceEndedAt: IsoInstant;
  backupsDeletedAt: IsoInstant;
}

export type NotificationData =
  | TicketReceivedData
  | RequestDecidedData
  | ExportReadyData
  | ExportFailedData
  | AgentReplyData
  | ReminderBeforeEndData
  | ReminderBeforePurgeData;

export interface RenderContext {
  /** The customer organisation the mail is addressed to. */
  organizationName: string;
  /** IANA zone of the organisation; every date in the mail is shown in it. */
  timezone: string;
  /** Base of links in e-mails (the customer cabinet). */
  publicUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}
