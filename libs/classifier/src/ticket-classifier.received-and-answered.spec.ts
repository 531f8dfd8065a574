import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: kinds received, titles signed, answers to a quoted choice, documents and lists asked about`, () => {
  readsAs('reads a kind whose receipt is confirmed or that the writer restored as a report, not an ask', [
    ['receipt confirmed in Russian', 'Подтверждаем получение логина главного администратора СЭО, замечаний нет. Ждём выгрузку базы и файлов.', [B]],
    ['receipt of both confirmed, the export asked', 'Получение пароля root и учётки администратора платформы подтверждаем. Просим теперь выгрузить базу данных и moodledata.', [B]],
    ['receipt acknowledged in English', 'We acknowledge receipt of the root credentials for the app server. Please send the database dump as well.', [B]],
    ['both work, in English', 'Quick note: the root password and the Moodle admin login both work. Thanks, you can close this.', []],
    ['restored by the writer', 'Пароль главного администратора сайта восстановила сама через резервную почту. Остался только root на сервер, пришлите.', [R]],
    ['the ask that is still to come stays asked', 'Подтверждаем получение выгрузки. Дайте ещё root-доступ к серверу СДО.', [R]],
    ['received, said in the passive', 'Пароль главного администратора СЭО получен, вход проверен. Теперь нужен root-доступ к серверу.', [R]],
    ['received in the passive, the ticket closed', 'Root-доступ к серверу получен, всё работает, заявку можно закрыть.', []],
    ['received in the passive, in English', 'The Moodle admin credentials were received, thank you. Please also send the root password for the server.', [R]],
    ['a receipt still to come stays asked', 'Когда будет получен root-доступ к серверу? Ждём уже неделю.', [R]],
    ['a receipt denied stays asked', 'Пароль root до сих пор не получен, пришлите его, пожалуйста.', [R]],
  ]);

  readsAs('reads an administrator title in a signature, with its organisation after it, as the writer', [
    ['a title after the name and a comma', 'Не приходят письма о новых заданиях, проверьте, пожалуйста.\n\nСидорова М.В., Администратор СДО', []],
    ['a title with its school after it', 'Календарь курса показывает не те даты.\n\nПетров П.\nучитель физики, администратор СЭО гимназии №2', []],
    ['the former administrator is a person, not an access', 'Бывший админ уволился и ничего не оставил. Пришлите пароль root от сервера.', [R]],
    ['an ask for the administrator account still asks', 'Нужна учётная запись администратора СЭО школы, старая утеряна.', [A]],
  ]);

  readsAs('takes up the whole system an answer chooses from the quoted question', [
    ['the database and the files, courses turned down', 'И базу, и файлы. По одному курсу — не вариант, их больше ста.\n\n> Уточните: нужна выгрузка всей СЭО или копии отдельных курсов?', [B]],
    ['the pair in English, of course', 'The whole thing, of course: database and moodledata. Course backups one at a time will not do.\n\n> Do you need an export of the whole system, or only backups of individual courses?', [B]],
    ['courses chosen: no export', 'Только два курса, остальное не нужно.\n\n> Уточните: нужна выгрузка всей СЭО или копии отдельных курсов?', []],
  ]);

  readsAs('reads everything taken away, listed after a colon, as the export', [
    ['in Russian', 'Переходим к другому поставщику. Нужно забрать всё: базу учеников, журналы, записи уроков. Как это сделать?', [B]],
    ['asked how to get it from the vendor', 'Хотим получить от вас всё: данные пользователей, курсы, оценки. Что для этого нужно?', [B]],
    ['a single course taken: not the export', 'Как забрать курс «Химия» себе на флешку?', []],
  ]);

  readsAs('reads a document about retention and a list of who got access as asked about, not for', [
    ['a certificate of retention terms', 'Для суда прошу выдать справку о том, сколько хранятся резервные копии после окончания договора.', []],
    ['a written statement in English', 'Please provide a written statement on how long backups are retained after the contract ends.', []],
    ['the list of people given root and admin', 'For our audit, please confirm the list of persons who were given root access and the site admin account last year. We do not request any access ourselves.', []],
    ['the list in Russian', 'Направьте, пожалуйста, перечень лиц, которым выдавались root и учётная запись главного администратора в 2024 году.', []],
    ['the export itself still asked', 'Пришлите, пожалуйста, резервную копию базы данных и файлов СЭО.', [B]],
  ]);

  readsAs('reads department names as names, not as data or access handed over', [
    ['information security is a department', 'Пароль root сервера СЭО передайте, пожалуйста, в отдел защиты информации.', [R]],
    ['IT is a department', 'Сопровождение СДО передаётся департаменту информационных технологий. Просим выдать учётную запись главного администратора СЭО.', [A]],
    ['information itself still handed over', 'Передайте нам всю информацию из СЭО: курсы, пользователей, оценки.', [B]],
  ]);

  readsAs('reads an export asked for again because the one sent is broken', [
    ['a broken archive re-asked in Russian', 'Выгрузка битая, распаковка обрывается на середине. Пришлите заново, пока копии не удалены.', [B]],
    ['a corrupt export re-asked in English', 'The export is corrupt, the zip stops halfway. Could you send it again before the purge?', [B]],
    ['a damaged dump made once more', 'Дамп поврежден. Сделайте, пожалуйста, ещё раз.', [B]],
    ['a broken archive only reported: nothing asked', 'Архив битый, не открывается ни у кого.', []],
    ['a course archive re-asked: not the export', 'Архив курса «Химия» битый, пришлите заново.', []],
    ['a link re-asked: nothing named', 'Ссылка не работает, пришлите заново.', []],
  ]);

  readsAs('reads a broken export asked to be put up again by a bare command ("перевыложите заново", "reupload it") as asked', [
    ['put up again, nothing named after the verb', 'Выгрузка дошла битая: архив с базой не распаковывается, ошибка CRC. Перевыложите, пожалуйста, заново.', [B]],
    ['poured in again, by a pronoun', 'Архив выгрузки пришёл повреждённый, 7z ругается. Перезалейте его, пожалуйста.', [B]],
    ['in English', 'The export arrived truncated, the moodledata part stops at 9 GB. Please reupload it.', [B]],
    ['something else put up again: no export', 'Выгрузку получили, всё открылось. Перевыложите, пожалуйста, заново инструкцию по установке.', []],
  ]);

  readsAs('reads kinds said still to be missing ("ни …, ни … до сих пор нет") as asked, not refused', [
    ['in Russian', 'Ни пароля root, ни учётки главного администратора СЭО нам так и не выдали, а гарантия кончается. Выдайте оба.', [A, R]],
    ['in English', 'We still have neither root nor the Moodle admin account, and support ends Friday. Please issue both.', [A, R]],
    ['a real refusal of both stays one', 'Ни root, ни админка нам не нужны, пришлите выгрузку.', [B]],
  ]);

  readsAs("reads a kind called someone else's matter as not asked by the writer", [
    ['a question of another department', 'Учётная запись администратора СЭО — вопрос методического отдела, я по нему не пишу. Мне нужен пароль root от сервера.', [R]],
    ['not our question', 'Админка — не наш вопрос, им занимается методотдел. Нам нужен только root.', [R]],
    ['not my concern, in English', 'The site admin account is not my concern, the training centre handles it. I need the root password for the server.', [R]],
    ['our question after all stays asked', 'Root — это наш вопрос, дайте его до пятницы.', [R]],
  ]);

  readsAs('reads an ask the writer reports from someone else and then refuses as refused', [
    ['a deputy head asks, the writer refuses', 'Завуч просит, чтобы ему дали админку, но ему нужно только смотреть отчёты. Дайте роль наблюдателя, админку не надо.', []],
    ['a teacher asks, in English', 'Our teacher keeps asking for the Moodle admin role, but she only needs to edit her own course. Give her editing rights there; no admin access, please.', []],
    ['the writer asks and refuses another kind', 'Директор просит, чтобы мы получили root до конца гарантии. Админку не надо.', [R]],
    ['advice to ask for root retold, then declined', 'Мне сказали, что надо просить root. Я не знаю, что такое этот root, и мне это не нужно. Нужна только выгрузка базы.', [B]],
    ['advice retold in English, then declined', 'We were told that we should ask for root before the warranty ends. Root is not needed, our contractor runs the server. Just send the database export.', [B]],
    ['advice retold, then followed', 'We were told that we should ask for root before the warranty ends. Please give us root on the server.', [R]],
    ['a lost admin login asked, a domain admin held', 'Утерян доступ к главной учётной записи администратора СЭО. Просим восстановить.\n\nПрава администратора домена в AD у нас есть.', [A]],
  ]);

  readsAs("reads what the customer does not keep itself as no question of the vendor's retention", [
    ['what the export must hold, kept only by the vendor', 'И записи вебинаров тоже! В выгрузке должны быть все видео, они только у вас на сервере, мы их сами не храним.', [B]],
    ['in English the vendor keeps it', 'Please, the export has to include the lecture videos too, we never kept copies ourselves.', [B]],
    ["the vendor's retention asked about stays a question", 'Мы храним копии сами, а сколько хранятся ваши бэкапы?', []],
  ]);

  readsAs('reads an export asked to be delivered another way as asked', [
    ['on a disk', 'Our lawyers ask whether you could deliver the export of the database and files on a hard drive instead of a link.', [B]],
    ['where the export will be put, a way of fetching it preferred', 'Where will the export be made available? We would prefer to pull it via SFTP.', [B]],
    ['a way preferred for a course backup is still no export', 'Бэкап курса будет по ссылке? Мы предпочли бы файл mbz.', []],
    ['how the export will be delivered, with a deadline', 'How will the export be delivered to us, a link or SFTP? We need it before the 30th.', [B]],
    ['how to export a gradebook oneself stays a how-to', 'How do I export the gradebook to Excel?', []],
    ['where a course backup button is stays a how-to', 'Where can I find the backup button for a course?', []],
    ['whether asked about, nothing to deliver', 'Could you tell us whether the export includes the course files?', []],
  ]);

  readsAs('reads "both work" and "we have logged in as root" above the quoted ask as a report, not a confirmation', [
    ['both work, in English', "Both work now: we've logged in as root and as the site administrator. You can close the ticket.\n\n> Please send us the root password and the Moodle admin login.", []],
    ['both work, in Russian', 'Оба работают, зашли под root и под главным администратором, спасибо.\n\n> Просим выдать root и учётку главного администратора СЭО.', []],
    ['"both, please" to a choice: taken up', 'Both, please.\n\n> Do you need root access, the Moodle admin account, or both?', [A, R]],
    ['logged in once, the password now rejected: asked', 'We logged in as admin yesterday, but today the Moodle admin password is rejected. Please reset it.', [A]],
  ]);
});
