import { type Language, LANGUAGES } from '@app/domain';
import { MailDeliveryError } from './mail.exception';
import type { NotificationData, RenderContext, RenderedMail } from './notification.types';
import { exportFailed, exportReady } from './templates/export.templates';
import type { MailContent } from './templates/mail-content.types';
import { renderLayout } from './templates/mail.layout';
import { MailFormatter } from './templates/mail.formatter';
import { reminderBeforeEnd, reminderBeforePurge } from './templates/reminder.templates';
import { agentReply, requestDecided, ticketReceived } from './templates/ticket.templates';

function contentOf(data: NotificationData, f: MailFormatter): MailContent {
  switch (data.template) {
    case 'TICKET_RECEIVED':
      return ticketReceived(data, f);
    case 'REQUEST_DECIDED':
      return requestDecided(data, f);
    case 'EXPORT_READY':
      return exportReady(data, f);
    case 'EXPORT_FAILED':
      return exportFailed(data, f);
    case 'AGENT_REPLY':
      return agentReply(data, f);
    case 'REMINDER_BEFORE_END':
      return reminderBeforeEnd(data, f);
    case 'REMINDER_BEFORE_PURGE':
      return reminderBeforePurge(data, f);
    default: {
      const unknown: never = data;
      throw MailDeliveryError.invalid(`unknown notification template ${JSON.stringify((unknown as { template?: unknown }).template)}`);
    }
  }
}

/**
 * Pure: the same data, language and context give the same mail, so a retried job sends exactly
 * what the first attempt would have sent.
 */
export function renderMail(data: NotificationData, language: Language, ctx: RenderContext): RenderedMail {
  if (!LANGUAGES.includes(language)) throw MailDeliveryError.invalid(`language must be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(language)}`);
  const formatter = new MailFormatter(language, ctx.timezone);
  return renderLayout(contentOf(data, formatter), language, ctx);
}
