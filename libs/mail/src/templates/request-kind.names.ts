import { Decision, type Language, RequestKind } from '@app/domain';

export const REQUEST_KIND_NAMES: Record<Language, Record<RequestKind, string>> = {
  ru: {
    [RequestKind.BACKUP_EXPORT]: 'выгрузка данных (база данных и файлы сервера)',
    [RequestKind.ROOT_ACCESS]: 'root-доступ к серверу',
    [RequestKind.ADMIN_ACCESS]: 'полный администраторский доступ к СЭО',
  },
  en: {
    [RequestKind.BACKUP_EXPORT]: 'data export (database and server files)',
    [RequestKind.ROOT_ACCESS]: 'root access to the server',
    [RequestKind.ADMIN_ACCESS]: 'full administrator access to the learning platform',
  },
};

export const DECISION_NAMES: Record<Language, Record<Decision, string>> = {
  ru: {
    [Decision.APPROVED]: 'одобрена',
    [Decision.REJECTED]: 'не может быть выполнена',
    [Decision.NEEDS_REVIEW]: 'передана специалисту',
    [Decision.DUPLICATE]: 'уже в работе',
  },
  en: {
    [Decision.APPROVED]: 'approved',
    [Decision.REJECTED]: 'cannot be fulfilled',
    [Decision.NEEDS_REVIEW]: 'passed to a support engineer',
    [Decision.DUPLICATE]: 'already in progress',
  },
};

export function ticketLabel(ticketNumber: string, language: Language): string {
  return language === 'ru' ? `Заявка № ${ticketNumber}` : `Ticket #${ticketNumber}`;
}
