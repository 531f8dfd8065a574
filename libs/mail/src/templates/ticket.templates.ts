import { Decision, type Language, RequestKind } from '@app/domain';
import type { AgentReplyData, RequestDecidedData, TicketReceivedData } from '../notification.types';
import type { MailBlock, MailContent } from './mail-content.types';
import type { MailFormatter } from './mail.formatter';
import { DECISION_NAMES, REQUEST_KIND_NAMES, ticketLabel } from './request-kind.names';

export function ticketReceived(data: TicketReceivedData, f: MailFormatter): MailContent {
  const ru = f.language === 'ru';
  const label = ticketLabel(data.ticketNumber, f.language);
  const kinds = data.requestKinds.map((kind) => REQUEST_KIND_NAMES[f.language][kind]);
  const blocks: MailBlock[] = [
    {
      kind: 'paragraph',
      text: ru
        ? `Мы получили вашу заявку ${f.dateTime(data.receivedAt, 'receivedAt')} Её номер — № ${data.ticketNumber}.`
        : `We received your ticket on ${f.dateTime(data.receivedAt, 'receivedAt')} and registered it as #${data.ticketNumber}.`,
    },
  ];
  if (kinds.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: ru
        ? `Мы поняли, что вы просите: ${kinds.join('; ')}. О решении по каждой просьбе сообщим отдельным письмом.`
        : `We understood that you ask for: ${kinds.join('; ')}. You will get a separate message with the decision on each.`,
    });
  } else {
    blocks.push({
      kind: 'paragraph',
      text: ru ? 'Специалист поддержки ответит вам по этой заявке.' : 'A support engineer will answer you on this ticket.',
    });
  }
  blocks.push(
    { kind: 'paragraph', text: ru ? 'Текст заявки:' : 'Your message:' },
    { kind: 'quote', text: data.ticketText },
  );
  return { subject: `${label}: ${ru ? 'получена' : 'received'}`, blocks };
}

/** What happens next, by decision; approved exports and approved access differ in who acts. */
function nextStep(data: RequestDecidedData, language: Language): string | null {
  const ru = language === 'ru';
  switch (data.decision) {
    case Decision.APPROVED:
      if (data.requestKind === RequestKind.BACKUP_EXPORT) {
        return ru
          ? 'Выгрузка готовится автоматически. Когда архив будет готов, мы пришлём ссылку для скачивания.'
          : 'The export is being prepared automatically. We will send you a download link when the archive is ready.';
      }
      return ru
        ? 'Специалист выполнит заявку и свяжется с вами. Пароли и ключи доступа мы никогда не отправляем по электронной почте.'
        : 'A support engineer will carry out the request and contact you. We never send passwords or access keys by e-mail.';
    case Decision.NEEDS_REVIEW:
      return ru ? 'Специалист поддержки рассмотрит заявку и ответит вам.' : 'A support engineer will review the request and answer you.';
    case Decision.DUPLICATE:
      return ru
        ? 'Такая заявка уже есть в работе; мы продолжим по ней и сообщим о результате.'
        : 'The same request is already in progress; we will continue with it and let you know the outcome.';
    case Decision.REJECTED:
      return null;
  }
}

export function requestDecided(data: RequestDecidedData, f: MailFormatter): MailContent {
  const ru = f.language === 'ru';
  const kind = REQUEST_KIND_NAMES[f.language][data.requestKind];
  const decision = DECISION_NAMES[f.language][data.decision];
  const blocks: MailBlock[] = [
    {
      kind: 'paragraph',
      text: ru
        ? `Ваша просьба «${kind}» по заявке № ${data.ticketNumber} ${decision}.`
        : `Your request for ${kind} on ticket #${data.ticketNumber} is ${decision}.`,
    },
    { kind: 'paragraph', text: data.reasonText },
  ];
  const next = nextStep(data, f.language);
  if (next) blocks.push({ kind: 'paragraph', text: next });
  return { subject: `${ticketLabel(data.ticketNumber, f.language)}: ${kind} — ${decision}`, blocks };
}

export function agentReply(data: AgentReplyData, f: MailFormatter): MailContent {
  const ru = f.language === 'ru';
  const who = data.agentName?.trim();
  const intro = ru
    ? `${who ? `${who} (служба поддержки)` : 'Служба поддержки'} ответил(а) по заявке № ${data.ticketNumber}:`
    : `${who ? `${who} from support` : 'Support'} replied on ticket #${data.ticketNumber}:`;
  return {
    subject: `${ticketLabel(data.ticketNumber, f.language)}: ${ru ? 'ответ поддержки' : 'reply from support'}`,
    blocks: [
      { kind: 'paragraph', text: intro },
      { kind: 'quote', text: data.replyText },
      {
        kind: 'paragraph',
        text: ru
          ? 'Ответить можно в личном кабинете, в карточке заявки.'
          : 'You can answer in the customer cabinet, on the ticket page.',
      },
    ],
  };
}
