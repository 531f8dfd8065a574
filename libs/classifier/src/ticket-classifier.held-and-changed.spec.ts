import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { expectReading } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
const classifier = new TicketClassifier();

describe(`${TicketClassifier.name}: what is held, received or named otherwise`, () => {
  it.each<[string, string, RequestKind[]]>([
    ['thanks for a password received', 'Thanks for the new root password, it works. How do we change the PHP memory limit?', []],
    ['thanks for a link received, all working', 'Thanks for the export link, all working. Is the calendar plugin supported?', []],
    ['thanks for access received, in Russian', 'Спасибо за доступ к серверу, всё работает. Подскажите, как обновить PHP?', []],
    ['thanks for a reply, then an ask', 'Thanks for the quick reply. Please send the root password.', [R]],
    ['thanks for an answer, then an ask, in Russian', 'Спасибо за ответ, пришлите, пожалуйста, root.', [R]],
    ['root held, admin asked', 'We have root, but we also need full admin on the Moodle site.', [A]],
    ['sudo held, a fault reported', 'We already have sudo on the box; the problem is the cron job.', []],
    ['"do we have root" asks', 'Do we have root access on that server? If not, please give it.', [R]],
    ['"can we have root" asks', 'Can we have root on the VM please?', [R]],
    ['root by a named console, read from the manual', 'Your manual says you can get root via the hypervisor console. How long does the reset take?', []],
    ['root asked when the console cannot be used', 'Root access please, we cannot use the server console.', [R]],
    ['the soft sign as an apostrophe in "est\'"', "Rut u nas est', nuzhna vygruzka bazy.", [B]],
    ['an export wanted at first, then given up', 'Сначала хотели попросить выгрузку базы, но решили остаться. Какие есть тарифы?', []],
    ['an export wanted at first, in English', 'At first we wanted an export of the whole site, but we are staying with you. What does the smaller plan cost?', []],
    ['root planned at first, a dump asked now', 'Originally we planned to ask for root, but now we need the database dump instead.', [B]],
    ['"сначала" ordering the steps still asks', 'Сначала пришлите выгрузку базы, потом отключайте.', [B]],
    ['a first plan still wanted and asked', 'Изначально хотели выгрузку, и она по-прежнему нужна, пришлите, пожалуйста.', [B]],
    ['"только" before the title asks for it', 'Нужен только главный администратор СЭО.', [A]],
    ['the superuser role of the LMS is its administrator', 'Could the superuser role in Moodle be given to our new dean? Not the server, just the site.', [A]],
    ['the superuser of the LMS, in Russian', 'Нужен суперпользователь в СЭО для нового методиста.', [A]],
    ['the superuser on the LMS server is root', 'We need superuser on the Moodle server before support ends.', [R]],
    ['sudo on the LMS box is root', 'Need sudo on the LMS box for the weekend.', [R]],
    ['copies of invoices are papers', 'Please send copies of all invoices for last year.', []],
    ['a copy of the database and of the contract', 'Пришлите копию всей базы и договора.', [B]],
    ['the whole thing with the data in brackets', 'can you send us the whole thing (database + moodledata) before we leave?', [B]],
    ['the whole thing, an attachment', 'can you send us the whole thing again? the attachment did not open.', []],
    ['the account of "the main one"', 'Восстановите, пожалуйста, учётку главного, пароль потерян.', [A]],
    ['the password of the chief accountant', 'Пароль главного бухгалтера не подходит к отчётам, помогите.', []],
    ['to be "the main one" in the LMS', 'Хочу стать главной в СЭО, дайте права.', [A]],
    ['"the main one" as a person named', 'Главный у нас Петров, он в отпуске. Вопрос по календарю: почему не видно событий?', []],
    ['an address inside the request does not end it', 'Сделайте уже: полные права администратора сайта на ivanova@edu.ru и архив всей базы с файлами.', [A, B]],
    ['a full stop with no space after it still ends a sentence', 'Root не нужен.Пришлите выгрузку базы.', [B]],
    ['the data export asked before', 'I asked twice for our data export and nobody replied. Our subscription ends in 9 days.', [B]],
    ['a data export to a spreadsheet is a report', 'Our data export to CSV is broken.', []],
    ['the user data export is a how-to', 'Where can I find the user data export for GDPR requests?', []],
    ['the database and the files wanted together', 'Нужны база и файлы до отключения.', [B]],
    ['the database and the files as a fault', 'The database and the files are too slow since Monday, we need help.', []],
    ['what is still missing is no refusal', 'До сих пор нет ни доступа администратора сайта, ни выгрузки. Сделайте уже.', [A, B]],
    ['"ни … ни" refuses', 'Нам не нужны ни админка, ни выгрузка, только root.', [R]],
    ['certified copies of papers', 'Прошу предоставить заверенные копии договора и актов за 2024 год.', []],
    ['all of ours taken out of the system', 'можно нам всё наше из системы забрать? облако до 30го', [B]],
    ['all of it got out of the LMS', 'Хотим получить вообще всё из СЭО, чтобы хранить у себя.', [B]],
    ['all moved between two sites of the vendor', 'Перенесите всё из системы второй площадки на первую, пожалуйста.', []],
    ['whether root is given to customers at all', 'Вы вообще выдаёте root клиентам с серверной лицензией? Мы выбираем поставщика.', []],
    ['whether root is ever given, in English', 'Do you ever give root access to customers on the on-premise licence?', []],
    ['"whatever you normally give" still asks', 'Please send the dump and moodledata, whatever you normally give leaving customers.', [B]],
    ['none of a listed offer is needed', 'Ничего из того, что вы перечислили (выгрузка, root, админ), нам не нужно. Пришлите новый договор.', []],
    ['none of the above, in English', 'None of the above (export, root, admin) is needed, we are renewing.', []],
    ['"шоб вы сделали" asks', 'Надо, шоб вы нам сделали выгрузку базы и файлов.', [B]],
    ['both quoted requests taken up', '> Рекомендуем заранее запросить root-доступ к серверу и полный администраторский доступ к СЭО.\n\nВот мы и запрашиваем — и то, и другое.', [A, R]],
    ['both quoted requests taken up, in English', '> We recommend requesting root access and full Moodle admin before warranty ends.\n\nWe request both, warranty ends 30.11.', [A, R]],
    ['none of the quoted requests wanted', '> Рекомендуем заранее запросить root-доступ к серверу и полный администраторский доступ к СЭО.\n\nСпасибо, ничего из этого нам не нужно.', []],
    ['a refusal in brackets reaches only what they hold', 'Просим передать нам архив: дамп БД и moodledata (исполняемые файлы не нужны).', [B]],
    ['a kind refused in brackets', 'Root и админку (выгрузка не нужна) выдайте до пятницы.', [A, R]],
    ['part of the data refused in brackets', 'Please send the database dump (not the moodledata, we have it) by Friday.', [B]],
    ['"кто-нибудь может объяснить" asks about a word', 'Кто-нибудь может объяснить, что такое root?', []],
    ['the export before the switch-off, reported', 'The export before the switch-off went fine, thanks.', []],
    ['"заберём сами" with the backup refused', 'Курсы заберём сами, бэкап не нужен.', []],
    ['where the backup button is: self-service', 'Хочу сохранить этот курс себе. Где в меню кнопка резервной копии?', []],
    ['where the backup button is, in English', 'Where is the backup button for a course in Moodle 4.1?', []],
    ['where the button is, then a request', 'Где кнопка, чтобы получить выгрузку всей базы? Нам нужна копия перед отключением, пришлите.', [B]],
    ['whether the vendor logs in as root', 'Вы сами заходите на наш сервер под root при обновлениях?', []],
    ['whether the vendor logs in as root, in English', 'Do you log in to our server as root when updating?', []],
  ])('%s', (_name, text, labels) => {
    expectReading(text, labels);
  });

  it('keeps a request confident when an address inside it has full stops', () => {
    const result = classifier.classify('Can you make me (j.smith@trust.org.uk) a full site administrator? The old admin left.');
    expect({ labels: result.labels, needsReview: result.needsReview }).toEqual({ labels: [A], needsReview: false });
  });

  it.each<[string, string, RequestKind[]]>([
    ['"кто-нибудь может" asks', 'Кто-нибудь может восстановить нам пароль главного администратора СЭО?', [A]],
    ['the export got before the contract ends', 'Is it possible to get the export before the contract ends? We need the data for our archive.', [B]],
    ['"заберём" asks for what is taken', 'Все файлы из moodledata заберём — упакуйте, пожалуйста.', [B]],
  ])('keeps a plain request confident: %s', (_name, text, labels) => {
    const result = classifier.classify(text);
    expect({ labels: result.labels, needsReview: result.needsReview }).toEqual({ labels, needsReview: false });
  });
});
