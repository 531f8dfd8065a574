import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: words that only look like refusals, kinds named in other senses, copies received`, () => {
  readsAs('reads "unrestricted" and "not a single one" as no refusal', [
    ['sudo without limits, and the main admin', 'Просим выдать sudo без всяких ограничений и логин главного администратора СЭО.', [A, R]],
    ['full rights without restrictions', 'Нужны права администратора платформы без ограничений, гарантия кончается в мае.', [A]],
    ['root without any restrictions in English', 'Please give our engineer root on the VM without any restrictions before support ends.', [R]],
    ['not a single admin account left', 'В системе не осталось ни одного администратора сайта, создайте учётку для нашего завуча.', [A]],
    ['not one admin login in English stays asked', 'We have not a single Moodle admin login left after the migration, please create one for me.', [A]],
    ['a real refusal still refuses', 'Root без надобности, пришлите только выгрузку базы и файлов.', [B]],
    ['nothing without a request', 'Без ограничений по времени работает только тестовый курс, подскажите почему.', []],
  ]);

  readsAs('reads full rights over the whole LMS whichever form of the preposition leads to it', [
    ['full rights "во" the whole learning system', 'Нужны полные права во всей системе обучения, а не только в двух курсах.', [A]],
    ['full access "ко" the whole platform', 'Дайте полный доступ ко всей платформе, пожалуйста.', [A]],
    ['full rights in the whole LMS, in English', 'We need full rights in the whole LMS, not only in our two courses.', [A]],
    ['full rights in one whole course are a teacher\'s', 'У учителя должны быть полные права во всём курсе «Химия», сейчас он не может ставить оценки.', []],
  ]);

  readsAs('reads German words for the backup and the database-and-files pair in an English letter', [
    ['a Sicherungskopie of the database and files', 'Please send us a Sicherungskopie of our Moodle: Datenbank und Dateien, before the contract ends.', [B]],
    ['a Datensicherung of one course asked how to make: a how-to', 'How do I make a Datensicherung of one course in Moodle?', []],
    ['a nightly Datensicherung failed: a fault', 'Our nightly Datensicherung failed, is the site down?', []],
  ]);

  readsAs('reads the admin panel named as the tool used as no ask for access', [
    ['a password changed through the panel', 'Поменяла ученику пароль через админку, а он всё равно не может зайти. Что делать?', []],
    ['a course created through the panel', 'Создал курс через админку, но он не виден студентам.', []],
    ['users added through the panel', 'Добавили слушателей через админку, а письма с паролями им не пришли.', []],
    ['access to the panel asked for stays asked', 'Дайте, пожалуйста, доступ в админку СЭО новому методисту, прежний уволился.', [A]],
  ]);

  readsAs('reads an admin, root or backup of something else as no ask', [
    ['the admin password of that router', 'We lost the admin password for that router, so we cannot open the port. Is the LMS down for you too?', []],
    ['the admin password of our modem', 'Нет пароля администратора от этого модема, провайдер не даёт. Из-за этого не грузится СЭО?', []],
    ['rooted phones', 'На рутованных смартфонах приложение СЭО не открывается, пишет об угрозе безопасности.', []],
    ['a backup administrator is a deputy', 'Our backup administrator will approve enrolments while I am on leave. Which role does she need?', []],
    ['a backup person for the course', 'Who should be the backup teacher for the course when the tutor is ill?', []],
    ['root asked for plainly stays asked', 'Нужен рут к серверу СЭО, гарантия ещё действует.', [R]],
    ['a backup of the system stays asked', 'Please send us a backup of the whole system, database and moodledata.', [B]],
  ]);

  readsAs('reads a refusal by relevance and the imperfective "делайте"', [
    ['root not relevant, the data wanted', 'Root is not relevant to us, the site is hosted by you. We need all our data, database and files, before the end.', [B]],
    ['root aren’t relevant in a list', 'Root and sudo aren’t relevant here. Please prepare the export of the database and moodledata.', [B]],
    ['export "делайте" and admin given back', 'Выгрузку делайте, как решили. И ещё верните нам логин главного администратора до отключения.', [A, B]],
    ['"не делайте" puts it off', 'Может быть, позже запросим выгрузку, а сейчас ничего не делайте.', []],
  ]);

  readsAs('reads a question about a copy the vendor sent as asking nothing new', [
    ['how to open the export sent', 'А архив, который вы прислали, чем открыть? Нам только оценки посмотреть.\n\n> Просим выгрузить базу и файлы СЭО.', []],
    ['the export you sent, in English', 'Can the export you sent be opened without installing Moodle? We only need last year’s grades.', []],
    ['sent, broken, asked again', 'Архив, который вы прислали, не открывается. Можете выгрузить заново?', [B]],
    ['sent, then more asked for', 'В архиве, что вы прислали, нет moodledata. Пришлите, пожалуйста, файлы сервера.', [B]],
  ]);

  readsAs('takes up a forwarded request under a bare imperative', [
    ['"Сделайте" over a forwarded letter', 'Сделайте.\n\n---------- Пересланное сообщение ----------\nОт: Ректор\nНапиши в поддержку, пусть выгрузят нам базу и файлы СЭО до конца договора.', [B]],
    ['"Please do" over a forwarded letter', 'Please do.\n\n---------- Forwarded message ----------\nFrom: Head of school\nAsk the vendor to send us a full copy of the database and files before the switch-off.', [B]],
    ['"Выполните" over a closed ticket is still only what it quotes', 'Выполните.\n\n> Просим выдать root-доступ к серверу СЭО.', [R]],
  ]);

  readsAs('reads root asked for, the console named elsewhere, as asked', [
    ['the console article read and declined', 'Видели статью про сброс пароля через консоль, но сами не рискнём. Просим выдать пароль root, пока гарантия действует.', [R]],
    ['whether the console is the only way', 'Гарантия кончилась, запросить root вовремя не успели. Получить его ещё можно? Или теперь только через консоль?', [R]],
    ['the console offered as the other way of the handover', 'Прошу передать пароль root от сервера СЭО нарочным, либо согласуйте его сброс через консоль в присутствии нашего инженера.', [R]],
    ['the console as the other way, in English', 'Please hand over the root password in a sealed envelope, or agree a time to set it via the console with our engineer present.', [R]],
    ['how to reset by console, or an article: no handover asked', 'Подскажите, как сбросить пароль root через консоль, или пришлите инструкцию.', []],
    ['root taken by the console ourselves', 'Root получим сами через консоль гипервизора, помощь не нужна.', []],
    ['the vendor no longer gives root, how by console', 'Root вы уже не выдаёте, понятно. Подскажите, как сбросить пароль root через консоль?', []],
    ['whether the article applies', 'Does the root password reset article apply to Debian 12? We will do it via console ourselves.', []],
  ]);

  readsAs('reads root asked in a "просим, чтобы …" sentence as asked, though the console is named elsewhere', [
    ['the console out of reach, root asked of the vendor', 'Знаем, что root сбрасывается через консоль, но к консоли ВМ у нас доступа нет. Поэтому просим, чтобы root выдали вы до конца гарантии.', [R]],
    ['in English, the ask in one clause', 'We know root can be reset via the console, but we cannot reach the console of this VM. So we ask that you give us root before support ends.', [R]],
    ['the console chosen, a wish about root: no ask', 'Знаем, что root можно сбросить через консоль. Так и сделаем, спасибо, чтобы root был у нас к пятнице.', []],
  ]);
});
