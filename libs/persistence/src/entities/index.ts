import { AuditEvent } from './audit-event.entity';
import { BackupPurge } from './backup-purge.entity';
import { DataExport } from './data-export.entity';
import { Download } from './download.entity';
import { DutyReminder } from './duty-reminder.entity';
import { LabelledExample } from './labelled-example.entity';
import { Notification } from './notification.entity';
import { Organization } from './organization.entity';
import { OutboxMessage } from './outbox-message.entity';
import { TicketMessage } from './ticket-message.entity';
import { TicketRequest } from './ticket-request.entity';
import { Ticket } from './ticket.entity';

export * from './workflow-status';
export { AuditEvent, BackupPurge, DataExport, Download, DutyReminder, LabelledExample, Notification, Organization, OutboxMessage, Ticket, TicketMessage, TicketRequest };
export type { StoredClassification } from './ticket.entity';
export type { StoredExportProgress } from './data-export.entity';

export const ENTITIES = [
  AuditEvent,
  BackupPurge,
  DataExport,
  Download,
  DutyReminder,
  LabelledExample,
  Notification,
  Organization,
  OutboxMessage,
  Ticket,
  TicketMessage,
  TicketRequest,
];
