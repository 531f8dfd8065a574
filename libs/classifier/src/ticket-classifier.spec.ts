import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { expectReading } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
const classifier = new TicketClassifier();

describe(TicketClassifier.name, () => {
  describe('reads what is asked for', () => {
    it.each<[string, string, RequestKind[]]>([
      ['a plain export request', 'Пришлите, пожалуйста, выгрузку базы данных и файлов нашей СЭО.', [B]],
      ['slang for the export', 'ребят, скиньте базу, мы съезжаем', [B]],
      ['a snapshot of the system', 'Можно получить полный слепок нашей системы?', [B]],
      ['an English dump request', 'can you zip up our moodledata + a db dump and send a link?', [B]],
      ['root in one line', 'нужен рут на сервер срочно', [R]],
      ['superuser slang', 'дайте суперюзера на сервак', [R]],
      ['unrestricted sudo', 'We need unrestricted sudo on the LMS server.', [R]],
      ['a lost admin login', 'потеряли пароль от админки мудла, помогите восстановить', [A]],
      ['site admin rights in English', 'Please grant full site administrator privileges to Dr. Lee.', [A]],
      ['all three at once', 'Перед окончанием гарантии: root, админ сэо, полный бэкап базы и файлов.', [A, B, R]],
      ['OS level and platform level', 'Прошу полный административный доступ и к серверу, и к самой СЭО.', [A, R]],
      ['control of the machine is root', 'Please give our admin complete control of the virtual machine.', [R]],
      ['user id 0 is root', 'need uid 0 on the lms host, thanks', [R]],
      ['sudo spelled in Cyrillic', 'Выдайте судо на сервер, пожалуйста.', [R]],
      ['pouring out the database', 'Слейте нам, пожалуйста, базу до отключения.', [B]],
      ['taking the data along', 'We would like to take our data with us before the switch-off.', [B]],
      ['taking everything home', 'Хотим перевезти всё к себе, подготовьте, пожалуйста.', [B]],
      ['everything held with the vendor', 'Перед уходом заберём всё, что есть у вас в системе, — подготовьте, пожалуйста.', [B]],
      ['a snapshot of the site', 'Please make a snapshot of our whole site and send the link.', [B]],
      ['fetching the whole database', 'Скачайте нам, пожалуйста, всю базу на диск.', [B]],
      ['a terse export command', 'export everything. we leave monday.', [B]],
      ['an archive of the learning system', 'Нужен архив всего портала к концу месяца.', [B]],
      ['server admin is root', 'Нужен админ на сервер, не в СЭО.', [R]],
      ['full rights in the system', 'Нам нужны полные права в системе, сейчас только роль преподавателя.', [A]],
      ['a question confirmed as a need', 'А кто выдаёт пароль root? Нам нужен.', [R]],
      ['the root of a named server', 'we ask the root of our linux box before support stops', [R]],
      ['made an administrator, not a title', 'Please add me as the site administrator, the old one left.', [A]],
      ['a lost password of the title', 'Не можем зайти под главным администратором, сбросьте пароль.', [A]],
      ['a handover asked after "чтобы", not a past one', 'Что нужно сделать, чтобы вы отдали нам дамп базы?', [B]],
      ['undecided about renewal, still asking for the copy', 'Можно ли получить копию всей базы? Пока не решили с продлением.', [B]],
      ['the cabinet as the channel for the passwords', 'Рут и админку пришлите, пароли через личный кабинет.', [A, R]],
      ['the administrators of the OS are root, not the site admin', 'Прокуратура требует, чтобы пароли администраторов ОС были у нас. Передайте пароль суперпользователя.', [R]],
      ['a site admin password beside root is still the site admin', 'Нужен пароль администратора сайта и root от сервера.', [A, R]],
      ['a data backup named before the word backup', 'Before warranty ends: root on the server and a db + files backup handed over to us.', [B, R]],
      ['backups set up by the customer "самим"', 'Бэкапы будем настраивать самим, пришлите root.', [R]],
      ['ssh as a way in, not a setting', 'Нужен ssh доступ под root.', [R]],
      ['content with the admin accounts held', "We're happy with the Moodle admin accounts we have; we only need root on the server.", [R]],
      ['a fault beside a request leaves the request', 'Our site backup failed last night, please send us a fresh full database backup.', [B]],
      ['a copy wanted before the deletion', 'Can we get a copy of all our data before it is deleted?', [B]],
      ['wanting everything out of the system for themselves', 'Хотим себе всё из СДО — курсы, оценки, файлы. Как получить?', [B]],
      ['everything kept in "our" system', 'Передайте, пожалуйста, всё, что хранится в нашей системе: базу и файлы.', [B]],
      ['"not asking for anything" scoped to the LMS leaves the rest', 'Not asking for anything inside Moodle: we need root on the server.', [R]],
      ['nothing named asked for everything still refused', 'Not asking for anything, just curious whether root is available after warranty.', []],
      ['a deletion asked for, the copy refused', 'Please delete all our data before the end of the month, no copy needed.', []],
      ['moving everything into the vendor\'s system is no export', 'Нам нужно к себе всё перенести из старой системы в вашу.', []],
      ['nothing kept in the system asked', 'Что хранится в нашей системе после отключения? Просто вопрос.', []],
      ['nothing to change is not nothing needed', 'Просим выдать root-пароль от сервера. Админка у нас есть, менять ничего не нужно.', [R]],
      ['export in Russian spelling', 'Сделайте, пожалуйста, экспорт базы и файлов СЭО.', [B]],
      ['full admin rights in the whole system', 'Новому директору нужна учётная запись с полными административными правами во всей системе.', [A]],
      ['all our stuff from the platform', 'please send us all our stuff from the platform before you delete it', [B]],
      ['packaging everything up', 'Can you package up everything in our Moodle and send it over?', [B]],
      ['root for a backup agent of their own', 'Please send the root password, we need to install our backup agent.', [R]],
      ['contact details are not data', 'Дайте рут, пожалуйста. Куда прислать данные ответственного?', [R]],
      ['a copy the vendor may still hold', 'Система уже выключена. Если копия ещё цела — пришлите её, пожалуйста.', [B]],
      [
        'a postscript putting one request off leaves the others',
        'Просим передать нам полную копию базы данных СЭО.\n\nС уважением,\nИванова\nP.S. Про права администратора — пока не нужно, решим позже.',
        [B],
      ],
      ['the main account of the learning system', 'Нужна главная учётная запись в СДО для нового методиста.', [A]],
    ])('%s', (_case, text, labels) => {
      expectReading(text, labels);
    });
  });

  describe('leaves out what is refused or already held', () => {
    it.each<[string, string, RequestKind[]]>([
      ['root refused, export asked', 'root не нужен, только выгрузка', [B]],
      ['admin already held', 'Админка у нас уже есть. Нужен только рут на сервер.', [R]],
      ['a list refused', 'Админку и рут не надо, нужен только архив базы и файлов.', [B]],
      ['English refusal', "Root and admin aren't needed. Only the data export, please.", [B]],
      ['everything refused', 'Ни рут, ни админка, ни выгрузка нам не нужны. Хотим продлить договор.', []],
      ['a cancelled request', 'Отмените, пожалуйста, заявку на выгрузку — договор продлили.', []],
      ['polite negative is still a request', 'Вы не могли бы прислать архив всех наших данных?', [B]],
      ['"not only" adds', 'Не только выгрузку, но и права администратора сайта, пожалуйста.', [A, B]],
      ['already received', 'Рут получили, спасибо. Как поменять порт ssh?', []],
      ['a bare "no" answers the question before it', 'Root? no. Admin? no. Just send the DB dump.', [B]],
      ['copies made by the customer, root asked', 'Резервные копии будем делать сами, поэтому просим выдать root.', [R]],
      ['a polite conditional request', 'Будем благодарны, если пришлёте бэкап всей базы до отключения.', [B]],
      ['what is kept is not refused', 'Нет, только дамп, админка не нужна.', [B]],
      ['a refusal reaches list items, not the next request', 'Без админки, нам достаточно рута на сервере.', [R]],
      ['"ни к чему" refuses what it follows', 'Выгрузка нам ни к чему. А вот рут дайте, пожалуйста.', [R]],
      ['a withdrawn request', 'Заявку на root отзываем, поддержку продлили.', []],
      ['a pronoun refusal of the sentence before', 'You mentioned root access. We renew, so we do not need it.', []],
      ['a contrast in brackets refuses what follows "not"', 'We need root on the server (not the site admin account).', [R]],
      ['an admin panel of their own is held', 'Админка у нас своя, а рут нужен.', [R]],
      ['a pronoun refusal in the next comma part', 'Админка у нас своя, её не надо. Нужен рут на сервер.', [R]],
      ['named without a verb, a variant of it refused', 'Дамп базы к пятнице. Выгрузку отдельных курсов не надо.', [B]],
      ['an admin team is people, not the site admin', 'Root access for our admin team, please.', [R]],
      ['named in a question that asks nothing, refused elsewhere', 'Почему в кабинете висит заявка «Выгрузка данных»? Ничего выгружать не надо.', []],
      ['not yet received is still a request', "We still haven't received the database dump, please send it.", [B]],
      ['a request put off "for now" in the next comma part', 'Если не договоримся, попросим дамп базы, пока не просим.', []],
      ['a refusal "for now" of another kind leaves the request', 'Выгрузку сделайте, пока не нужен root.', [B]],
      ['"until" is no refusal', 'Пришлите дамп базы, пока не отключили сервер.', [B]],
      ['a kind left for a later letter', 'Про выгрузку базы напишем отдельно, когда решим с договором. Пока пришлите счёт.', []],
      ['a kind left for later in English', "We'll write separately about the export once the board decides. Please send the renewal quote.", []],
      ['details left for later, the request stays', 'Нужна выгрузка базы, детали напишем отдельно.', [B]],
      ['one kind left for later, another asked', 'Пришлите выгрузку всей СЭО, про рут напишем позже.', [B]],
      // "Пока не нужно" would make the whole ticket a question put off, were it read where it answers "Root?".
      ['an answer refusing the question before is not the ticket asking nothing', 'Нужна выгрузка всей базы. Root? Пока не нужно.', [B]],
      ['asking nothing in a quote leaves the new request', 'Нужна выгрузка всей базы.\n\n> Просто уточняем, пока ничего не нужно.', [B]],
    ])('%s', (_case, text, labels) => {
      expectReading(text, labels);
    });
  });

  describe('does not take near-misses for requests', () => {
    it.each<[string, string]>([
      ['backing up one course', 'Подскажите, как сделать резервную копию курса?'],
      ['restoring from a backup', 'Восстановите курс из бэкапа за прошлую неделю.'],
      ['returning to the cloud', "We'd like to come back to your cloud. Can you import our old backup?"],
      ['how long backups are kept', 'Через сколько дней вы удаляете резервные копии?'],
      ['teacher rights in a course', 'Дайте права учителя в курсе «Химия» Петровой.'],
      ['a student password', 'Сбросьте пароль студентке Михайловой.'],
      ['a gradebook export', 'Как выгрузить журнал оценок в Excel?'],
      ['grades of one group', 'Можно ли выгрузить оценки всего класса в таблицу?'],
      ['admin rights in the customer cabinet', 'Дайте права администратора личного кабинета нашему бухгалтеру.'],
      ['the admin of the cabinet, sent through it', 'Сделайте админом личного кабинета Петрову, ответ пришлите через личный кабинет.'],
      ['a roll-back to a backup', "Could you roll the site back to last night's backup?"],
    ['the ssh port as a setting', 'Можно нам самим поменять порт ssh на нестандартный?'],
    ['an export link that worked', 'Thanks, the export link worked and the archive opened fine. You can close the ticket.'],
    ['a failing backup job', 'The backup of our site failed last night, the cron shows errors.'],
    ['a slow database backup', 'Бэкап базы не создаётся, в логах ошибка.'],
    ['the format of the export, just planning', 'What format is the database export in, typically? Just planning.'],
    ['a gradebook export to Excel', 'The gradebook data export to Excel shows wrong dates.'],
    ['a failing site export', 'Our site export is failing with an error.'],
    ['asking about the rule for later', 'Root после окончания поддержки можно будет получить? Интересуемся на будущее.'],
      ['root through the console', 'Support has ended; we will reset the root password via the console ourselves, thanks.'],
      ['a vendor plugin', 'Не работает Антиплагиат, пишет ошибку соединения.'],
      ['root cause, not root', 'Root cause analysis of the outage, please.'],
      ['a sysadmin in the signature', 'Спасибо, вопрос решён.\n\nС уважением,\nсистемный администратор\nКотов Д.А.'],
      ['a question about what root gives', 'Что конкретно позволяет root-доступ? Хотим понять, стоит ли его запрашивать.'],
      ['a question about what an export includes', 'Does the export include the moodledata folder?'],
      ['a request under a condition', 'If we asked for the root password, how long would it take?'],
      ['only asking, for the future', 'У вас предусмотрен sudo для клиентов? Просто интересуемся на будущее.'],
      ['deleting old backups', 'Please delete the old backups from our server, we are running out of disk space.'],
      ['one course with all its materials', 'Можно ли выгрузить отдельный курс со всеми материалами в файл?'],
      ['refusals repeated with "тоже"', 'Выгрузка не нужна, админка тоже. Продлеваем договор.'],
      ['a title in a sign-off line', 'Cheers,\nPriya\nSite administrator, Lakeside Academy\n\nThe gradebook export button is greyed out.'],
      ['a title as a self-description', 'As the LMS administrator here, I would like to know when the invoice is due.'],
      ['a Russian self-description', 'Я главный администратор портала, подскажите, почему не уходят письма.'],
      ['an export put off to later', 'Perhaps at some point we will want a dump of the database. Not yet though.'],
      ['root put off to later', 'Когда-нибудь, возможно, понадобится рут. Пока ничего не делайте.'],
      ['admin put off to a season', 'Наверное, ближе к осени попросим админку. Сейчас всё устраивает.'],
      ['bringing a course back from backups', 'Can you bring the deleted course back from your nightly backups?'],
      ['rolling back from a backup', 'Please roll back our site from your backup, a script broke it.'],
      ['an export sent earlier, restore asked', 'You sent us the export archive in May. Can you restore our site from it?'],
      ['thanks for access already sorted', "Thanks for getting our admin access sorted! Everything's working now."],
      ['an integration that exports employees', 'Есть ли интеграция с 1С для выгрузки сотрудников в СЭО?'],
      ['a tariff package is not packing up the data', 'Which package includes everything? We want to upgrade next year.'],
      ['a main account for billing is no admin', 'Please update the billing email on our main account.'],
      ['contact data is not the system\'s data', 'Send us the contact data of your manager, please.'],
      ['an export of users is a list', 'Нужна выгрузка пользователей с датой последнего входа.'],
      ['an export to a format', 'Есть ли у плагина экспорт в SCORM?'],
      ['a commercial offer for moving to an own server', 'Пришлите КП на перенос нашей СЭО на свой сервер с поддержкой.'],
      ['a title with its system in a sign-off', 'Всего доброго,\nОльга\nадминистратор СДО, лицей 3\n\nКогда будет вебинар?'],
    ])('%s', (_case, text) => {
      expectReading(text, []);
    });
  });

  describe('reads only the new text of a reply', () => {
    it.each<[string, string, RequestKind[]]>([
      ['asked to explain how long backups are kept', 'Просим разъяснить, сколько хранятся бэкапы после окончания договора.', []],
      ['a root domain', 'We moved the root domain of our site; please update the URL.', []],
      ['root named, nothing asked of the vendor', 'We reset the root password ourselves, nothing needed from you.', []],
      ['access works again', 'Site admin is working again after the fix, thank you.', []],
      ['everything access-wise is not data', 'Please give us everything admin-wise: root on the server.', [R]],
      ['a thank-you over a quoted request', 'Спасибо, всё получили.\n\n> Прошу предоставить root-доступ к серверу.', []],
      ['a confirmation of a quoted question', 'Да, именно так. Ждём ссылку.\n\n> Вам нужна полная выгрузка базы данных?', [B]],
      ['Outlook header', 'Выгрузку сделайте.\n\n-----Original Message-----\nFrom: Support\nWe recommend requesting root access.', [B]],
      ['Gmail header', 'Thanks!\n\nOn Mon, 3 Jun 2024 at 10:15, Support wrote:\n> Do you need root access?', []],
      [
        'a forwarded request the new text asks to process',
        'Fwd: warranty\n\n---------- Forwarded message ---------\nPlease give us root on the server.\n\nHi, forwarding this from our head. Can you process it?',
        [R],
      ],
      [
        'a forwarded request the writer below it says they forward',
        'Fwd: request\n\n---------- Forwarded message ---------\nFrom: Director\nPlease send us a full database dump.\n\nHi, I am forwarding this from our director, please handle it.',
        [B],
      ],
      [
        'a yes below a quote closed by a rule',
        '-----Original Message-----\nFrom: Support\nDo you need the admin account of the site?\n-----\n\nДобрый день. Да, нужен.',
        [A],
      ],
      ['a yes written below the quote it answers', 'On Mon, 3 Feb, Support wrote:\n> Shall we send you the full database dump?\n\nYes, exactly, please.', [B]],
      ['a thank-you below a quoted question takes nothing up', 'On Mon, 3 Feb, Support wrote:\n> Do you need root access?\n\nThanks, the site works now.', []],
      ['a repeated request', 'Повторяю свой запрос, ответа нет:\n\n> Прошу root и права главного администратора СЭО.', [A, R]],
      ['the whole system chosen in answer to a quoted choice', 'всю базу\n\n> Вам нужна выгрузка всей системы или отдельных курсов?', [B]],
      ['the whole chosen in English', 'Hi, in answer to your question: everything, the whole site.\n\n> Do you need a full export or selected courses?', [B]],
      ['courses chosen in answer to the same choice', 'отдельные курсы, 3 штуки\n\n> Вам нужна выгрузка всей системы или отдельных курсов?', []],
      ['the whole refused in answer to the choice', 'Нет, всей не надо\n\n> Вам нужна выгрузка всей системы или отдельных курсов?', []],
      ['a complaint below a quoted question chooses nothing', 'Сайт снова не открывается!\n\n> Вам нужна выгрузка всей системы?', []],
    ])('%s', (_case, text, labels) => {
      expectReading(text, labels);
    });
  });

  describe('reads transliteration, typos and look-alike letters', () => {
    it.each<[string, string, RequestKind[]]>([
      ['transliterated export', 'zdravstvuyte! my hotim zabrat sebe vse dannye - bazu i fajly', [B]],
      ['transliterated root', 'Zdravstvujte, nam nuzhen root dostup k serveru SEO', [R]],
      ['bekap', 'Mozhno li poluchit bekap vsei sistemy?', [B]],
      ['typos', 'здраствуйте нам нужна выгруска всей базы сэо и фаилов', [B]],
      ['CAPS', 'ДАЙТЕ РУТ НА СЕРВЕР', [R]],
      ['Latin letters inside a Russian word', 'нужна выгрузкa бaзы', [B]],
    ])('%s', (_case, text, labels) => {
      expectReading(text, labels);
    });
  });

  it('detects the language, transliterated Russian being Russian', () => {
    expect(classifier.classify('Please send the root password.').language).toBe('en');
    expect(classifier.classify('Пришлите пароль root.').language).toBe('ru');
    expect(classifier.classify('prishlite pozhalujsta vygruzku').language).toBe('ru');
  });

  it('points the evidence at the words the customer wrote', () => {
    const text = 'Рут нам не нужен. Пришлите выгрузку.';
    const { evidence } = classifier.classify(text);
    const root = evidence.find((e) => e.label === R)!;
    const backup = evidence.find((e) => e.label === B)!;
    expect(text.slice(root.start, root.end)).toBe('Рут');
    expect(root.effect).toBe('negated');
    expect(backup.phrase).toBe('выгрузку');
    expect(backup.effect).toBe('supports');
  });

  it('sends a doubtful ticket to review and keeps a plain one confident', () => {
    const plain = classifier.classify('Прошу выгрузить базу данных и файлы СЭО.');
    const doubtful = classifier.classify('Прошу передать нам все файлы по нашей организации на диск.');
    expect(plain.needsReview).toBe(false);
    expect(plain.confidence).toBeGreaterThan(0.9);
    expect(doubtful.needsReview).toBe(true);
    expect(doubtful.confidence).toBeLessThan(plain.confidence);
  });

  it('keeps a ticket confident when its admin word is only the writer\'s title', () => {
    const result = classifier.classify('I am the site administrator at Hillcrest; our banner image will not upload, can you check?');
    expect(result.labels).toEqual([]);
    expect(result.needsReview).toBe(false);
  });

  it.each<[string, string, RequestKind[]]>([
    ['a request for a quote explains its own ask', 'Просим прислать коммерческое предложение на перенос СЭО на наш сервер.', []],
    ['files uploaded into the site are not data asked for', 'Можно увеличить лимит загрузки файлов на нашем сайте?', []],
    ['its only data words are a backup read as a question', 'Бухгалтерия просит уточнить, сколько дней вы храните резервные копии после окончания договора. Нужно для положения.', []],
    ['its only data words are a backup to restore from', 'Нужно восстановить удалённую категорию из резервной копии за понедельник, позвоните, пожалуйста.', []],
    ['a backup of the whole system in English', 'A full backup of the whole system, please.', [B]],
    ['a backup of everything', 'Нужен бэкап всего, диск привезём.', [B]],
    ['a backup of the whole server', 'Сделайте бэкап сервера целиком до конца месяца.', [B]],
    ['a backup of a whole course is one course', 'Нужен бэкап всего курса «Химия».', []],
    ['the access noun of a kind asked about is part of its name', 'Что нам даст root-доступ? Хотим понять, стоит ли его запрашивать.', []],
    ['access to one course is an ordinary matter', 'Дайте Ивановой доступ к курсу «Физика», она новый преподаватель.', []],
    ['a copy of a course is not the system\'s data', 'Как сделать копию курса для коллеги?', []],
    ['all the tasks of one course are not the whole system', 'Как перенести все задания из курса прошлого года в новый?', []],
    ['an English export of the whole system', 'Give us an export of the whole system. No root, no admin needed.', [B]],
    ['a full data export', 'We need a full data export before the switch-off.', [B]],
    ['"just planning" with a command still asks', 'Just planning ahead: we will need a full database export in June, please prepare it then.', [B]],
    ['its data words are in a report of what was received', 'Thanks, the export link worked and the archive opened fine. You can close the ticket.', []],
    ['a quoted question confirmed with an ask', 'Да, нужна, пришлите ссылку.\n\n> Вам нужна полная выгрузка базы данных и файлов?', [B]],
    ['a quoted request repeated', 'Повторяю запрос, ответа нет.\n\n> Прошу выдать root-доступ к серверу.', [R]],
    ['"запрашиваем" asks', 'Запрашиваем root-доступ к серверу до окончания поддержки.', [R]],
    ['the items of a list a request introduces are asked for', 'Нам нужно:\n- права администратора СЭО, чтобы методист выгрузил отчёты;\n- полный архив базы данных и файлов.', [A, B]],
  ])('keeps confident: %s', (_case, text, labels) => {
    const result = classifier.classify(text);
    expect({ labels: result.labels, needsReview: result.needsReview }).toEqual({ labels, needsReview: false });
  });

  it('sends to review a ticket that asks in words no rule reads', () => {
    for (const text of [
      'Could we bring all our courses along when the contract ends?',
      'Мы хотим всё содержимое, упакуйте и передайте нам.',
      'How long do you keep backups after shutdown? And could we receive the final one?',
      'Сколько храните бэкапы? Нам нужны наши материалы.',
      'Что даст root-доступ? И ещё нужен доступ к файлам на сервере.',
      'Root access is not needed. Please send the access for our new teacher.',
      'Хотим забрать все курсы и пользователей к себе, как это сделать?',
      'Нужен доступ ко всем данным, курсы потом разберём.',
      'Мы получили письмо об отключении, просим передать нам всё содержимое целиком.',
      'Получили уведомление. Нужны наши материалы и файлы до конца месяца.',
    ]) {
      const result = classifier.classify(text);
      expect({ text, labels: result.labels, needsReview: result.needsReview }).toEqual({ text, labels: [], needsReview: true });
    }
  });

  it('returns sorted labels without duplicates and a confidence between 0 and 1', () => {
    const result = classifier.classify('root, root и ещё раз root, плюс бэкап базы и админка');
    expect(result.labels).toEqual([A, B, R]);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it('handles empty text and rejects a non-string', () => {
    expect(classifier.classify('').labels).toEqual([]);
    expect(() => classifier.classify(42 as unknown as string)).toThrow('ticket text as a string');
  });
});
