import { TicketListItem, TicketRequestView } from '@app/helpdesk';
import { AuditEvent, DataExport, Ticket, TicketMessage } from '@app/persistence';
import { LanguageValue } from '../graphql/enums';
import { AuditEventType, TicketMessageType } from './thread.type';
import { DataExportType, TicketRequestType } from './ticket-request.type';
import { TicketType } from './ticket.type';

const DUE_SOON_MS = 24 * 3600 * 1000;

/** Overdue once the due instant has come; due soon within the day before it. Read from the clock at query time. */
export function dueStateOf(dueAt: Date | null, now: Date): { overdue: boolean; dueSoon: boolean } {
  if (!dueAt) return { overdue: false, dueSoon: false };
  const left = dueAt.getTime() - now.getTime();
  return { overdue: left <= 0, dueSoon: left > 0 && left <= DUE_SOON_MS };
}

/** An entity holds a list row's fields but two: its number is optional until inserted, its organisation a reference. */
export function toTicketType(ticket: Ticket): TicketType {
  return fromTicketListItem({ ...ticket, number: ticket.number ?? 0, organizationId: ticket.organization.id });
}

/** A list row already holds exactly the ticket's fields. */
export function fromTicketListItem(ticket: TicketListItem): TicketType {
  return {
    id: ticket.id,
    number: ticket.number,
    subject: ticket.subject,
    body: ticket.body,
    status: ticket.status,
    language: ticket.language as LanguageValue,
    assignee: ticket.assignee,
    dueAt: ticket.dueAt,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    organizationId: ticket.organizationId,
    classification: ticket.classification,
  };
}

export function toRequestType(request: TicketRequestView): TicketRequestType {
  return {
    id: request.id,
    kind: request.kind,
    decision: request.decision,
    reasonCode: request.reasonCode,
    explanation: request.explanation,
    status: request.status,
    dueAt: request.dueAt,
    duplicateOfId: request.duplicateOfId,
    accessGrantedAt: request.accessGrantedAt,
    createdAt: request.createdAt,
  };
}

export function toExportType(dataExport: DataExport): DataExportType {
  return {
    id: dataExport.id,
    status: dataExport.status,
    phase: dataExport.progress?.phase ?? null,
    percent: dataExport.progress?.percent ?? null,
    sizeBytes: dataExport.sizeBytes === null ? null : Number(dataExport.sizeBytes),
    sha256: dataExport.sha256,
    readyAt: dataExport.readyAt,
    linkExpiresAt: dataExport.linkExpiresAt,
    error: dataExport.error,
  };
}

export function toMessageType(message: TicketMessage): TicketMessageType {
  return {
    id: message.id,
    authorRole: message.authorRole,
    authorId: message.authorId,
    body: message.body,
    internal: message.internal,
    createdAt: message.createdAt,
  };
}

export function toAuditType(event: AuditEvent): AuditEventType {
  return {
    id: event.id,
    action: event.action,
    actorRole: event.actorRole,
    actorId: event.actorId,
    data: JSON.stringify(event.data),
    createdAt: event.createdAt,
  };
}
