import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: refusals in the first person or over an aside, the LMS at its highest rights, access received, copies asked again`, () => {
  readsAs('reads "не прошу" as a refusal, as "не просим" is', [
    ['root not asked for in the first person', 'Выгрузку базы сделайте, пожалуйста, вы. Root я для этого не прошу.', [B]],
    ['the admin panel not asked for', 'Админку я у вас не прошу, нужен только архив данных СЭО.', [B]],
    ['"не прошу" before a dash', 'Админку не прошу — пришлите только дамп базы СЭО.', [B]],
    ['"прошу" alone still asks', 'Прошу выдать root к серверу СЭО, гарантия до марта.', [R]],
    ['something else not asked for leaves root asked', 'Компенсацию за простой не прошу, но root к серверу нужен до пятницы.', [R]],
  ]);

  readsAs('reads a prohibition in the imperfective ("не давайте", "не выдавайте") as a refusal', [
    ['the admin panel not to be given to the contractor', 'Подрядчику нужен доступ root, а учётку администратора СЭО им не давайте, она остаётся у нас.', [R]],
    ['root not to be handed out', 'Root на сервер никому не выдавайте, нам нужна только выгрузка базы и файлов.', [B]],
    ['"don\'t give" in English', 'We need root on the server, but don\'t give the contractor the Moodle admin account.', [R]],
    ['a complaint that it is not given stays an ask', 'Почему нам до сих пор не выдают root к серверу? Гарантия кончается.', [R]],
    ['"if you don\'t give" stays an ask', 'If you don\'t give us root on the server by Friday, our audit fails. Please send it.', [R]],
  ]);

  readsAs('reads "ignore that", "not after" and "not on offer" as refusals of the kind they are said of', [
    ['a colleague\'s ask to be ignored', 'Коллега писал вам про SSH — не обращайте внимания. Нужна только учётка главного администратора СЭО.', [A]],
    ['"disregard that" after the kind', 'Our intern mentioned sudo in his email - please disregard that. What we need is the Moodle admin account.', [A]],
    ['"not after root"', 'We are not after root this time, only the database dump before the switch-off, please.', [B]],
    ['root said not to be on offer', 'Root isn\'t on offer for SaaS anyway. It is only the offline copy of the database and files that we need.', [B]],
    ['"не обращайте внимания" on something else leaves the ask', 'Не обращайте внимания на опечатку в прошлом письме: нужен root к серверу СЭО.', [R]],
    ['being after root still asks', 'We are after root on the VM before support ends, please.', [R]],
  ]);

  readsAs('reads the data of an account or of a login as its credentials, not as the system\'s data', [
    ['the login data of the main administrator', 'Пришлите, пожалуйста, рабочие данные главного администратора СЭО, старый пароль не подходит.', [A]],
    ['the account data beside root', 'Передайте нам пароль root и данные учётной записи администратора сайта.', [A, R]],
    ['the data to sign in with', 'Пришлите данные для входа администратора Moodle, у нас их нет.', [A]],
    ['the system\'s data still an export', 'Передайте нам все данные СЭО и пароль главного администратора.', [A, B]],
  ]);

  readsAs('reads "пока не нужна" said of a kind as refusing that kind, not as a ticket that only asks', [
    ['the dump put off, the admin account asked', 'Дамп пока не нужен. Нам нужна учётка главного администратора СЭО для нового директора.', [A]],
    ['the export put off, root asked', 'Выгрузка нам пока не нужна, а root к серверу нужен до пятницы — будем сами смотреть логи.', [R]],
    ['in English', 'The export is not needed right now. We need root on the server so our developer can read the logs.', [R]],
    ['nothing needed yet: still only asks', 'Пока не нужно ничего выдавать, просто уточняем: root выдаётся до конца гарантии?', []],
    ['not needed right now, said of nothing: only asks', 'Not needed right now, we only want to know whether root is handed over at the end of support.', []],
  ]);

  readsAs('reads "не передавайте", "do not send" a kind as refusing it, but not when only the way it is sent is refused', [
    ['root not to be handed over, the admin account asked', 'Root-пароль нам не передавайте, его получит служба безопасности. Нужна только учётная запись администратора СЭО.', [A]],
    ['in English', 'Please do not send the root password to us, our security office gets it. We only need the Moodle admin account.', [A]],
    ['only the channel refused: root still asked', 'Root-пароль не передавайте по почте, выложите его в личный кабинет.', [R]],
    ['only the channel refused, in English', "Don't send the root password by email, put it in the customer cabinet please.", [R]],
  ]);

  readsAs('reads a refusal whose part holds only its verb as refusing the kind before a short aside', [
    ['admin refused across "как оказалось"', 'Уточнение: админку нам, как оказалось, давать не нужно — директор нашёл пароль. Нужен только root.', [R]],
    ['the export refused across "по-видимому"', 'Выгрузку, по-видимому, делать не надо: мы остаёмся ещё на год.', []],
    ['a kind asked before the aside stays asked', 'Root нужен срочно, как выяснилось, ждать не надо.', [R]],
  ]);

  readsAs('reads "вместо" as refusing only the words right after it', [
    ['an export set aside for root', 'Вместо выгрузки лучше дайте нам root до конца гарантии.', [R]],
    ['a key for root instead of a password', 'Можно вместо пароля прописать мой публичный ssh-ключ для root?', [R]],
    ['root set aside for sudo', 'Вместо root выдайте, пожалуйста, sudo для нашего инженера.', [R]],
    ['the full export set aside for a list', 'Вместо полной выгрузки пришлите только список пользователей.', []],
  ]);

  readsAs('reads the LMS with the highest rights as its administrator', [
    ['the portal with maximum rights', 'Просим доступ к порталу дистанционного обучения с максимальными правами для нового руководителя ЦДО.', [A]],
    ['the highest privileges in Moodle', 'Please give me the highest privileges in our Moodle site, the previous manager has left.', [A]],
    ['the server at OS level and the platform at its highest', 'Нужен доступ и к серверу на уровне ОС, и к самой платформе с максимальными правами.', [A, R]],
    ['the server with maximum rights stays root', 'Нужен доступ к серверу СЭО с максимальными правами.', [R]],
    ['maximum rights in one course', 'Дайте преподавателю максимальные права в курсе «Химия», он не может добавить тест.', []],
  ]);

  readsAs('reads access said to work or signed in with as received', [
    ['root and the admin account said to work', 'Спасибо! Root и учётная запись администратора СЭО работают, заявку можно закрыть.', []],
    ['signed in under root, into the admin panel too', 'Под root уже зашли, в админку СЭО тоже. Спасибо, закрывайте.', []],
    ['root that does not work is asked again', 'Root не работает — пароль не подходит. Пришлите новый пароль root.', [R]],
    ['the admin panel works, root still asked', 'Админка СЭО работает, а root до сих пор не выдали — выдайте, пожалуйста.', [R]],
    ['root said to work in terse English', 'root pw works. moodle admin login works too. pls close', []],
    ['root works, the dump still asked', 'Root works. Please also send us the database dump before Friday.', [B]],
    ['root works on one box only, asked for another', 'Root works on the old VM only, please give us root on the new one.', [R]],
  ]);

  // The rules' own doubt (classifyByRules): the second opinion, not retrained this round, may still doubt such letters.
  describe('trusts, by the rules, a report of access received that only lets the ticket be closed', () => {
    const classifier = new TicketClassifier();
    it.each([
      ['said to work, the passwords changed, closing allowed', 'Благодарим за быструю помощь: root и учётная запись главного администратора работают, пароли мы уже поменяли. Заявку можно закрывать.', [], false],
      ['everything arrived, signed in, closed', 'Всё пришло, под root зашли, в админку СЭО тоже. Спасибо, закрывайте заявку.', [], false],
      ['both work now, in English', 'Thanks, the root login and the Moodle admin account both work now. You can close this ticket.', [], false],
      ['a lost password beside a closing is still asked', 'Пароль администратора СЭО утерян, войти не можем. Заявку про почту можно закрывать.', [A], false],
      ['an ask no rule reads beside a closing still doubts', 'Заявку про почту можно закрывать. А вот данные по оценкам за прошлый год нужны срочно.', [], true],
    ])('%s', (_name, text, labels, review) => {
      const reading = classifier.classifyByRules(text);
      expect(reading.labels).toEqual(labels);
      expect(reading.needsReview).toBe(review);
    });
  });

  describe('reads, by the rules, how to get the administrator back as asking for the access, not as a how-to', () => {
    const classifier = new TicketClassifier();
    it.each([
      ['how to get the main administrator back', 'Прежний инженер уволился, пароль не оставил, в админку теперь никто не заходит. Подскажите, как вернуть главного администратора сайта?', [A], false],
      ['how to get a teacher back into a course stays a how-to', 'Подскажите, как вернуть преподавателя в курс «Химия» после отчисления?', [], false],
    ])('%s', (_name, text, labels, review) => {
      const reading = classifier.classifyByRules(text);
      expect(reading.labels).toEqual(labels);
      expect(reading.needsReview).toBe(review);
    });
  });

  readsAs('reads the vendor\'s archive asked for again as the export', [
    ['the archive sent again', 'Ссылка на архив не открывается. Пришлите, пожалуйста, архив ещё раз.', [B]],
    ['the archive uploaded again in English', 'The download link for the archive has expired. Please upload the archive again.', [B]],
    ['the archive rebuilt', 'Архив распаковывается с ошибкой. Пересоберите архив заново, можно частями.', [B]],
    ['a course archive again is one course', 'Пришлите, пожалуйста, архив курса «Физика» ещё раз, прошлый не открылся.', []],
    ['an archive of invoices again', 'Пришлите, пожалуйста, архив счетов за прошлый год ещё раз.', []],
  ]);

  readsAs('reads receiving a copy oneself as no copy made oneself', [
    ['a head teacher wants the copy herself too', 'Я завуч, хочу сама получить копию всех данных школы, не только через подрядчика. Пришлите ссылку и мне.', [B]],
    ['we want to receive the copy ourselves', 'We would like to receive a copy of all our data ourselves rather than through the integrator.', [B]],
    ['the copy made ourselves', 'Копию всех данных сделаем сами, от вас ничего не нужно.', []],
    ['a copy made ourselves in English', 'We will make a copy of all our data ourselves, nothing is needed from you.', []],
  ]);

  readsAs('reads a copy held, named again by "этот" or in a clause that asks nothing, as the copy held', [
    ['whether the dump taken is enough', 'Полный дамп базы мы сняли сами. Подскажите, достаточно ли этого дампа для переноса на новый хостинг?', []],
    ['a bare word about the export downloaded', 'Выгрузку от вас уже скачали, всё на месте. Вопрос: moodledata весит 90 ГБ — это нормально, или можно что-то уменьшить?', []],
    ['a bare word about the dump taken under root', 'Дамп базы сняли сами из-под root, всё в порядке. Вопрос: moodledata получилась 120 ГБ — так и должно быть, или её можно ужать?', []],
    ['the encoding of the export the vendor made', 'Выгрузку, которую вы подготовили в понедельник, подрядчик открыл. Он спрашивает, в какой кодировке сохранён дамп.', []],
    ['a part missing from the copy held is still asked', 'Файлы сайта из архива скачали, спасибо. А дампа базы там нет — досылайте, пожалуйста.', [B]],
    ['the export the vendor sent, said broken, made again', 'Выгрузка, которую вы выложили, повреждена — архив не открывается. Сделайте, пожалуйста, ещё раз.', [B]],
    ['the export made last week, a question passed on', 'Выгрузку, которую вы сделали на прошлой неделе, наш подрядчик уже развернул. Он спрашивает, с какой версией PHP она снята.', []],
    ['a dump held, more asked for', 'Дамп базы мы сняли сами. Нужна ещё выгрузка moodledata с вашей стороны.', [B]],
    ['the export the vendor made is broken, a new one asked', 'Выгрузку, которую вы сделали, не открыть — нужна новая выгрузка.', [B]],
    ['the dump held is broken, sent again', 'Дамп мы получили. Этот дамп битый, пришлите его заново.', [B]],
    ['a bare "export" received, the dump in it asked about', 'We have downloaded the export you sent, thanks. The dump turned out to be MySQL while our server runs PostgreSQL; any advice on converting it?', []],
    ['a bare "бэкап" received, the dump in it described', 'Бэкап, который вы прислали, уже скачали. Дамп внутри оказался в формате MySQL, а у нас PostgreSQL.', []],
    ['a bare "export" received, a fresh dump asked', 'We already downloaded the export you sent. Please also send a fresh database dump taken today.', [B]],
    ['a course backup downloaded by the writer is no copy of the vendor\'s: the dump after it is asked', 'Бэкап курса мы уже скачали. Дамп всей базы и файлов СЭО — до пятницы, пожалуйста.', [B]],
    ['a backup notice received is no copy: the dump after it is asked', 'We received the backup notice yesterday. A full database dump of the whole site before Friday, please.', [B]],
    ['a bare "бэкап" received, a fresh dump asked', 'Бэкап, который вы прислали, уже скачали. Пришлите, пожалуйста, ещё свежий дамп базы за сегодня.', [B]],
  ]);

  readsAs('reads a dump taken by the writer as held', [
    ['a dump taken under the root given', 'Сняли дамп базы из-под выданного root, всё в порядке. Подскажите, можно ли почистить кэш в moodledata?', []],
    ['a dump still asked for', 'Сами снять дамп не смогли, не хватает прав. Сделайте дамп базы, пожалуйста.', [B]],
  ]);
});
