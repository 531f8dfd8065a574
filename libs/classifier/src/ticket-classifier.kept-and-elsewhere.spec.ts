import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: copies the customer keeps, exchanges with other systems, accounts held in use, and short answers`, () => {
  readsAs("reads an exchange with the customer's own HR or accounting system as no export", [
    ['a feed of learners from the accounting system', 'Подключите, пожалуйста, выгрузку слушателей из нашей 1С:УТ в СЭО. Сколько стоит такой модуль?', []],
    ['a broken nightly feed from the HR system', 'The nightly export from our HR system into Moodle has stopped creating new users since Monday. What should we check?', []],
    ['new staff fed in from the accounting system', 'Настройте, пожалуйста, выгрузку новых сотрудников из нашей 1С:Бухгалтерия в СЭО.', []],
    ['the system named with its own word', 'Выгрузка сотрудников из своей ЗУП в СЭО идёт с ошибкой 401 после обновления. Подскажите, что проверить.', []],
    ['an export of the system itself still asked for', 'Договор не продлеваем. Пришлите, пожалуйста, выгрузку базы и файлов нашей СЭО до 1 июля.', [B]],
  ]);

  readsAs('reads a system to be set up again from a copy the customer keeps as a restore, not an export', [
    ['a dump and files kept after a disk failure', 'Наш сервер вышел из строя, но есть свежий дамп базы и архив moodledata. Сможете развернуть СЭО у себя в облаке из этих файлов?', []],
    ['an export taken away years ago, set up again', 'Три года назад мы ушли от вас и забрали выгрузку базы и файлов. Хотим вернуться — можно развернуть систему из того архива?', []],
    ['an old export kept, a return to the cloud', 'We still have the export you sent us when we left last year. Can you deploy our site from it again if we renew for a year?', []],
    ['a server of their own set up from the export asked for', 'Хотим развернуть СЭО на своём сервере, поэтому пришлите полную выгрузку базы и файлов.', [B]],
    ['the export asked for, to be set up from later', 'Пришлите выгрузку базы и файлов до конца месяца, мы развернём систему у себя.', [B]],
  ]);

  readsAs("reads a lost administrator's login asked back in plain words", [
    ['cannot get in as the administrator', 'Не получается войти как администратор в СЭО, письмо для сброса уходит бывшему сотруднику. Помогите, пожалуйста.', [A]],
    ['the admin to be got back', 'Помогите вернуть админа: зайти как админ не выходит, пароль сменил уволившийся методист.', [A]],
    ['the administrator to be restored', 'Пожалуйста, восстановите админа нашей СЭО, пароль никто не помнит.', [A]],
    ['the quoted admin account', 'Could you reset the password of the "admin" account on our Moodle? The old recovery mailbox is gone.', [A]],
    ["a course's administrator is no site administrator", 'Восстановите, пожалуйста, администратора курса «Химия» — преподаватель случайно снял себе роль.', []],
    ["the router's admin password", 'Сменил пароль админа на роутере, и теперь из класса СЭО не открывается. Что делать?', []],
    ['administrator rights on classroom laptops', 'Учителям не хватает прав администратора на этих ноутбуках, чтобы поставить браузер для тестов. Это к вам?', []],
  ]);

  readsAs("reads 'без неё не можем' as wanting it, and 'still relevant' under a quote as taking the quote up", [
    ['cannot do without the export', 'Без выгрузки базы мы не сможем сдать архив в министерство, подготовьте её, пожалуйста.', [B]],
    ['still relevant, in English', 'Still relevant, we are waiting.\n\n> Hello, is your request for a full export of the database and files still relevant?', [B]],
    ['still relevant, in Russian', 'Всё ещё актуально.\n\n> Добрый день! Нужен ли вам ещё root-доступ к серверу?', [R]],
    ['no longer relevant', 'Неактуально, договор продлили.\n\n> Подготовить для вас выгрузку базы и файлов?', []],
    ['done without', 'Без выгрузки обойдёмся, продлеваемся ещё на год.', []],
  ]);

  readsAs("reads a 'yes' to 'the whole system or some courses?' as the choice it names", [
    ['yes, all of it', 'Да, всю. По курсам по отдельности мы не потянем.\n\n> Вам нужна полная выгрузка системы или хватит резервных копий отдельных курсов?', [B]],
    ['yes, the full one, in English', 'Yes, the full one, there are far too many courses to do one by one.\n\n> Do you need a full export of the database and files, or backups of particular courses?', [B]],
    ['yes, one course', 'Да, только курс «Охрана труда».\n\n> Вам нужна полная выгрузка системы или резервная копия отдельного курса?', []],
    ['a day given to a question of which day', 'На 15.12, пожалуйста.\n\n> На какую дату подготовить выгрузку базы и файлов?', [B]],
  ]);

  readsAs('reads an account held and used, said in other words, as no ask for it', [
    ['the admin account worked under for years', 'Под учёткой администратора СЭО мы давно работаем сами. Нужен только root на сервер до конца гарантии.', [R]],
    ['the admin panel used anyway', 'Главной админкой мы и так пользуемся. Просим выдать пароль root.', [R]],
    ['the admin account used every day, in English', 'We already use the Moodle admin account every day; what we lack is root on the server. Please send it.', [R]],
    ['working in the system, the admin account asked for', 'Мы уже работаем в СЭО третий год, теперь просим передать нам учётку главного администратора.', [A]],
    ['nothing else wanted after the one ask', 'Учётка администратора у нас есть. Нужен только root на сервер, больше ничего не надо.', [R]],
    ['nothing needed for one kind', 'We already have the site admin login, so nothing is needed there. Root on the server is what we need before the 30th.', [R]],
    ['nothing more for now', 'Выгрузку получили, всё открылось. Пока больше ничего не нужно.', []],
  ]);

  readsAs("reads a kind called not the writer's matter, and the vendor's own access, as no ask", [
    ['the export part of the mailing, not ours', 'Про архив данных из рассылки — это не наш случай, сервер стоит у нас и все данные и так у нас. Нужны root и учётка главного администратора.', [A, R]],
    ['the export part, in English', 'The export part of your notice — not relevant to us, the server is in our building. We need root access before the warranty ends.', [R]],
    ["the vendor's engineers keeping no root", 'Please confirm in writing that your support engineers will no longer keep root or SSH access to our server after 30 June.', []],
    ["the vendor's engineers asked about", 'Ваши инженеры сохранят доступ root к нашему серверу после окончания гарантии? Аудиторы просят подтвердить письменно, что нет.', []],
    ['root for the customer still asked beside them', 'Your engineers may keep their own access until the handover. Please send us the root password for the server too.', [R]],
    ["the vendor's engineers' keys to be removed", 'По требованию службы безопасности удалите с нашего сервера SSH-ключи ваших специалистов и сообщите, когда будет сделано.', []],
    ["the vendor's engineers' keys, in English", "Our security team asks you to remove your engineers' SSH keys from the LMS server before the audit.", []],
    ['their keys removed, root for the customer asked', 'Удалите ssh-ключи ваших инженеров и пришлите нам пароль root.', [R]],
    ['their keys removed, root asked, in English', "Please remove your engineers' SSH keys and send us the root password.", [R]],
  ]);

  readsAs('reads a retention question asked for a paper as no ask for a copy', [
    ['the days named for a regulation', 'Для регламента нам нужно указать, сколько дней вы храните резервные копии после окончания договора. Подскажите?', []],
    ['the period stated in a policy', 'I need to state in our records policy how long backups of our site are kept after the contract ends. We are renewing.', []],
    ['no copies kept, to be confirmed in writing', 'Could you please confirm in writing that your company will not retain any copies of our data after the contract ends?', []],
    ['in Russian', 'Подтвердите, пожалуйста, письменно, что после окончания гарантии вы не будете хранить копии наших данных.', []],
    ['a copy kept and then sent: asked', 'Please confirm in writing that you will keep a copy of our data for us until March, and send it then.', [B]],
  ]);

  readsAs('reads the halves of the system and the levels of control in other words', [
    ['the database and the file store', 'Before the switch-off we need the database and the file store from your side, the course backups we made are not enough.', [B]],
    ['the operating-system level and the platform level', 'Before support lapses we want full control at the operating-system level of the server and at the level of the platform itself.', [A, R]],
    ['copy it all over, with a typo', 'договор не продлеваем скопируйте нам всё с сайта обучения и базу и фаилы до конца недели', [B]],
  ]);

  readsAs('reads an administrator named as a person who wants or did something as no ask', [
    ['the new administrator wants a webinar', 'Наш новый администратор СЭО хочет записаться на вебинар по отчётам. Когда ближайший?', []],
    ['the site admin deleted a quiz', 'Our site admin deleted a quiz by mistake this morning. Can you bring it back from last night\'s backup?', []],
  ]);

  readsAs('reads "передайте нам всё из СЭО", "send us everything from the platform" as the export, and a hand-over elsewhere as none', [
    ['handed over to us, in Russian', 'Сохраните и передайте нам всё из СДО: курсы, журналы, пользователей. Мы переходим на другую платформу.', [B]],
    ['"отдайте нам"', 'Отдайте нам всё из СЭО до конца договора, продлевать не будем.', [B]],
    ['sent to us, in English', 'Please send us everything from the platform before the switch-off on the 30th.', [B]],
    ['handed to 1C, not to us', 'Как передать всё из СЭО в нашу 1С?', []],
    ['handed over already', 'Вы уже передали нам всё из системы, спасибо, архив скачали.', []],
  ]);

  readsAs('reads a dump the customer takes, root they will have, and root as a folder of a path as no ask', [
    ['the dump taken by the customer beside root', 'Можно выдать нам root на пару дней? Сами сделаем pg_dump и rsync, вам меньше работы.', [R]],
    ['the dump run by the customer, in English', 'Could you give us root on the VM for two days? We will run the dump ourselves.', [R]],
    ['a dump to load ourselves is still asked', 'Пришлите дамп базы, развернём его сами на новом сервере.', [B]],
    ['a dump to load ourselves, in English', 'Please send the database dump, we will load it into our new server ourselves.', [B]],
    ['root the customer will have by then', 'Нужна выгрузка базы и файлов до конца поддержки, root у нас к тому времени будет.', [B]],
    ['something else the customer will have leaves root asked', 'Root нужен до пятницы, у нас будет переезд сервера.', [R]],
    ['root as a folder of a path', 'Положите архив базы и файлов СЭО в /root/export на сервере, пожалуйста.', [B]],
    ['root as a folder, in English', 'Please put the full database export into /root/dumps on our VM.', [B]],
  ]);

  readsAs('reads a full backup as the whole system\'s copy, unless a course, a tool or the customer\'s own making is named', [
    ['a full backup in a list of two', 'Two things before support ends: root on the VM, and a full backup on the disk we will bring.', [B, R]],
    ['a full backup in Russian', 'До конца месяца два пункта: root на сервер и полный бэкап на наш диск.', [B, R]],
    ['a full backup of one course', 'Полный бэкап курса «Химия» пропал, как его найти?', []],
    ['a full backup made by the customer', 'Полный бэкап делаем сами каждую ночь, нужен только root.', [R]],
    ['a full backup made by the customer, in English', 'We make a full backup ourselves every night; we only need root.', [R]],
    ['full backup software', 'Which full backup software do you recommend for our own server?', []],
  ]);

  readsAs('reads "сохраните нам всё и пришлите", "save everything and send it" as the export, and something else sent as none', [
    ['everything kept whole, then sent', 'Не удаляйте ничего! Сохраните нам всё целиком и пришлите хоть ссылкой, у нас там дипломы за пять лет.', [B]],
    ['in English', 'They say you wipe the site in August. Please save everything for us and send it over, any format is fine.', [B]],
    ['everything kept, an invoice sent: no export', 'Сохраните всё и пришлите счёт на продление, оплатим до пятницы.', []],
    ['kept, not sent: no export', 'Please keep everything as it is until we renew in September.', []],
  ]);

  readsAs('reads "наш собственный бэкап", "our own backup" as the customer\'s copy, and a copy for the own server as asked', [
    ['asked about our own backup', 'Нужно ли останавливать cron перед ночным снимком ВМ? Речь про наш собственный бэкап, копия от вас не требуется.', []],
    ['in English', 'We image the VM nightly with Veeam. A question about our own backup: should cron be stopped before it?', []],
    ['a backup asked for the own server: asked', 'Нужен бэкап всей базы, развернём его на собственном сервере.', [B]],
  ]);
});
