import type { ExplanationTexts, GuidanceLinks, ServiceDates } from './explanation.texts';
import { Product, RequestKind } from './vocabulary';

/** Accusative case: every sentence below reads "заявка на …" or "предоставить …". */
const KIND: Readonly<Record<RequestKind, string>> = {
  [RequestKind.BACKUP_EXPORT]: 'выгрузку данных (база данных и файлы сервера)',
  [RequestKind.ROOT_ACCESS]: 'root-доступ к серверу',
  [RequestKind.ADMIN_ACCESS]: 'полный администраторский доступ к СЭО',
};

const EXPORT_USES =
  'Выгрузка содержит базу данных и файлы сервера (без исполняемых файлов): ваши учебные материалы, настройки ' +
  'и всю историю обучения. Её достаточно, чтобы развернуть систему на community-версии Moodle, вернуться ' +
  'в нашу облачную версию позже с сохранением всех данных или развернуть полностью идентичную инсталляцию ' +
  'на собственном сервере по лицензии СЭО.';

function exportOffer(dates: ServiceDates): string {
  return (
    `Вместо этого вы можете запросить выгрузку данных через личный кабинет. ${EXPORT_USES} ` +
    `Выгрузку можно получить, пока хранятся резервные копии: до ${dates.backupsDeletedAt}.`
  );
}

function afterPurge(dates: ServiceDates): string {
  return (
    `Резервные копии ваших данных удалены с наших серверов ${dates.backupsDeletedAt}; восстановить систему ` +
    'можно только из резервной копии, которую вы скачали ранее.'
  );
}

function consoleGuidance(links: GuidanceLinks): string {
  const articles = links.passwordReset.join(', ');
  const knowledgeBase = links.knowledgeBase
    ? ` Ответы на частые вопросы — в публичных разделах базы знаний: ${links.knowledgeBase}.`
    : '';
  return (
    'Система на вашем сервере продолжает работать. Root-доступ вы можете получить самостоятельно через ' +
    `консоль сервера (это работает и тогда, когда сервер недоступен по ssh): ${links.serverConsole}. ` +
    `Методы сброса пароля на сервере: ${articles}.${knowledgeBase}`
  );
}

export const RU_EXPLANATIONS: ExplanationTexts = {
  alreadyOpen: (kind, existingRequestId) =>
    `У вашей организации уже есть открытая заявка на ${KIND[kind]} (${existingRequestId}). Мы связали ` +
    `это обращение с ней, чтобы не выполнять работу дважды; ответ придёт по заявке ${existingRequestId}.`,

  exportLinkResent: (existingRequestId, linkExpiresAt) =>
    `Выгрузка данных по заявке ${existingRequestId} уже готова, и ссылка на неё действует до ${linkExpiresAt}. ` +
    'Мы повторно отправили эту ссылку на адреса вашей организации; делать выгрузку заново не нужно.',

  noContract: (kind) =>
    `Мы не нашли в нашей системе договор вашей организации, поэтому не можем автоматически проверить ` +
    `заявку на ${KIND[kind]}. Её рассмотрит специалист поддержки и ответит вам.`,

  lowConfidence: (kind) =>
    `Мы не уверены, что правильно поняли ваше обращение, поэтому заявку на ${KIND[kind]} рассмотрит ` +
    'специалист поддержки. Если понадобятся уточнения, он свяжется с вами.',

  exportApproved: (dates) =>
    'Заявка на выгрузку данных одобрена. Мы подготовим архив с базой данных и файлами сервера (без ' +
    'исполняемых файлов) и пришлём ссылку для скачивания на адреса вашей организации. ' +
    `Последний день обслуживания — ${dates.lastServiceDay}.`,

  exportFromRetainedBackup: (dates) =>
    `Обслуживание завершилось: последний день обслуживания — ${dates.lastServiceDay}. Система отключена, ` +
    `но мы храним резервные копии ваших данных до ${dates.backupsDeletedAt}, после чего удаляем их. ` +
    'Мы подготовим выгрузку из резервной копии (база данных и файлы сервера, без исполняемых файлов) и ' +
    'пришлём ссылку для скачивания на адреса вашей организации. Сохраните архив у себя: после удаления ' +
    'резервных копий восстановить систему можно будет только из него.',

  backupsPurged: (dates) =>
    `Обслуживание завершилось (последний день обслуживания — ${dates.lastServiceDay}), и через 30 дней ` +
    `после этого, ${dates.backupsDeletedAt}, мы удалили все резервные копии ваших данных с наших серверов. ` +
    'Поэтому подготовить выгрузку уже невозможно: восстановить систему можно только из резервной копии, ' +
    'которую вы скачали ранее.',

  notAvailableForCloud: (kind, dates, exportStillPossible) =>
    'Облачная версия СЭО работает на серверах нашей компании, поэтому ' +
    `${KIND[kind]} в ней не предоставляется. ` +
    (exportStillPossible ? exportOffer(dates) : afterPurge(dates)),

  accessApproved: (kind, product, dates) => {
    const term = product === Product.CLOUD ? 'обслуживания' : 'гарантийной поддержки';
    return (
      `Заявка на ${KIND[kind]} одобрена. Специалист поддержки выполнит её до окончания ${term}, ` +
      `то есть не позднее ${dates.lastServiceDay} (последний день ${term}). Учётные данные мы не ` +
      'пересылаем по электронной почте: специалист сообщит, как получить их безопасно.'
    );
  },

  serviceEnded: (kind, dates, exportStillPossible) =>
    `Обслуживание облачной версии завершилось: последний день обслуживания — ${dates.lastServiceDay}. ` +
    `Система отключена, поэтому предоставить ${KIND[kind]} уже невозможно. ` +
    (exportStillPossible ? exportOffer(dates) : afterPurge(dates)),

  supportEnded: (kind, dates, links) =>
    `Гарантийная поддержка завершилась: последний день поддержки — ${dates.lastServiceDay}. Поэтому ` +
    `заявку на ${KIND[kind]} мы выполнить не можем. ` +
    (kind === RequestKind.BACKUP_EXPORT
      ? 'Данные находятся на вашем сервере: получив root-доступ, вы сможете сделать их копию сами. '
      : '') +
    consoleGuidance(links),

  dataOnCustomerServer: (dates) =>
    'Данные вашей системы находятся на вашем собственном сервере, поэтому выгрузку мы делаем вместе с ' +
    'вами: специалист поддержки свяжется с вами и поможет. Гарантийная поддержка действует по ' +
    `${dates.lastServiceDay} включительно.`,
};
