import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: what a colleague already holds, what is someone else's to ask, and what a verb of getting back governs`, () => {
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
});
