/** Where a ticket stands for the people working it. */
export enum TicketStatus {
  /** Someone at the vendor has to act: triage, an access task, a failed export. */
  OPEN = 'OPEN',
  /** Only automated work is in flight (an export being made); nobody has to act. */
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
}

/** Where one request of a ticket stands. OPEN and IN_PROGRESS count as open for the duplicate rule. */
export enum RequestStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  FAILED = 'FAILED',
  CLOSED = 'CLOSED',
}

export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = [RequestStatus.OPEN, RequestStatus.IN_PROGRESS];

export enum ExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  READY = 'READY',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
  PURGED = 'PURGED',
}

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

export enum ActorRole {
  CUSTOMER = 'customer',
  AGENT = 'agent',
  ADMIN = 'admin',
  SYSTEM = 'system',
}
