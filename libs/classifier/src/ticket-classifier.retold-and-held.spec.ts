import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: the vendor's words retold, things already held or refused, and people named by their role`, () => {
  readsAs("reads kinds retold from the vendor's own words as no ask", [
    ['what the reply said, then only the export', 'You mentioned earlier that root is a thing for self-hosted servers; our site is hosted by you. Only the database export is needed, by the 20th.', [B]],
    ['the mailing retold in Russian', 'В вашем письме говорится про root-доступ и учётку главного администратора, но у нас облако, это не про нас. Нужна только выгрузка базы и файлов.', [B]],
    ['the root part of the letter', 'Our school is on your hosted plan, so the root section of your notice is not relevant for us. Please prepare the full site export instead.', [B]],
    ['an article read, and a question about something else', 'I saw in your knowledge base that server root must be asked for in advance. We have had root since the installation, no issue there. Will the mail settings survive the upgrade?', []],
    ['the advice followed: asks', 'Как вы и советовали в рассылке, просим выдать root-доступ к нашему серверу до конца гарантии.', [R]],
    ['the advice quoted, then taken up with one word', 'В вашей статье сказано заранее запросить root на сервер. Запрашиваем.', [R]],
    ['the vendor retold, then the same kind asked for', 'Вы писали, что выгрузки хватит, чтобы поднять систему на чистом Moodle. Нам это подходит — подготовьте её, пожалуйста, к концу месяца.', [B]],
    ['everything the letter names, wanted', 'Это по вашему письму об окончании гарантии. Нужно всё, о чём вы пишете: root на сервер и учётка главного администратора.', [A, R]],
    ['everything the mailing names, wanted, in one line', 'Нужно всё, о чём вы пишете в рассылке: рут и главная админка.', [A, R]],
    ["the vendor's advice retold with its own 'нужно'", 'Вы пишете в рассылке, что нужно заранее запросить root. У нас облачная версия, вопрос снят.', []],
    ['the guidance followed, in English', 'In line with the advice in your reminder, we would like to request root access to the LMS server before support ends.', [R]],
  ]);

  readsAs('reads an account or a copy the customer already holds as no ask', [
    ['admin rights said to be had, in the plural', 'Нужен пароль root от сервера СЭО. Права администратора в СЭО у нас имеются.', [R]],
    ['admin rights lacking stay asked', 'Нужен пароль root от сервера СЭО. Прав администратора в СЭО у нас нет, выдайте их тоже.', [A, R]],
    ['the admin account held, root asked', 'We already hold the Moodle administrator login. The only thing still missing is root on the server, please send it before the 30th.', [R]],
    ['root had since the start, admin asked', "We've had root on that box from the beginning. What we need is the full site admin account for our new coordinator.", [A]],
    ['the export refused, the backups kept at home', 'Экспорт данных нам не требуется — сервер и его бэкапы стоят у нас в здании. Просим только root-доступ к серверу.', [R]],
    ['a backup asked for beside a refused export', 'No need for a full export. Please send us yesterday\'s backup of the database, that is enough.', [B]],
    ['a copy asked for as a restore point', 'Before the contract ends we ask for: (1) root on the server; (2) a full backup of the database and files, taken as late as possible, so that we keep a clean restore point.', [B, R]],
    ['an own backup to be restored', 'Our disk failed last night. We have a fresh backup of the database and moodledata on an external drive. Could your engineer help us restore it onto the replacement server?', []],
    ['a restore refused, the data asked for', 'Восстанавливать ничего не нужно, договор не продлеваем. Отдайте то, что у вас осталось, — базу и файлы.', [B]],
  ]);

  readsAs('reads an administrator named as a person, an audience or a Windows role as no ask for the site', [
    ['the administrator reports, the question is about a plugin', 'Преподаватели жалуются на Антиплагиат: проценты не считаются. Администратор нашей системы обучения утверждает, что лицензия активна. Посмотрите, пожалуйста.', []],
    ['the site admin says, in English', 'The quiz timer stops at zero but nothing is submitted. Our LMS admin thinks it is a cache problem. Can you check?', []],
    ['a webinar for administrators', 'Подскажите, планируется ли весной семинар для администраторов СЭО? Хотим записать троих.', []],
    ['a training course for site admins', 'Is there an online training course for new Moodle admins? Two of our staff have just started.', []],
    ['Windows administrator rights on classroom computers', 'На компьютерах в кабинете информатики у детей нет прав администратора Windows, а тест в СЭО требует установить плагин браузера. Как быть?', []],
    ['local admin rights in English', 'Students have no local admin rights on the lab PCs, so the exam browser cannot be installed. Is there a way around it?', []],
    ['the site administrator account still asked for', 'Наш администратор СЭО уволился. Просим выдать полный доступ администратора СЭО новому сотруднику.', [A]],
    ['the admin said and rights asked', 'Our site admin said we should write to you: please give her full administrator rights in Moodle, her account is locked.', [A]],
  ]);

  readsAs('reads a sales pitch as no ask, whatever data it names', [
    ['databases for sale', 'Продаём базы данных школ и колледжей! Полная копия каталога, выгрузка в CSV, скидка 30% до пятницы.', []],
    ['a pitch in English', 'We sell verified databases of education contacts. Full copy for $99, export to Excel included. Reply to order.', []],
    ['a customer asking for a copy is no pitch', 'Договор не продлеваем. Подготовьте, пожалуйста, полную копию нашей СЭО — базу и файлы.', [B]],
  ]);

  readsAs('reads the whole system asked for in plain words as an export', [
    ['everything out of the program', 'Я секретарь, в программе сама не работаю. Руководитель просит, чтобы вы прислали нам всё из программы на флешку или ссылкой, платить дальше не будем.', [B]],
    ['the whole system in one archive', 'Можно ли получить всю нашу систему — курсы, задания, журналы — одним архивом? Продлевать подписку не будем.', [B]],
    ['a curriculum is no program of the LMS', 'Пришлите, пожалуйста, всё из программы обучения по охране труда: нам нужен перечень тем.', []],
    ['a wish with a date and two verbs', 'Директор велела передать: надо чтобы вы к середине мая сделали нам копию всего сайта обучения и прислали ссылку на почту.', [B]],
  ]);

  readsAs('takes up the quoted request under a short agreement, a resend or a forwarded yes', [
    ['agreed, go on', 'Согласны, выполняйте. Ссылку направьте на адрес ниже.\n\n> Можем подготовить архив базы данных и файлов вашей СЭО к пятнице. Подтвердите, нужна ли выгрузка.', [B]],
    ['written again, no answer yet', 'Пишем повторно.\n\n> Просим выдать root-доступ к серверу СЭО до окончания гарантии.\n\nОтвета до сих пор не поступило.', [R]],
    ['a forwarded ask with a yes', 'Passing this on from our head of school — yes, please do it.\n\n---------- Forwarded message ---------\n> Could the vendor make me a full site administrator in Moodle?', [A]],
    ['a yes naming only the export under a reminder of all kinds', 'Yes, go ahead with the export of the database and files, please.\n\n> Your contract ends soon. On-premise customers may request root access and full LMS administrator access; cloud customers may request an export of the database and files.', [B]],
    ['a short reply that calls it off', 'Спасибо, уже не требуется, договор продлили.\n\n> Можем подготовить архив базы данных и файлов вашей СЭО. Подтвердите, нужна ли выгрузка.', []],
  ]);
});
