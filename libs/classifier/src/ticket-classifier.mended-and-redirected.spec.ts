import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: what the writer mended and where the site is sent`, () => {
  readsAs('reads a lost login the writer mended as no ask, and one the vendor is asked to mend as asked', [
    ['a lost admin password reset by the writer', 'Our admin password got lost, but we reset it ourselves via the recovery mail and all is fine. Could the front page use our colours?', []],
    ['a lost admin login, then sorted in the next sentence', 'We lost access to the Moodle admin account. We have sorted it ourselves.', []],
    ['reset by the writer, in Russian', 'Пароль админа СЭО потерялся, но мы сбросили сами через почту. Подскажите, как поменять логотип?', []],
    ['restored by the writer and working, in Russian', 'Забыли пароль главного администратора, восстановили сами, всё работает.', []],
    ['lost root recovered by the writer', 'Lost the root password on the VM but recovered it myself through the console, everything works now.', []],
    ['a lost admin password, reset asked', 'Admin password for the site is lost, please reset it.', [A]],
    ['a lost admin password, reset asked, in Russian', 'Потеряли пароль администратора СЭО, сбросьте его, пожалуйста.', [A]],
    ['a reset only tried by the writer still asks', 'We lost the admin password. We tried to reset it ourselves but it failed, please help.', [A]],
    ['a reset only tried, in Russian', 'Потеряли пароль администратора СЭО. Пытались сбросить сами — не вышло, восстановите доступ.', [A]],
    ['one loss mended, another ask made', 'The admin password was lost but we reset it ourselves. Please give us root on the server too.', [R]],
    ['mended the root password, still asking for the admin', 'Нужен пароль главного администратора СЭО. Пароль root сбросили сами.', [A]],
  ]);

  readsAs('reads the site sent on to a new domain as no export, and everything from the site asked for as one', [
    ['everything sent on to a new domain by redirect', 'Could you forward everything from the site to our new domain with a redirect?', []],
    ['a redirect to a new domain, in Russian', 'Отправьте, пожалуйста, всё с сайта на наш новый домен через редирект.', []],
    ['everything moved to a new web address', 'Please send everything from the old site to the new address school-7.example.org.', []],
    ['everything from the site asked before the contract ends', 'Please send us everything from the site before the contract ends.', [B]],
    ['everything from the site asked, in Russian', 'Пришлите нам всё с сайта до окончания договора.', [B]],
    ['a redirect and a copy asked in their own parts', 'Please send us everything from the site, and set up a redirect to our new domain.', [B]],
    ['a redirect and a database dump in one clause', 'Перенаправьте домен на новый сервер и пришлите выгрузку базы.', [B]],
    ['a new mail address to send the copy to', 'Пришлите всё с сайта на новый адрес почты it@school.ru.', [B]],
  ]);
});
