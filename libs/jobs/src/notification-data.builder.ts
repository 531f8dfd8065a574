import { EntityManager } from '@mikro-orm/postgresql';
import { backupPurgeAt, endOfService, Product } from '@app/domain';
import { contractOf, DownloadLinkService } from '@app/helpdesk';
import { NotificationData } from '@app/mail';
import { DataExport, Organization, TicketMessage, TicketRequest } from '@app/persistence';
import type { NotificationToSend } from './notification.store';

/**
 * Turns a stored notification (ids only) into what its template shows, read at send time:
 * a link is signed when the e-mail goes out, so a retried e-mail carries a working link.
 */
export class NotificationDataBuilder {
  private forked: EntityManager | null = null;

  constructor(
    private readonly em: EntityManager,
    private readonly links: DownloadLinkService,
  ) {}

  /** Forked on first use: most e-mails need nothing beyond what the notification store read. */
  private get reader(): EntityManager {
    this.forked ??= this.em.fork();
    return this.forked;
  }

  async build(notification: NotificationToSend, now: Date): Promise<NotificationData> {
    const { data, ticket } = notification;
    const ticketNumber = ticket?.number != null ? String(ticket.number) : '';
    switch (notification.template) {
      case 'TICKET_RECEIVED':
        return {
          template: 'TICKET_RECEIVED',
          ticketNumber,
          ticketText: ticket ? `${ticket.subject}\n\n${ticket.body}` : '',
          receivedAt: (ticket?.createdAt ?? now).toISOString(),
          requestKinds: ticket?.labels ?? [],
        };
      case 'REQUEST_DECIDED': {
        const request = await this.reader.findOneOrFail(TicketRequest, String(data.requestId));
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
          ? await this.reader.findOneOrFail(DataExport, String(data.exportId))
          : await this.reader.findOneOrFail(DataExport, { request: String(data.exportRequestId) });
        const contract = contractOf(await this.reader.findOneOrFail(Organization, notification.organization.id));
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
        const message = await this.reader.findOneOrFail(TicketMessage, String(data.messageId));
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
