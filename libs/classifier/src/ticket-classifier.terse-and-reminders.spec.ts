import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: terse refusals, reminders above a quote, the data and the site named plainly`, () => {
  readsAs('reads asking when to expect a kind as chasing the ask for it', [
    ['when to expect the backup, in Russian', 'Подскажите, когда ждать бэкап?', [B]],
    ['when to expect the backup, in English', 'When should we expect the backup? The contract ends Friday.', [B]],
    ['when to expect an answer about a course backup: no export', 'Когда ждать ответа по ошибке в бэкапе курса?', []],
  ]);

  readsAs('takes up the quoted request when the new text only reminds of it', [
    ['a follow-up in English', 'Following up on this, we still need it by Friday.\n\nOn Tuesday, Kate wrote:\n> Please send us the root password for the LMS server.', [R]],
    ['a re-sent letter', 'Re-sending, nobody replied.\n\n-----Original Message-----\nFrom: Ivan\nPlease give us a full site administrator account in Moodle.', [A]],
    ['a short Russian confirmation', 'Всё верно, ждём.\n\n> 02.04.2025, 10:00, «Петров»:\n> Просим выгрузить базу данных и moodledata до конца договора.', [B]],
    ['a forwarded letter of the head', 'Пересылаю просьбу нашего ректора, выполните, как он просит.\n\n> Получите у поставщика root-доступ к серверу СЭО до конца гарантии.', [R]],
    ['a reminder of the quoted export in Russian', 'Напоминаем о заявке, срок подходит.\n\n> Просим подготовить архив базы и файлов нашей СЭО.', [B]],
    ['received and closed: not a reminder', 'Got it, the password works, please close the ticket.\n\n> On Monday Ann wrote:\n> Please give us root on the server.', []],
    ['received and closed in Russian', 'Архив получили, всё открылось, спасибо, заявку закрываем.\n\n> Просим выгрузить базу данных и файлы.', []],
  ]);

  readsAs('takes up the quoted request when the new text bumps it or says it got no reply', [
    ['a bump with no reply', 'Bumping this, no reply in a week.\n\n> From: Nora Bell\n> Before May please provide root credentials for our Moodle server and a site admin account.', [A, R]],
    ['a bump in Russian', 'Поднимаю заявку.\n\n> 12.03.2025, Смирнова:\n> Просим передать пароль root от сервера СЭО.', [R]],
    ['no response since Monday', 'Still no response since Monday.\n\n> Could you send us a full copy of the database and moodledata?', [B]],
    ['a bump that reports the thing received closes it', 'Bumping this only to say the root password arrived and works, thanks.\n\n> Please send us the root password for the server.', []],
  ]);

  readsAs('reads a copy named, then asked for by a pronoun or after "только", as asked', [
    ['provide it, after a question about the contract', 'Входит ли в договор копия базы данных и файлов СЭО? Если входит — просим предоставить её вместе с актом.', [B]],
    ['whether it can still be got after the switch-off', 'Выгрузку вы делаете только до отключения? Её можно получить и после 31 мая?', [B]],
    ['whether it can be deleted asks for nothing', 'Бэкапы вы храните 30 дней? Их можно удалить раньше?', []],
    ['restore refused, the dump after "только" asked', 'Не надо ничего восстанавливать, в облако мы не вернёмся. Нужен только финальный дамп базы.', [B]],
    ['restore refused, the dump after "only" asked', 'No need to restore anything, we will not come back to the cloud. We need only the final dump.', [B]],
    ['a kind refused before "только" stays refused', 'Root не нужен, нужна только выгрузка базы СЭО.', [B]],
  ]);

  readsAs('reads a short answer after a kind as refusing it', [
    ['a checklist line with a reason', 'Нужно:\n1. Выгрузка базы и файлов — да.\n2. Админка — не нужна, своя есть.', [B]],
    ['a no with a reason in brackets', 'Экспорт — да. Суперпользователь — нет (у нас облако). ', [B]],
    ['not about us', 'Облако ваше, поэтому root к нам не относится, root не про нас. Пришлите выгрузку базы.', [B]],
    ['scrap the part', 'Please go ahead with the export of the database and files. Skip the root password, we have no server.', [B]],
    ['fine handling it ourselves', 'Please send the root password for the VM. We are fine managing the site admin account ourselves.', [R]],
    ['already worked', 'The admin login worked fine, thanks. Now please send us a dump of the database.', [B]],
    ['works, past an aside', 'Админка, слава богу, работает. Нужен только root к серверу.', [R]],
    ['a refusal before an ask still leaves the ask', 'Root — не нужен, сервер ваш. Нужен доступ главного администратора СЭО.', [A]],
  ]);

  readsAs('reads a terse "no need" after a kind as refusing it', [
    ['the site admin refused after root asked', 'Root for the VM please. Moodle admin no need.', [R]],
    ['root refused before the dump is asked', 'Root no need, please send the database dump.', [B]],
    ['"no need" before the kind still refuses what follows', 'No need for root, please send the database dump.', [B]],
    ['"no need" of something else leaves the admin asked', 'No need to hurry, but please reset the Moodle admin password this week.', [A]],
  ]);

  readsAs('reads the data and the whole site named plainly as an export', [
    ['the pair in Russian', 'Ничего кроме данных не надо. Данные: база и файлы, пришлите ссылку.', [B]],
    ['the pair in English', 'Only our data please: the database plus files, as a link.', [B]],
    ['the whole system wanted', 'Нам нужен весь сайт целиком, со всеми пользователями. Это можно от вас получить?', [B]],
    ['the whole site wanted in English', 'We need the whole site, with users and grades, before we move. Can you arrange that?', [B]],
    ['every course with its history', 'Просим передать нам все курсы вместе с оценками учеников.', [B]],
    ['the data taken out, how', 'How do we go about getting all our data out before the switch-off?', [B]],
    ['taken out of the system, how', 'Как нам скачать с платформы всё до отключения?', [B]],
    ['a copy made by the vendor', 'Выгружать курсы по одному долго. Можете вы сами сделать копию всей СЭО и прислать?', [B]],
    ['the pair as what is slow: not an export', 'База и файлы грузятся очень медленно, нужна помощь.', []],
    ['one course backup how-to: not an export', 'Как сделать резервную копию курса без файлов студентов?', []],
  ]);

  readsAs('reads a bare administrator listed beside root, or named by its "pass", as the LMS administrator', [
    ['root and admin in a terse reminder', 'Reminder: root and admin, please, support ends Monday.', [A, R]],
    ['a list of three in English', 'Need by the 20th: root, admin, full export of the database.', [A, B, R]],
    ['рут и админ in Russian', 'Напоминаю: нужны рут и админ до конца недели.', [A, R]],
    ['the admin pass asked for', 'Send the admin pass for our Moodle to my email, please.', [A]],
    ['admin on the server stays root', 'Нужен root и админ на сервер, больше ничего.', [R]],
    ['root and admin for a person', 'We need root and admin for our new IT manager before Friday.', [A, R]],
    ['root and admin on the server, in English: root only', 'Root and admin on the server please, nothing else.', [R]],
    ['root and admin held, only the export asked', 'Root и админ у нас есть, пришлите только выгрузку базы.', [B]],
  ]);

  readsAs('reads the site administrator named after the access', [
    ['access to the whole site with admin rights', 'Завучу нужен доступ ко всему сайту с правами администратора, на неделю.', [A]],
    ['in English', 'Our auditor needs access to the whole LMS with admin rights for two weeks.', [A]],
    ['control over the server and the site', 'Передайте нам полный контроль: и над сервером, и над самим сайтом обучения.', [A, R]],
    ['access to a course with rights of its teacher: not the site', 'Нужен доступ к курсу «Физика» с правами преподавателя.', []],
  ]);

  readsAs('reads "still no X" as missing, not refused, and takes up a forwarded note the writer makes their request', [
    ['still no root, a chase-up', 'Just a nudge: still no root password, and support runs out next week.\n\nOn Monday, Tim wrote:\n> Please send the root password of our Moodle server.', [R]],
    ['still no export link', 'Still no export link, and the contract ends on Friday. Please hurry.', [B]],
    ['no root wanted: still refused', 'No root needed, just the export of the database and files.', [B]],
    ['a note treated as our request', 'See our director\'s note below, please treat it as our formal request.\n\n> Ask the LMS company for a complete copy of our database and files before we leave.', [B]],
    ['"прошу считать его заявкой"', 'Пересылаю письмо директора, прошу считать его официальной заявкой.\n\n> Получите у поставщика root-доступ к серверу до конца гарантии.', [R]],
    ['a forwarded note about a bug: nothing asked', 'Forwarding the note below, please treat it as our formal request.\n\n> The quiz timer is broken again on the mobile app.', []],
  ]);

  readsAs('takes up the items of a forwarded document that the new text asks for by their number', [
    ['"указанные в пункте 2" of a forwarded order', 'Пересылаю распоряжение ректора. Прошу выдать доступы, указанные в пункте 2, до конца месяца.\n\n-------- Пересылаемое сообщение --------\n2. Получить от поставщика пароль root сервера СДО.', [R]],
    ['"listed in item 4" of a forwarded memo', 'Forwarding the director\'s memo. Please provide the access listed in item 4 by Friday.\n\n-------- Forwarded message --------\n4. Obtain from the vendor the root password of the LMS server and the Moodle admin account.', [A, R]],
    ['an item named by its number only to report it done', 'Пересылаю распоряжение ректора. Документы, указанные в пункте 2, уже подписаны, заявку можно закрыть.\n\n-------- Пересылаемое сообщение --------\n2. Получить от поставщика пароль root сервера СДО.', []],
  ]);

  readsAs('reads the link to the customer\'s data, chased, as the copy asked for', [
    ['the link never sent', 'Система отключена, а ссылку на наши данные нам так и не прислали. Пришлите, пожалуйста.', [B]],
    ['the link never got, in English', 'The system is off and we never got the link to our data. Please send it today.', [B]],
    ['a link to the login data is no copy', 'Пришлите ссылку на данные для входа в СЭО для нового учителя.', []],
    ['the link opened and used', 'Ссылка на наши данные открылась, всё скачали, спасибо.', []],
  ]);

  readsAs('reads "дошлите" and "почините" as asking', [
    ['the rest of the copy to be sent on', 'Дамп базы пришёл, а moodledata нет. Дошлите файлы.', [B]],
    ['the admin login to be mended', 'Не могу зайти под admin после вашего обновления. Почините, пожалуйста.', [A]],
    ['a course\'s backup to be mended is no export', 'Почините, пожалуйста, календарь в курсе, бэкап курса не открывается.', []],
  ]);

  readsAs('reads what is "still missing" as chased', [
    ['moodledata still missing, in Russian', 'Из всего списка до сих пор нет только moodledata, база пришла.', [B]],
    ['moodledata still missing, in English', 'Still missing: the moodledata archive. The database arrived fine.', [B]],
    ['a course backup missing, asked how to make, is no export', 'В курсе до сих пор нет бэкапа курса, как его сделать?', []],
  ]);
});
