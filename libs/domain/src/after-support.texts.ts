import { assertLanguage } from './date-format.util';
import { Language } from './vocabulary';

/**
 * What a server installation loses when warranty support ends, as the vendor's FAQ lists it.
 * The installation itself keeps working; agents quote this when answering general tickets.
 */
export const AFTER_SUPPORT_LOSSES: Readonly<Record<Language, readonly string[]>> = Object.freeze({
  ru: Object.freeze([
    'гарантийная техническая поддержка',
    'обновления',
    'База знаний',
    'маршрут внедрения (курс «Справочные материалы и маршрут внедрения СЭО ЗКЛ Русский Moodle»)',
    'вебинары для диспетчеров-администраторов',
    'облачный инструмент справки по СЭО ЗКЛ',
    'элемент курса «Занятие ЗКЛ»',
    'элемент курса «Библиотека ресурсов ЗКЛ» (кроме бесплатных источников с тарифом «Free»)',
    'способ записи на курс «Подписка ЗКЛ»',
    'локальный плагин «Техническая поддержка СЭО ЗКЛ»',
    'локальный плагин «Глобальные сценарии ЗКЛ»',
    'способ доставки сообщений «OTSMS»',
    'плагин предотвращения плагиата «Антиплагиат.ру» и связанные с ним инструменты',
  ]),
  en: Object.freeze([
    'warranty technical support',
    'updates',
    'the knowledge base',
    'the implementation route (the course "Reference materials and implementation route")',
    'webinars for administrators',
    'the cloud help tool',
    'the "Lesson" course activity ("Занятие ЗКЛ")',
    'the "Resource library" course activity, except the free sources on the "Free" plan',
    'the "Subscription" course enrolment method ("Подписка ЗКЛ")',
    'the local "Technical support" plugin',
    'the local "Global scenarios" plugin',
    'the "OTSMS" message delivery method',
    'the "Антиплагиат.ру" anti-plagiarism plugin and its tools',
  ]),
});

const INTRO: Readonly<Record<Language, string>> = {
  ru:
    'После окончания гарантийной поддержки система на сервере клиента продолжает работать, как работала, ' +
    'но без следующего (часть из них — облачные сервисы, нужные некоторым плагинам и функциям):',
  en:
    "After warranty support ends, the system on the customer's server keeps working as before, but without " +
    'the following (some of them are cloud services that certain plugins and features need):',
};

const OUTRO: Readonly<Record<Language, string>> = {
  ru:
    'Можно перейти на community-версию Moodle, но для этого придётся отказаться от дополнительных плагинов, ' +
    'которых в ней нет, или самостоятельно адаптировать их к новой версии Moodle.',
  en:
    'Moving to community Moodle is possible, but the additional plugins it lacks must then be given up or ' +
    'adapted to the new Moodle version by the customer.',
};

/** The list as a ready text for an agent's reply. */
export function explainAfterSupport(language: Language): string {
  assertLanguage(language);
  const items = AFTER_SUPPORT_LOSSES[language].map((loss) => `- ${loss}`);
  return [INTRO[language], ...items, OUTRO[language]].join('\n');
}
