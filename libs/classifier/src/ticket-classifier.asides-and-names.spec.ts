import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: bracketed asides, short names of the site's administrator, titles, screens and asks turned down`, () => {
  readsAs('reads a refusal or a copy held past a bracketed list as reaching what the list spells out', [
    ['a backup held, its parts in brackets', 'Свежий бэкап всей СЭО (база, moodledata, примерно 25 ГБ) у нас уже есть. Поможете поднять его у вас в облаке?', []],
    ['a copy held, in English', 'A full backup of our site (database, moodledata, about 30 GB) we already have, taken on Friday. What would hosting it with you again cost?', []],
    ['the export refused past its brackets', 'Выгрузка (база, файлы, журналы) нам не нужна, договор продлеваем.', []],
    ['the brackets only spell out what is asked for', 'Пришлите, пожалуйста, полную выгрузку (база, moodledata, все курсы) до конца месяца.', [B]],
    ['asked for, a held thing named after it', 'Подготовьте копию базы и файлов (всё, что в СЭО), бэкап ОС у нас есть свой.', [B]],
  ]);

  readsAs("reads the site's administrator named as 'админ от СЭО' or 'admin for the site' as the administrator", [
    ['root and the admin of the LMS, in one breath', 'Поддержку не продлеваем. Дайте root от сервера и админа от СЭО до конца месяца.', [A, R]],
    ['the admin for the platform alone', 'Нужен админ для СДО на нового методиста, старый уволился.', [A]],
    ['the admin of the LMS told us: no ask', 'Админ от СЭО сказал, что лицензия на плагин активна, а отчёт не строится. Посмотрите?', []],
    ['the Windows admin password: no ask for the site', 'Пароль от админа Windows на ноутбуке учителя забыли — это к вам или к нашему системщику?', []],
  ]);

  readsAs("reads words inside a course's, a lesson's or a test's quoted name as its subject, not an ask", [
    ['a course about Linux', 'В курсе «Администрирование Linux: root и sudo» слушатели не видят оценки за тест. Проверьте, пожалуйста.', []],
    ['a lesson named in English', 'The lesson "Backups and database dumps" shows a blank page for all students. Could you take a look?', []],
    ['a webinar titled after the admin', 'Когда будет запись вебинара «Полные права администратора СЭО: что можно и что нельзя»?', []],
    ['a quoted request is no title', 'Просим: «предоставить root-доступ к серверу до 1 июня».', [R]],
    ['the same words outside the title still ask', 'Тест в курсе «Linux» не открывается. И ещё: дайте нам root на сервер, гарантия заканчивается.', [R]],
  ]);

  readsAs("reads an admin screen as a screen, not the administrator's access", [
    ['a password reset from the admin page', "Could you reset a student's password from the admin panel? She is locked out.", []],
    ['a list of learners exported to a spreadsheet', 'Please export our list of learners with their emails to Excel.', []],
    ['a staff table to CSV', 'Please export the database of trainees to CSV for the HR office.', []],
    ['the admin password itself still asked for', 'Please send us the admin password for the site, our coordinator left.', [A]],
    ['the whole database still exported', 'Please export our whole Moodle database and files before the contract ends.', [B]],
  ]);

  readsAs('reads account details sent to a person as no data to hand over', [
    ['the logins to be passed to an engineer', 'Просим выдать root на сервер. Учётные данные просим передать инженеру Петрову.', [R]],
    ['contact details of whom to send it to', 'Пароль главного администратора СЭО утерян, восстановите. Контактные данные передаём в приложении.', [A]],
    ['the data itself still handed over', 'Договор закончился, базу и файлы просим передать нашему инженеру.', [B]],
  ]);

  readsAs("reads a short answer to the vendor's either-or question, parted by 'только', as the choice it names", [
    ['the whole, with grades and history', 'Всё целиком, с оценками и историей.\n\n> Вам нужна выгрузка всей СЭО целиком или только отдельных курсов?', [B]],
    ['the whole thing, in English', 'The whole thing, with all users and grades.\n\n> Do you need an export of the whole site, or only some courses?', [B]],
    ['two courses chosen: no export of the system', 'Только два курса, «Химия» и «Физика».\n\n> Вам нужна выгрузка всей СЭО целиком или только отдельных курсов?', []],
    ['the whole turned down, one course enough', 'Целиком не надо, хватит курса «Химия».\n\n> Вам нужна выгрузка всей СЭО целиком или только отдельных курсов?', []],
    ['the whole turned down under a question in two sentences', 'Полную не нужно, достаточно одного курса.\n\n> Вам нужна выгрузка всей СЭО целиком? Или отдельных курсов?', []],
    ['courses turned down, the whole chosen', 'Отдельные курсы не подходят. Нужна вся система.\n\n> Вам нужна выгрузка всей СЭО целиком или только отдельных курсов?', [B]],
  ]);

  readsAs('reads how to get a course file back as no ask for the system', [
    ['a course backup restored', 'How do we go about getting a course backup file restored?', []],
  ]);

  readsAs("reads someone else's ask that the writer turned down as no ask", [
    ['a pupil wanted sudo, told no', 'A pupil of ours asked whether he could get sudo on the Moodle server, I told him no. Can quizzes be embedded in a page?', []],
    ['a teacher wanted the admin panel, refused', 'Один из наших преподавателей просил админку в СЭО, мы ему отказали. Как поменять логотип на главной?', []],
    ['a reported ask passed on', 'One of our teachers asked for full admin rights in Moodle. Please grant them, her login is tmiller.', [A]],
  ]);

  it.each([
    ['a root password received, then an OS question', 'Пароль root получили, спасибо. Вопрос: можно ли нам самим обновлять пакеты ОС?', []],
    ["the main administrator's account received", 'Учётку главного администратора получили, всё работает. Подскажите, как сменить тему оформления?', []],
    ['a course named after databases', 'Новому преподавателю нужны права учителя в курсе «Базы данных и SQL». Спасибо!', []],
    ['a group enrolled on a course about backups', 'Запишите, пожалуйста, группу 11Б на курс «Резервное копирование баз данных».', []],
    ['"оформите" asks', 'Оформите, пожалуйста, root-доступ к серверу до конца гарантии.', [R]],
    ['"go about getting" asks for the copy', 'How would we go about getting a full copy of our site before the subscription ends?', [B]],
    ['the spoken "нада" asks', 'нам нада рут на сервер пока гарантия не кончилась', [R]],
  ] as Array<[string, string, RequestKind[]]>)('keeps confident by the rules: %s', (_case, text, labels) => {
    // The rules' own confidence: the second opinion, a model trained on labelled tickets, may still doubt a text.
    const result = new TicketClassifier().classifyByRules(text);
    expect({ labels: result.labels, needsReview: result.needsReview }).toEqual({ labels, needsReview: false });
  });

  it('sends to review a ticket that lacks both accesses and then asks for them in words no rule reads', () => {
    const result = new TicketClassifier().classify('Подрядчик ушёл, и теперь у нас нет ни пароля root, ни учётки главного администратора. Оформите нам оба доступа.');
    expect(result.needsReview).toBe(true);
  });

  readsAs('reads a refusal after an opened bracket the splitter cut as reaching only the aside', [
    ['what is held, in a bracket cut by "только"', 'Выдайте пароль root на сервере (сейчас у нас есть только учётка moodle без sudo), гарантия кончается.', [R]],
    ['in English, cut by "just"', 'Please send us the root password (at the moment we have just a moodle user, no sudo).', [R]],
    ['the administrator asked, a manager held', 'Нужна учётка главного администратора СЭО (у нас есть только роль менеджера).', [A]],
    ['the kind held is inside the bracket: still held', 'Пришлите выгрузку базы и файлов (root у нас уже есть).', [B]],
    ['a sad smiley opens nothing', 'Root нам так и не выдали :( выдайте, пожалуйста, пароль root.', [R]],
  ]);

  readsAs('reads a step of a menu path as a screen, not the site administrator', [
    ['a path with ">"', 'How do I add learners in bulk? Site administration > Users > Upload users rejects my file.', []],
    ['a path with an arrow', 'Moodle administration → Plugins shows an update warning, is it safe to ignore?', []],
    ['the account asked for: kept', 'Please give us the site administrator account before the warranty ends.', [A]],
    ['"admin/root" is no path', 'We need the Moodle admin/root passwords before support ends.', [A, R]],
  ]);

  readsAs('reads the administrator given by its role in slang, and root in plain Russian', [
    ['"дайте админа" beside root', 'Выдайте нам рут и админа, сами всё поставим, ждать больше не можем.', [A, R]],
    ['the admin on the whole site', 'Дайте мне админа на весь сайт, нужно срочно завести новых сотрудников.', [A]],
    ['an admin for the whole site, the role named after it', 'Нужен админ на всю СЭО для нашего методиста.', [A]],
    ['root and admin given in English', 'Please give us root and admin, we will configure everything ourselves.', [A, R]],
    ['the admin given on the server is root', 'Дайте админа на сервер, нужно обновить PHP.', [R]],
    ['the admin\'s phone is no role', 'Дайте телефон админа, который ставил нам СЭО.', []],
    ['full access to the whole LMS', 'Нужен полный доступ ко всей СЭО, как у администратора, а не роль учителя.', [A]],
    ['the root password in plain Russian', 'Прошу передать нам корневой пароль до конца гарантии.', [R]],
    ['access to the server itself', 'Нужен доступ к самому серверу, пароль от него у нас потерян.', [R]],
    ['a root folder is no access', 'В корневой папке сайта лежит старый файл config.php — его можно удалить?', []],
  ]);
});
