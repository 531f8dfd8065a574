import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: what a colleague already holds`, () => {
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
});
