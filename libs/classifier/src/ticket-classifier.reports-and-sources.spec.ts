import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: reports of what was done, and data that comes from elsewhere`, () => {
  readsAs('reads a report of what was given, found or deployed as no request', [
    ['admin given before, root asked now', 'Доступ администратора СЭО вы нам уже выдали, спасибо. Сейчас просим root к серверу.', [R]],
    ['site admin granted before, a dump asked now', 'You already granted us site admin last week. Now please send the database dump.', [B]],
    ['a root password found in the papers', 'Пароль от root нашёлся в старом договоре, вопрос закрыт.', []],
    ['credentials that turned up', 'The root password turned up in our old wiki, thanks anyway.', []],
    ['an export deployed at home', 'Развернули у себя вашу выгрузку базы, но в курсах не видно картинок. Что делать?', []],
    ['an export deployed, in English', 'We deployed your full site export on our own server and need help: the quizzes show no images.', []],
    ['an export done, admin asked beside it', 'Помимо архива, который вы уже сделали, требуется ещё учётка главного администратора сайта.', [A]],
    ['a dump received, root asked beside it', 'Besides the dump you already sent, we need root on the server too.', [R]],
  ]);

  readsAs('does not take questions about how backups are kept for an ask for one', [
    ['encryption of the copies', 'Просим сообщить, шифруются ли у вас резервные копии наших данных и где они лежат.', []],
    ['the data centre of the backups', 'Для аудита просим сообщить, в каком ЦОДе находятся бэкапы нашей базы.', []],
    ['where the copies are kept, for a form', 'Нам нужно указать в регламенте, где хранятся резервные копии нашей СЭО.', []],
    ['where the backups are kept, in English', 'We need to state where our site backups are kept.', []],
    ['a copy of the backup kept there', 'Нам нужна резервная копия базы, которая у вас хранится.', [B]],
    ['a copy asked beside the question', 'Пришлите, пожалуйста, резервную копию базы, и заодно сообщите, где хранятся остальные.', [B]],
  ]);

  readsAs('reads an erasure of data from backups as no export', [
    ['erased from backups', 'Please make sure our learners\' records are erased from all backups after the contract ends.', []],
    ['erasure from the backups', 'We request erasure of personal data from the system backups and a written confirmation.', []],
    ['a backup asked before erasure', 'Please send us the database backup before it is erased.', [B]],
  ]);

  readsAs('reads an export out of another system as data exchange', [
    ['staff exported from 1C into the LMS', 'Загружаем в СЭО выгрузку из 1С с подразделениями, часть полей пустая. Почему?', []],
    ['an export from the HR system', 'The export from our HR system into Moodle drops the job titles, please help.', []],
    ['an export of the LMS itself', 'Нужна выгрузка всей СЭО с базой и файлами до конца договора.', [B]],
  ]);

  readsAs('reads securing the admin panel as no ask for it', [
    ['two-factor login for the admin panel', 'Можно ли защитить вход в админку вторым фактором?', []],
    ['protecting the admin panel', 'How can we protect the adminka from brute-force logins?', []],
    ['the admin panel asked for', 'Дайте, пожалуйста, админку новому методисту.', [A]],
  ]);

  readsAs('reads the whole of the system by its names', [
    ['everything admin-level is access, not data', 'Our director wants us to get everything admin-level before support ends: root on the box and Moodle site admin.', [A, R]],
    ['everything, then the data named', 'Please get everything off the platform for us: database and files.', [B]],
    ['a copy of the instance', 'Please send us a complete copy of our instance before it is switched off.', [B]],
    ['a new instance is not a copy', 'Please set up a copy of the course on the test site.', []],
  ]);

  readsAs('reads refusals that stand apart from what they refuse', [
    ['"ни тому, ни другому" after the kind', 'Первому филиалу нужен архив базы, второму root на сервер. Админские права ни одному, ни второму не нужны.', [B, R]],
    ['"нам это ни к чему" after the kinds', 'Рут и админку не предлагайте, нам это ни к чему. Нужна только выгрузка базы.', [B]],
    ['an offer declined in English', 'Please do not offer root, we only want the database export.', [B]],
    ['the pair still asks when nothing refuses it', 'Админка нужна и тому, и другому филиалу.', [A]],
  ]);

  readsAs('reads a wish for the thing just asked about', [
    ['price of root, then wanting it', 'Сколько стоит root-доступ к серверу и входит ли он в поддержку? Хотели бы оформить его до конца поддержки.', [R]],
    ['whether root is included, then wanting it', 'Does the warranty include root access? We would like to get it before the end of March.', [R]],
    ['price of root only', 'Во сколько обойдётся root-доступ к серверу? Это входит в поддержку?', []],
  ]);

  readsAs('reads dumps, roots and consoles in their other senses', [
    ['a core dump in a log', 'Please help: php-fpm keeps exiting with SIGSEGV (core dumped) since the update.', []],
    ['a memory dump', 'Нужна помощь: php после сбоя оставляет дамп памяти в /tmp, откуда он берётся?', []],
    ['a database dump asked', 'Please send a dump of the Moodle database before the shutdown.', [B]],
    ["root of the customer's own router", 'Чтобы открыть порт, нужен root на нашем маршрутизаторе, а пароль утерян. Какие порты нужны СЭО?', []],
    ['root of the server asked', 'Нужен root на нашем сервере СЭО до конца гарантии.', [R]],
    ['the console as the fallback should root be refused', 'Можно получить root на сервер? Если нельзя, расскажите, как войти через консоль.', [R]],
    ['root taken through the console', 'Root we will get ourselves via the hypervisor console, what is the reset procedure?', []],
  ]);

  readsAs('reads the whole named before the verb, or saved for the customer', [
    ['all of it taken along, named first', 'Контракт кончается, нам надо всё это как-то забрать к себе: курсы, оценки, журналы.', [B]],
    ['the whole site saved for us', 'Сохраните для нас, пожалуйста, весь сайт со всеми курсами, нужен для отчёта.', [B]],
    ['a wish that they save and send it', 'нужно чтобы вы выгрузили и прислали нам всю базу и файлы до отключения', [B]],
    ['the system carried off, in Russian', 'Хотим перевезти нашу платформу к себе, подготовьте всё нужное.', [B]],
    ['the whole LMS taken along', 'We plan to take our whole Moodle site along when we move to the new provider; please prepare it.', [B]],
    ['carrying the system off refused', 'Систему к себе забирать не будем, остаёмся у вас.', []],
    ['the price of carrying it off', 'Сколько стоит перенести систему к себе на сервер?', []],
    ['settings saved', 'Не сохраняются настройки курса, нажимаем «Сохранить», и ничего.', []],
    ['only the database sent', 'Файлы не нужны. Пришлите только базу со всеми оценками.', [B]],
    ['only a course backup sent', 'Пришлите только резервную копию одного курса по химии.', []],
  ]);

  readsAs("reads grades of one course in every case as the teacher's own export", [
    ['the grader report export menu', 'В журнале оценок нет кнопки «Экспорт», помогите найти.', []],
    ['an export of the whole system', 'Нужен экспорт всей СЭО с оценками и журналами до конца договора.', [B]],
  ]);

  readsAs('reads the site administrator named by what it may do', [
    ['an account that can do everything in the LMS', 'Прежний администратор уволился. Нужна учётная запись, которая может всё в СДО.', [A]],
    ['control over the LMS regained', 'We need to regain control over our Moodle site, the previous head of IT left.', [A]],
    ['a user who can see everything is no ask', 'Студент может всё скачивать из курса, так и должно быть?', []],
  ]);

  readsAs('reads a service billed or a service account as no ask', [
    ['an export billed in an invoice line', 'В счёте за май есть позиция «Выгрузка базы данных — 5000 руб.», за что это?', []],
    ['root access billed, in English', 'The March invoice has a line "Root access setup", what is it for?', []],
    ['an export asked beside the bill', 'В акте всё верно. Пришлите, пожалуйста, выгрузку базы.', [B]],
    ['a request quoted by its title', 'Прошу выполнить заявку «Выгрузка базы данных» до пятницы.', [B]],
    ['sudo for the web server account', 'Можно ли выдать sudo пользователю nginx, чтобы он перезапускал php?', []],
    ['root rights for a database account', 'Our admin wants to give the postgres user root rights, is that a bad idea?', []],
    ['sudo for a person', 'Дайте sudo пользователю ivanov на сервере СЭО.', [R]],
    ['root to mend cron', 'Нужен root, чтобы поправить cron.', [R]],
  ]);

  readsAs('reads work on the server OS the customer wants to do itself as an ask for root', [
    ['OS patching taken over', 'Our security rules need monthly patching, so we want to apply the OS updates ourselves. What do you need from us?', [R]],
    ['a monitoring agent installed by them', 'Хотим сами поставить агент мониторинга Zabbix на сервер СЭО. Выдайте, пожалуйста, что для этого нужно.', [R]],
    ['the firewall run in-house', 'We would like to manage iptables on the box in-house from now on, please arrange access.', [R]],
    ['OS updates asked of the vendor', 'Please install the latest OS updates on our server this weekend, we do not want to do it ourselves.', []],
    ['a firewall set up before, now a fault', 'Мы сами настроили firewall, и теперь СЭО не открывается. Помогите разобраться.', []],
    ['courses updated by themselves', 'Хотим сами обновлять курсы, как выдать методисту права на категорию?', []],
    ['a question about the patch schedule', 'How often do you apply OS updates to the cloud servers? We would like to plan our exams around it.', []],
  ]);
});

describe(`${TicketClassifier.name}: buyers asking in principle, and other services' administrators`, () => {
  readsAs('reads what a writer not yet a customer names as asked in principle', [
    ['a buyer comparing vendors asks about the exit copy', 'We are comparing LMS vendors and are not your client yet. On termination, do you give a customer a copy of the database and files?', []],
    ['a school still choosing asks whether data is handed over', 'Мы пока только выбираем платформу. Скажите, отдаёте ли вы данные школы, если уйти из облака?', []],
    ['a tender asks about root and admin in principle', 'Для конкурсной документации: передаёте ли вы root-доступ к серверу и права главного администратора? Никакого доступа сейчас не запрашиваем.', []],
    ['an evaluation asks about admin rights', 'Only for our comparison matrix: does the customer get full admin rights to the LMS on a server licence?', []],
    ['a customer asks for the copy outright', 'Our contract ends in May, please send us a copy of the database and all files.', [B]],
    ['a customer with a contract asks for root', 'Договор с вами действует до июня, выдайте root-доступ к серверу.', [R]],
    ['a customer comparing offers still asks for its data', 'Мы сравниваем предложения на продление, а пока пришлите, пожалуйста, выгрузку всех наших данных.', [B]],
  ]);

  readsAs("does not take another service's or a group's administrator for the site's", [
    ['the admin of a video-call account', 'Our Teams account admin has left; how do we make a colleague the owner of it?', []],
    ['the admin of a social group', 'Нужно назначить нового методиста администратором нашего сообщества в ВК, это через вас?', []],
    ['a chat channel admin', 'Please make Olga an admin of the Telegram channel you set up for our courses.', []],
    ['the site admin asked for beside a video service', 'We use Zoom with the LMS. Please give me full admin rights to the LMS, our old administrator left.', [A]],
    ['the main admin account asked for', 'Сделайте меня главным администратором СЭО, прежний уволился.', [A]],
  ]);

  readsAs("reads a copy of a website built on another engine as not the LMS's", [
    ['a Joomla site copied before a hosting move', 'Вы нам делали ещё сайт колледжа на Joomla. Нужна копия этого сайта, уходим к другому хостеру.', []],
    ['a WordPress site archived', 'Our public website is built on WordPress and you set it up. Could you make a copy of the website for our records?', []],
    ['the LMS site copied beside a WordPress site', 'Сайт школы на WordPress оставляем. Пришлите копию сайта СЭО со всеми курсами до отключения.', [B]],
    ['an LMS export beside a Tilda landing page', 'Our landing page is a Tilda site. Please send the full export of our Moodle data before the contract ends.', [B]],
  ]);

  readsAs('reads everything that is there, sent or kept, as the export', [
    ['everything there sent before the switch-off', 'Облако отключают, денег нет. Скиньте нам, пожалуйста, всё, что там есть: материалы, оценки, файлы.', [B]],
    ['an archive with all that is there', 'Можно получить архив со всем, что там лежит? Хотим сохранить на своём диске.', [B]],
    ['everything there kept and sent', 'Курсы закрываются. Прошу сохранить и переслать нам всё, что там накопилось за годы.', [B]],
    ['everything in one course gone', 'Посмотрите, пожалуйста, курс «Химия»: всё, что там есть, пропало у студентов. Что случилось?', []],
    ['a price list and all that is there', 'Пришлите, пожалуйста, прайс на тарифы и всё, что там есть про скидки.', []],
    ['an old folder to be cleared', 'В папке «Шаблоны» всё, что там лежит, устарело — удалите, пожалуйста.', []],
  ]);

  readsAs('reads an account with administrator rights, in the instrumental, as the site admin', [
    ['an own account with full administrator rights', 'Я заведующая центром. Прошу завести мне отдельную учётку с полными правами администратора.', [A]],
    ['a login with administrator rights for a deputy', 'Нужен логин с правами администратора для моего заместителя, сделайте, пожалуйста.', [A]],
    ['administrator rights for one course', 'Нужна учётка с правами администратора курса «Биология» для нового учителя.', []],
    ['a teacher with administrator rights did harm', 'Учитель с правами администратора удалил курс, можно восстановить?', []],
  ]);
});
