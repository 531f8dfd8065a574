import { Product } from '@app/domain';
import type { ReminderBeforeEndData, ReminderBeforePurgeData } from '../notification.types';
import type { MailBlock, MailContent } from './mail-content.types';
import type { MailFormatter } from './mail.formatter';

function cloudBeforeEnd(data: ReminderBeforeEndData, f: MailFormatter): MailContent {
  const ru = f.language === 'ru';
  const lastDay = f.lastDayBefore(data.serviceEndsAt, 'serviceEndsAt');
  const blocks: MailBlock[] = [
    {
      kind: 'paragraph',
      text: ru
        ? `Последний день обслуживания вашей облачной СЭО — ${lastDay}. После этого мы отключим систему и удалим её.`
        : `The last day of service of your cloud learning platform is ${lastDay}. After it we switch the system off and delete it.`,
    },
    {
      kind: 'paragraph',
      text: ru
        ? 'Чтобы не потерять учебные материалы, настройки и историю обучения, заранее подайте заявку на выгрузку базы данных и файлов сервера в личном кабинете, в свободной форме. Этих данных достаточно, чтобы развернуть систему на community-версии Moodle, вернуться в облако позже или развернуть такую же установку на собственном сервере.'
        : 'To keep your course materials, settings and learning history, file a request for an export of the database and server files in the customer cabinet, in your own words, before then. This data is enough to run the system on community Moodle, come back to the cloud later, or deploy an identical installation on your own server.',
    },
  ];
  if (data.backupsDeletedAt) {
    const purge = f.dateTime(data.backupsDeletedAt, 'backupsDeletedAt');
    blocks.push({
      kind: 'paragraph',
      text: ru
        ? `Резервные копии мы храним до ${purge}; после этого восстановление будет возможно только из скачанной вами копии.`
        : `We keep backups until ${purge}; after that a restore is only possible from the copy you downloaded.`,
    });
  }
  return { subject: ru ? `Обслуживание облачной СЭО заканчивается ${lastDay}` : `Your cloud service ends after ${lastDay}`, blocks };
}

function serverBeforeEnd(data: ReminderBeforeEndData, f: MailFormatter): MailContent {
  const ru = f.language === 'ru';
  const lastDay = f.lastDayBefore(data.serviceEndsAt, 'serviceEndsAt');
  return {
    subject: ru ? `Гарантийная поддержка заканчивается ${lastDay}` : `Your warranty support ends after ${lastDay}`,
    blocks: [
      {
        kind: 'paragraph',
        text: ru
          ? `Последний день гарантийной поддержки вашей серверной установки СЭО — ${lastDay}. Система продолжит работать, но без технической поддержки, обновлений, базы знаний, вебинаров и облачных сервисов.`
          : `The last day of warranty support for your server installation is ${lastDay}. The system keeps working, but without technical support, updates, the knowledge base, webinars and the cloud services.`,
      },
      {
        kind: 'paragraph',
        text: ru
          ? 'Рекомендуем заранее запросить root-доступ к серверу и полный администраторский доступ к СЭО через личный кабинет: после окончания поддержки эти заявки не будут выполнены.'
          : 'We recommend requesting root access to the server and full administrator access to the platform in the customer cabinet now: once support has ended these requests can no longer be fulfilled.',
      },
    ],
  };
}

export function reminderBeforeEnd(data: ReminderBeforeEndData, f: MailFormatter): MailContent {
  return data.product === Product.CLOUD ? cloudBeforeEnd(data, f) : serverBeforeEnd(data, f);
}

export function reminderBeforePurge(data: ReminderBeforePurgeData, f: MailFormatter): MailContent {
  const ru = f.language === 'ru';
  const purge = f.dateTime(data.backupsDeletedAt, 'backupsDeletedAt');
  const lastDay = f.lastDayBefore(data.serviceEndedAt, 'serviceEndedAt');
  return {
    subject: ru ? `Резервные копии будут удалены ${f.day(data.backupsDeletedAt)}` : `Your backups will be deleted on ${f.day(data.backupsDeletedAt)}`,
    blocks: [
      {
        kind: 'paragraph',
        text: ru
          ? `Обслуживание вашей облачной СЭО завершилось (последний день — ${lastDay}). ${purge} мы удалим все резервные копии с наших серверов.`
          : `Your cloud service has ended (the last day was ${lastDay}). On ${purge} we delete all backups from our servers.`,
      },
      {
        kind: 'paragraph',
        text: ru
          ? 'Если вы ещё не получили выгрузку данных, подайте заявку в личном кабинете до этого срока: после него восстановить систему можно будет только из скачанной вами копии.'
          : 'If you have not received a data export yet, file a request in the customer cabinet before then: afterwards your system can only be restored from a copy you downloaded.',
      },
    ],
  };
}
