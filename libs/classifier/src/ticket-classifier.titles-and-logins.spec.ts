import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;

readsAs(`${TicketClassifier.name}: conditions inside quoted titles, logins held for long, the administrator's own login`, [
  // A condition inside a quoted title ends with the quote: what the clause asks after it is asked plainly.
  ['a condition in a quoted title, then an ask', 'Прочитав памятку "Что случится, если истёк договор" просим выдать нам рут на виртуалку.', [R]],
  ['a condition in a quoted title, in English', 'After your post "What to expect, if you leave" we ask for a full database export now.', [B]],
  ['a condition in a guillemet title, then two asks', 'По заметке «Что дальше, если вы уходите» просим архив всей базы и права главного администратора.', [A, B]],
  ['a plain condition still governs its part', 'Прочитали памятку. Если понадобится выгрузка всей базы, напишем отдельно.', []],
  ['a condition inside the quote names the kind', 'Ваша статья «Что делать, если нужен root» понравилась, спасибо. Вопрос по календарю.', []],

  // Named first, then said to have been held for long: not asked for.
  ['an admin login held since a year', 'The site admin login we have had since 2019; what we need is root on the server.', [R]],
  ['root held all along', "Root we've had all along. Please send a full export of the site.", [B]],
  ['an admin account held for long, in Russian', 'Доступ администратора СЭО у нас давно есть, нужна выгрузка базы.', [B]],
  ['held for years is no ask, and nothing else asked', "The Moodle admin account we've always had. Thanks for the newsletter.", []],
  // "We have had root" says root is held, as "we have root" does: only the admin is asked (was [A, R] before rules-2025.20).
  ['something held, the admin still asked', 'We have had root since the start; please also give us full admin on the site.', [A]],

  // The administrator's login named by who one signs in as counts beside an ask to get it back.
  ['signing in as admin, unlock asked', 'Cannot log in as admin, the account got locked and there is nobody else with rights. Please unlock it.', [A]],
  ['signing in as the administrator, restore asked', 'Не могу войти под администратором, пароль утерян. Сбросьте его, пожалуйста.', [A]],
  ['signing in as admin, only a fault reported', 'Вхожу под админом, а журнал оценок пустой. Что случилось?', []],
  ['signing in as a student, unlock asked', 'Не могу войти под студентом, учётка заблокирована. Разблокируйте, пожалуйста.', []],
  ['a course admin, unlock asked', 'Cannot log in as course admin for History. Please unlock it.', []],
]);

readsAs(`${TicketClassifier.name}: kinds set aside as not the writer's concern, backup tools, putting the site back`, [
  // "Это не к нам" after a kind named sets it aside; what the letter asks after it still counts.
  ['a kind set aside as not for us, then an ask', 'Насчёт админки из письма — это не про нас, сайт ведёт другой вуз. А вот архив всей базы пришлите.', [B]],
  ['set aside in English', "Root access from your mailing — that's not for us, we are on the hosted plan. Please send a full export of the site.", [B]],
  ['set aside alone, nothing asked', 'Про выгрузку базы — это не к нам, мы только арендуем курсы.', []],
  ['"to us" as an address still asks', 'Root — пришлите к нам на почту, пожалуйста.', [R]],

  // A backup naming the tool that makes it is no ask for a copy.
  ['the tool of a backup, root asked', 'Ставим свою программу бэкапа на сервер, для неё нужен root.', [R]],
  ['a backup script, root asked', 'Для скрипта резервных копий нам нужен root-доступ к серверу.', [R]],
  ['a backup asked beside a tool', 'Пришлите бэкап базы, агент поставим потом сами.', [B]],

  // Putting the site back from the vendor's backups is a restore, not an export.
  ['put the site back from backups', 'The upgrade broke the gradebook; can you put the site back to Friday from your backups?', []],
  ['set the database back from a backup', 'Please set our database back to yesterday using your nightly backup.', []],
  ['a backup sent, then put back by us', 'Please send us the latest database backup so we can put it on our own server.', [B]],
]);

readsAs(`${TicketClassifier.name}: a kind asked about, then wanted by a pronoun`, [
  ['asked how long, then needed by a date', 'Сколько обычно готовится архив всей базы? Нам надо забрать его до конца месяца.', [B]],
  ['asked what it costs, then wanted', 'Сколько стоит выгрузка всех данных СЭО? Необходимо получить её до закрытия договора.', [B]],
  ['asked about, then discussed only', 'Сколько стоит выгрузка всей базы? Нам нужно это обсудить с директором.', []],
  ['asked about, then understood only', 'Что даст root? Нам нужно его понять, прежде чем решать.', []],
]);

readsAs(`${TicketClassifier.name}: a lost administrator login asked back ("can you reset it", "верните", "восстановите")`, [
  ['"can you reset it"', 'Lost the password of our Moodle admin account, can you reset it?', [A]],
  ['"could you reset it please"', 'The site administrator login got locked, could you reset it please?', [A]],
  ['"верните доступ"', 'Выгрузку пока не надо. А доступ главного администратора верните, пожалуйста, он заблокирован.', [A]],
  ['"восстановите"', 'Учётку главного администратора СЭО восстановите, пожалуйста, пароль потерян.', [A]],
  ['reset by themselves through the console: a report', 'We lost root but managed to reset it via the server console. All good now.', []],
  ['a course restored from a backup: not an export', 'Восстановите курс из резервной копии, пожалуйста, его удалили случайно.', []],
  ['a pupil\'s password reset: not the administrator', 'Сбросьте пароль ученику Иванову, он забыл.', []],
]);
