import { MailDeliveryError } from '../mail.exception';
import type { ExportFailedData, ExportReadyData } from '../notification.types';
import type { MailBlock, MailContent } from './mail-content.types';
import { assertWebLink } from './mail.layout';
import type { MailFormatter } from './mail.formatter';
import { ticketLabel } from './request-kind.names';

const SHA256_HEX = /^[0-9a-f]{64}$/i;

export function exportReady(data: ExportReadyData, f: MailFormatter): MailContent {
  const ru = f.language === 'ru';
  const link = assertWebLink(data.link, 'link');
  if (!SHA256_HEX.test(data.sha256)) throw MailDeliveryError.invalid('sha256 must be 64 hexadecimal characters');
  const expires = f.dateTime(data.linkExpiresAt, 'linkExpiresAt');

  const blocks: MailBlock[] = [
    {
      kind: 'paragraph',
      text: ru
        ? `Выгрузка данных по заявке № ${data.ticketNumber} готова: архив содержит базу данных, файлы сервера (без исполняемых файлов), список файлов с контрольными суммами и краткую инструкцию по восстановлению.`
        : `The data export for ticket #${data.ticketNumber} is ready: the archive holds the database, the server files (without executables), a list of files with checksums and a short restore guide.`,
    },
    { kind: 'link', label: ru ? 'Скачать архив' : 'Download the archive', href: link },
    {
      kind: 'facts',
      rows: [
        [ru ? 'Размер' : 'Size', f.bytes(data.sizeBytes)],
        ['SHA-256', data.sha256.toLowerCase()],
        [ru ? 'Ссылка действует до' : 'Link valid until', expires],
      ],
    },
    {
      kind: 'paragraph',
      text: ru
        ? 'Скачивание можно прерывать и продолжать. После скачивания сверьте контрольную сумму (например, командой sha256sum) с указанной выше. Если ссылка истекла, новую можно получить в личном кабинете.'
        : 'The download can be paused and resumed. After downloading, compare the checksum (for example with sha256sum) with the one above. If the link has expired, you can get a new one in the customer cabinet.',
    },
  ];
  if (data.backupsDeletedAt) {
    const purge = f.dateTime(data.backupsDeletedAt, 'backupsDeletedAt');
    blocks.push({
      kind: 'paragraph',
      text: ru
        ? `Обслуживание вашей системы завершено. ${purge} мы удалим все резервные копии с наших серверов; после этого восстановить систему можно будет только из скачанной вами копии. Пожалуйста, скачайте архив и сохраните его заранее.`
        : `Your service has ended. On ${purge} we delete all backups from our servers; after that your system can only be restored from the copy you downloaded. Please download the archive and keep it safe before then.`,
    });
  }
  return { subject: `${ticketLabel(data.ticketNumber, f.language)}: ${ru ? 'выгрузка данных готова' : 'your data export is ready'}`, blocks };
}

/** The customer only needs to know someone is on it; the technical reason is for agents. */
export function exportFailed(data: ExportFailedData, f: MailFormatter): MailContent {
  const ru = f.language === 'ru';
  return {
    subject: `${ticketLabel(data.ticketNumber, f.language)}: ${ru ? 'выгрузка данных задерживается' : 'your data export is delayed'}`,
    blocks: [
      {
        kind: 'paragraph',
        text: ru
          ? `Подготовить выгрузку данных по заявке № ${data.ticketNumber} автоматически не получилось. Специалисты поддержки уже занимаются этим, повторно подавать заявку не нужно.`
          : `We could not prepare the data export for ticket #${data.ticketNumber} automatically. Our support engineers are already working on it; there is no need to file the request again.`,
      },
      {
        kind: 'paragraph',
        text: ru
          ? 'Когда архив будет готов, мы пришлём ссылку для скачивания.'
          : 'We will send you a download link as soon as the archive is ready.',
      },
    ],
  };
}
