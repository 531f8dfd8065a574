import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: short replies that carry the quote, and refusals and reports said in few words`, () => {
  readsAs('takes up the quoted request the reply points at, joins or acts on', [
    [
      'the request set out below, sent again',
      'Ещё раз направляем запрос, изложенный ниже: срок поджимает.\n\n-----Исходное сообщение-----\nОт: Канцелярия колледжа\nПросим выдать пароль root к серверу СЭО.',
      [R],
    ],
    [
      'the request below, in English',
      'Sending the request below once more, the warranty ends next week.\n\n-----Original Message-----\nFrom: Dean office\nPlease give us full site administrator rights in Moodle.',
      [A],
    ],
    ['joining a colleague', 'Тоже присоединяюсь к запросу коллеги, нам это срочно.\n\n> Прошу выгрузить базу данных и файлы нашей СЭО.', [B]],
    ['joining, in English', 'We join the request, our school needs the same.\n\n> Please send us the root password for the LMS server.', [R]],
    [
      'acting on the order below',
      'Во исполнение распоряжения ниже просим передать нам всё перечисленное.\n\n> Обеспечить получение прав главного администратора СЭО и полного архива базы данных.',
      [A, B],
    ],
    [
      'everything listed below, in English',
      'Please provide everything listed below by the 1st.\n\n-----Original Message-----\nFrom: Ministry\nPlease give the college root access to its servers.',
      [R],
    ],
    ['the request below done: not taken up', 'Просьбу, указанную ниже, уже выполнили, спасибо.\n\n> Просим выдать root-доступ к серверу.', []],
  ]);

  readsAs('reads a choice of all the quoted options, or a date for the quoted task, as taking them up', [
    ['both, in Russian', '> Вам нужен root-доступ к серверу или права администратора СЭО?\n\nИ то, и другое, пожалуйста.', [A, R]],
    ['both, in English', '> Do you need root access to the server, site administrator access in Moodle, or both?\n\nBoth of them, please.', [A, R]],
    ['both turned down: nothing', '> Вам нужен root-доступ к серверу или права администратора СЭО?\n\nОба не нужны, спасибо.', []],
    ['a date for the archive', '> Уточните, к какому числу подготовить архив базы данных и файлов?\n\nДо 25-го, если можно.', [B]],
    ['a date in English', '> By what date should we prepare the database export?\n\nBy Friday, please, we switch off on Monday.', [B]],
    ['a date with a refusal: nothing', '> К какой дате подготовить выгрузку базы?\n\nК 1 марта уже не нужно, договор продлили.', []],
  ]);

  readsAs('reads a copy asked for after a question about how long copies are kept', [
    ['a full copy gathered', 'Как долго у вас лежат резервные копии после отключения? Если что-то осталось — соберите нам полную копию, переезжаем.', [B]],
    ['a full copy put together', 'How long do you keep backups after a contract ends? If ours are still there, please make a full copy for us.', [B]],
    ['the question alone: nothing', 'How long do you keep backups after a contract ends?', []],
    ['a course turned down beside the copy', 'Сделайте нам полную копию — не отдельный курс, а всю СЭО с базой.', [B]],
    ['a course turned down, in English', 'Please prepare a full copy, not a single course but the whole LMS.', [B]],
    ['a full copy of one course: not an export', 'Соберите, пожалуйста, полную копию курса «Химия», сами не справляемся.', []],
  ]);

  readsAs('reads a kind called beside the point as refused', [
    ['beside the point in Russian', 'Сервер ваш, так что root здесь ни при чем. Нужна только выгрузка базы и файлов.', [B]],
    ['irrelevant in English', 'The server is yours, so root is irrelevant. We only need a database export.', [B]],
    ['the words before the kind refuse nothing', 'Ни при чём тут наши настройки: просто пришлите пароль root от сервера.', [R]],
  ]);

  readsAs('reads "тоже", "no longer needed" and "it works now" as closing the kind they follow', [
    ['a second kind refused with "тоже"', 'Рут нам не нужен и права администратора тоже. Пришлите только архив базы.', [B]],
    ['a second kind refused with "either"', 'We do not need root and not the admin account either, just send the database dump.', [B]],
    ['"тоже" beside an ask asks', 'Root не нужен, и админка тоже нужна, причём срочно.', [A]],
    ['no longer needed', 'Права главного администратора уже без надобности, а выгрузку базы и файлов ждём.', [B]],
    ['logged in now', 'Thank you, we can sign in with the root password now.\n\n> Please send us the root password for the server.', []],
    ['logged in now, in Russian', 'Спасибо, теперь можем зайти под root, заявку можно закрывать.\n\n> Просим выдать root-доступ к серверу.', []],
    ['a system brought up from an old dump is a restore', 'Хотим вернуться в облако: поднимите, пожалуйста, систему из нашего прошлогоднего дампа.', []],
  ]);

  readsAs('reads a report taken out of the system as no export', [
    ['a report out of the LMS', 'Можно как-нибудь выгрузить отчёт по посещаемости из СДО? Не нашли, где это.', []],
    ['a report out of Moodle', 'Is there a way to export a report of active learners from Moodle?', []],
    ['the database beside a report is still the system', 'Выгрузите из СЭО отчёты и всю базу данных целиком.', [B]],
  ]);

  readsAs('reads a reminder as asking and a call-off as not', [
    ['still outstanding', 'Reminder: our database and moodledata export is still outstanding.', [B]],
    ['still pending', 'The full data export is still pending, and the site goes offline on Monday.', [B]],
    ['called off in Russian', 'По архиву базы — договор продлили, так что отмените.\n\n> Архив базы данных будет готов через три дня.', []],
    ['called off in English', 'About the export: we renewed the contract, so please cancel it.\n\n> The export of your database will be ready on Friday.', []],
    ['a cancel that names its own object leaves the rest asked', 'Заявку на звонок отмените, а выгрузку базы и файлов сделайте до пятницы.', [B]],
  ]);

  readsAs('reads a letter that only informs, or says it asks for nothing yet, as asking nothing', [
    ['informing only, in Russian', 'Гарантия закончилась, root вы больше не выдаёте. Пароль сбросили по вашей статье сами. Это я просто сообщаю, старую заявку можно закрыть.', []],
    ['just letting you know', 'Just letting you know that Pavel now holds root on the VM.', []],
    ['not asking you to do anything yet', 'Could you spin our site back up on your cloud from the export you give us? Not asking you to do anything yet.', []],
    ['informing, then commanding, still asks', 'Просто сообщаю: пароль root, который вы прислали, не подходит. Пришлите новый, пожалуйста.', [R]],
    ['"not asking for anything server-level" scopes the refusal', 'Not asking for anything server-level, our IT has that. I only need the top-level Moodle administrator role on my account.', [A]],
    ['"not asking for anything" alone still asks nothing', 'Not asking for anything, just curious: do you give root to cloud customers?', []],
  ]);

  readsAs('reads a status check as chasing what it names, and a copy the vendor prepared as received', [
    ['a status check on the export', 'Status check on the export? The link from your last message has expired.', [B]],
    ['"какой статус" of the backup', 'Какой статус по бэкапу? Ссылка из прошлого письма не открывается.', [B]],
    ['the export the vendor prepared, downloaded', 'Коллега передала, что выгрузку вы нам подготовили, спасибо, архив мы скачали. А вернуться потом в облако с ним можно?', []],
    ['prepared, yet broken, is asked again', 'Выгрузку вы подготовили, но архив битый. Пришлите заново, пожалуйста.', [B]],
  ]);

  describe('sends a short reply above a quoted request to an agent unless it closes or declines', () => {
    const classifier = new TicketClassifier();
    it.each([
      ['an unread pointer to the quote', 'Срочно, пожалуйста, сроки горят!\n\n> Просим выдать права главного администратора СЭО.', true],
      ['an unread pointer in English', 'Urgent, please, the term starts Monday!\n\n> Please send us a dump of the database and moodledata.', true],
      ['closed with thanks', 'Всё получили, заявку закрываем.\n\n> Просим выгрузить базу данных и файлы.', false],
      ['called off', 'We renewed, so no need any more.\n\n> Please send us a dump of the database and moodledata.', false],
    ])('%s', (_name, text, review) => {
      const reading = classifier.classify(text);
      expect(reading.labels).toEqual([]);
      expect(reading.needsReview).toBe(review);
    });
  });
});
