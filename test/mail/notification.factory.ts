import { randomUUID } from 'node:crypto';
import { Decision, type Language, Product, ReasonCode, RequestKind } from '@app/domain';
import type { NotificationData, NotificationTemplate, RenderContext } from '@app/mail';

/** Text a customer could paste: markup, an entity, a line that looks like a header. */
export const HOSTILE_TEXT = 'Нужна выгрузка <script>alert("x")</script> & <img src=x onerror=alert(1)>\nBcc: victim@example.org';

export const RENDER_CONTEXT: RenderContext = {
  organizationName: 'ООО «Ромашка» <R&D>',
  timezone: 'Asia/Vladivostok',
  publicUrl: 'https://help.example.org/cabinet',
};

export interface TemplateExample {
  name: string;
  data: NotificationData;
  /** Strings the delivered mail must show, per language (dates in Asia/Vladivostok). */
  facts: Record<Language, string[]>;
}

export function templateExamples(): TemplateExample[] {
  return [
    {
      name: 'TICKET_RECEIVED',
      data: { template: 'TICKET_RECEIVED', ticketNumber: '1042', ticketText: HOSTILE_TEXT, receivedAt: '2025-07-14T20:30:00Z', requestKinds: [RequestKind.BACKUP_EXPORT, RequestKind.ROOT_ACCESS] },
      facts: { ru: ['№ 1042', '15 июля 2025 г. в 06:30 (Asia/Vladivostok)', 'root-доступ'], en: ['#1042', '15 July 2025 at 06:30 (Asia/Vladivostok)', 'root access'] },
    },
    ...Object.values(Decision).map((decision): TemplateExample => ({
      name: `REQUEST_DECIDED ${decision}`,
      data: { template: 'REQUEST_DECIDED', ticketNumber: '1043', requestKind: RequestKind.ADMIN_ACCESS, decision, reasonCode: ReasonCode.AGENT_DECISION, reasonText: `Причина: ${decision} <до 1 июля>` },
      facts: { ru: ['№ 1043', `Причина: ${decision} <до 1 июля>`], en: ['#1043', `Причина: ${decision} <до 1 июля>`] },
    })),
    {
      name: 'EXPORT_READY',
      data: { template: 'EXPORT_READY', ticketNumber: '1044', link: 'https://help.example.org/downloads/e1?org=o1&exp=1753130000&sig=AbC', sizeBytes: 3 * 1024 ** 3 + 1024 ** 3 / 2, sha256: 'ab'.repeat(32), linkExpiresAt: '2025-07-21T20:30:00Z', backupsDeletedAt: '2025-07-30T14:00:00Z' },
      facts: { ru: ['3,5 ГБ', 'ab'.repeat(32), '22 июля 2025 г. в 06:30', '31 июля 2025 г. в 00:00'], en: ['3.5 GB', 'ab'.repeat(32), '22 July 2025 at 06:30', '31 July 2025 at 00:00'] },
    },
    {
      name: 'EXPORT_FAILED',
      data: { template: 'EXPORT_FAILED', ticketNumber: '1045' },
      facts: { ru: ['№ 1045', 'уже занимаются'], en: ['#1045', 'already working on it'] },
    },
    {
      name: 'AGENT_REPLY',
      data: { template: 'AGENT_REPLY', ticketNumber: '1046', agentName: 'Анна <admin>', replyText: HOSTILE_TEXT },
      facts: { ru: ['№ 1046', 'Анна <admin>'], en: ['#1046', 'Анна <admin>'] },
    },
    {
      name: 'REMINDER_BEFORE_END cloud',
      data: { template: 'REMINDER_BEFORE_END', product: Product.CLOUD, serviceEndsAt: '2025-06-30T14:00:00Z', backupsDeletedAt: '2025-07-30T14:00:00Z' },
      facts: { ru: ['30 июня 2025 г.', 'выгрузку базы данных'], en: ['30 June 2025', 'export of the database'] },
    },
    {
      name: 'REMINDER_BEFORE_END server',
      data: { template: 'REMINDER_BEFORE_END', product: Product.SERVER, serviceEndsAt: '2025-06-30T14:00:00Z', backupsDeletedAt: null },
      facts: { ru: ['30 июня 2025 г.', 'root-доступ к серверу'], en: ['30 June 2025', 'root access to the server'] },
    },
    {
      name: 'REMINDER_BEFORE_PURGE',
      data: { template: 'REMINDER_BEFORE_PURGE', serviceEndedAt: '2025-06-30T14:00:00Z', backupsDeletedAt: '2025-07-30T14:00:00Z' },
      facts: { ru: ['31 июля 2025 г. в 00:00'], en: ['31 July 2025 at 00:00'] },
    },
  ];
}

/** Every template must have an example here; the compiler lists a missing one. */
export const COVERED_TEMPLATES: Record<NotificationTemplate, true> = {
  TICKET_RECEIVED: true,
  REQUEST_DECIDED: true,
  EXPORT_READY: true,
  EXPORT_FAILED: true,
  AGENT_REPLY: true,
  REMINDER_BEFORE_END: true,
  REMINDER_BEFORE_PURGE: true,
};

export const newNotificationId = (): string => randomUUID();
