import { EntityManager } from '@mikro-orm/postgresql';
import { backupPurgeAt, endOfService, Product } from '@app/domain';
import { contractOf, DownloadLinkService } from '@app/helpdesk';
import { NotificationData } from '@app/mail';
import { DataExport, Notification, Organization, Ticket, TicketMessage, TicketRequest } from '@app/persistence';

/**
 * Turns a stored notification (ids only) into what its template shows, read at send time:
 * a link is signed when the e-mail goes out, so a retried e-mail carries a working link.
 */
export class NotificationDataBuilder {
  constructor(
    private readonly em: EntityManager,
    private readonly links: DownloadLinkService,
  ) {}

  /** `ticket` is the notification's ticket, null when it tells of none. */
  async build(notification: Notification, org: Organization, ticket: Ticket | null, now: Date): Promise<NotificationData> {
    const data = notification.data;
    const ticketNumber = ticket?.number !== undefined && ticket !== null ? String(ticket.number) : '';
    switch (notification.template) {
      case 'TICKET_RECEIVED':
        return {
          template: 'TICKET_RECEIVED',
          ticketNumber,
          ticketText: ticket ? `${ticket.subject}\n\n${ticket.body}` : '',
          receivedAt: (ticket?.createdAt ?? now).toISOString(),
          requestKinds: ticket?.classification.labels ?? [],
        };
      case 'REQUEST_DECIDED': {
        const request = await this.em.findOneOrFail(TicketRequest, String(data.requestId));
        return {
          template: 'REQUEST_DECIDED',
          ticketNumber,
          requestKind: request.kind,
          decision: request.decision,
          reasonCode: request.reasonCode,
          reasonText: request.explanation,
        };
      }
      case 'EXPORT_READY': {
        const dataExport = data.exportId
          ? await this.em.findOneOrFail(DataExport, String(data.exportId))
          : await this.em.findOneOrFail(DataExport, { request: String(data.exportRequestId) });
        const contract = contractOf(org);
        const ended = contract !== null && contract.product === Product.CLOUD && now >= endOfService(contract);
        return {
          template: 'EXPORT_READY',
          ticketNumber,
          link: this.links.urlFor(dataExport),
          sizeBytes: Number(dataExport.sizeBytes ?? 0),
          sha256: dataExport.sha256 ?? '',
          linkExpiresAt: (dataExport.linkExpiresAt ?? now).toISOString(),
          backupsDeletedAt: ended && contract ? backupPurgeAt(contract).toISOString() : null,
        };
      }
      case 'EXPORT_FAILED':
        return { template: 'EXPORT_FAILED', ticketNumber };
      case 'AGENT_REPLY': {
        const message = await this.em.findOneOrFail(TicketMessage, String(data.messageId));
        return { template: 'AGENT_REPLY', ticketNumber, agentName: null, replyText: message.body };
      }
      case 'REMINDER_BEFORE_END':
      case 'REMINDER_BEFORE_PURGE':
        // Reminders are written whole by the scheduler: they name dates, not rows.
        return { ...(data as object), template: notification.template } as NotificationData;
      default:
        throw new Error(`Notification ${notification.id} has an unknown template ${notification.template}`);
    }
  }
}
