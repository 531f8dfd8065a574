import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: what a colleague already holds, what is someone else's to ask, and what a verb governs`, () => {
  readsAs('reads the administrator a colleague already works as, or the writer has anyway, as held', [
    ['a colleague works as the full admin', 'Главного админа СЭО не надо. Наш завуч давно работает под полным админом. Нужен пароль root.', [R]],
    ['a colleague logs in under the admin', 'Методист давно заходит под админом СЭО, так что нужен только root от сервера.', [R]],
    ["a colleague's account has full admin rights", "Irina's account has full admin rights on the site. What we lack is the root password for the server, please send it.", [R]],
    ['she has site admin', 'She has site admin on Moodle, so we only need sudo on the box.', [R]],
    ['the writer has the admin anyway, an aside in brackets after it', 'Администратор СЭО у меня и так есть (всё настраивал сам), нужен рут от сервера.', [R]],
    ['named kinds under control', 'Нам нужен только root. Остальное (админка, бэкапы) у нас под контролем.', [R]],
    // Near-misses: a colleague who does not work as the admin, and a wish that someone's account has the rights.
    ['a colleague no longer works as the admin, asked', 'Наш методист давно не работает под админом, дайте права главного администратора СЭО.', [A]],
    ['a wish that the account has admin rights', "Please make sure Marina's account has full admin rights on the site.", [A]],
    ['the admin is under threat, not under control', 'Аккаунт главного администратора взломан, восстановите доступ.', [A]],
  ]);

  readsAs('reads a kind passed to another party to ask for as not asked by the writer', [
    ['root is for the IT department to take', 'Сервер — не наша забота, root пусть запрашивает ИТ-отдел. Нам нужна полная выгрузка СЭО.', [B]],
    ['let the methodist ask for it', 'Админку пусть берёт методический центр, мне нужен только архив базы и файлов.', [B]],
    ['access to the server is for a named colleague, not me', 'Пришлите, пожалуйста, выгрузку всей системы. Доступ к серверу — это к Петрову И.И., не ко мне.', [B]],
    ['"not to me" alone after the kind', 'Прошу выгрузку базы. Root — не ко мне.', [B]],
    ['access for the director to ask for', 'Прошу выгрузку базы. Доступ к серверу — это к директору.', [B]],
    ["root is for IT to ask", "Please send the full site export. Root on the box — that's for our IT to ask, not me.", [B]],
    // Near-misses: "let it be for" a person still asks, and "это к вам" is a question about whom to ask.
    ['root given so that a colleague receives it', 'Выдайте root, пусть его получит наш инженер Петров.', [R]],
    ['root asked for a named engineer', 'Root пусть будет на Петрова, выдайте до пятницы.', [R]],
    ['a dump for an audit', 'Пришлите дамп базы — это к проверке в пятницу.', [B]],
    ['a dump for the archive', "Please send a full database dump — it's for our archive.", [B]],
  ]);

  readsAs('reads a verb of getting back as governing the kind after it, not a kind joined by "and" after that', [
    ['admin rights given back and a full export', 'Прошу вернуть права главного админа в СЭО и полную выгрузку всей системы.', [A, B]],
    ['admin access restored and a dump, in English', 'Please restore our site admin access and a database dump for our archive.', [A, B]],
    // Near-misses: the export itself given back or restored is no export.
    ['an export restored', 'Восстановите, пожалуйста, выгрузку от прошлой недели на сайт.', []],
    ['the data brought back into the cloud', 'Верните нашу базу и файлы обратно в облако.', []],
  ]);

  readsAs('reads an archive or an export of papers, or out of another system, as no export of the LMS', [
    ['an archive of all invoices', 'Нужен архив всех наших счетов и актов за прошлый год.', []],
    ['an export out of the document-flow system', 'Можете выгрузить наши договоры из вашей системы документооборота?', []],
    ['an export out of the accounting system, in English', 'Could you export all our invoices from your billing system?', []],
    // Near-misses: an archive of the data, and an export out of the LMS.
    ['an archive of all the data', 'Нужен архив всех наших данных из СЭО.', [B]],
    ['an export out of the LMS into accounting', 'Пришлите выгрузку всей системы, бухгалтерия просит копию для отчёта.', [B]],
  ]);
});
