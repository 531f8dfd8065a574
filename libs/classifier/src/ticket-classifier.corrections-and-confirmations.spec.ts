import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: corrections of the kind wanted, repeated and confirmed quotes, taking the system along`, () => {
  readsAs('reads "но он нам не нужен" after a kind named in thanks as refusing it', [
    ['thanks, but not needed', 'Благодарим за письмо про пароль root, но он нам не нужен, площадка у вас. Пришлите архив базы и файлов.', [B]],
    ['thanks, but of no use', 'Спасибо, что напомнили про root-доступ, а он нам ни к чему: мы в облаке. Нужна копия базы данных.', [B]],
    ['thanks, but not needed, in English', 'Thanks for the note about root access, but we do not need it, you host us. Please prepare the database export.', [B]],
    ['thanks, and needed soon: asked', 'Спасибо за письмо про root-доступ, но он нам нужен уже к пятнице, выдайте, пожалуйста.', [R]],
  ]);

  readsAs('reads a kind the clause before named as refused by a reason and a pronoun, or as held already', [
    ['a reason, then "нам он не нужен"', 'В прошлой заявке я просила root-доступ — облако ведь ваше, нам он не нужен. Пришлите выгрузку базы.', [B]],
    ['a condition, then "не надо": still asked', 'Выгрузку базы пришлите. Если будет время, его не надо торопить.', [B]],
    ['a pronoun refusal after the clause\'s own kind', 'Нужно: root на сервер и дамп базы. Админка у нас уже есть, её не надо.', [B, R]],
    ['held already, in English', 'Will we keep root on our server once the warranty is over? We have it already, just checking.', []],
    ['held already, in Russian', 'Останется ли у нас root после окончания гарантии? Он у нас уже есть, просто уточняем.', []],
    ['"we have it already planned": still asked', 'Please send us the root password. We have it already planned with our IT team for Monday.', [R]],
  ]);

  readsAs('reads "нужен не X" as turning X down', [
    ['not the export but the admin', 'Уточняю заявку: нам нужна не выгрузка, а полные права администратора СЭО.', [A]],
    ['not root, a mistake corrected', 'Мне нужен не root-доступ, ошибся в прошлом письме. Выдайте права главного администратора СЭО.', [A]],
    ['not root, said in capitals', 'Нам нужен НЕ root, перепутали. Пришлите полную выгрузку базы и файлов.', [B]],
    ['not only root: both asked', 'Нужен не только root, но и учётная запись главного администратора.', [A, R]],
    ['not later than a date: asked', 'Выгрузка базы и файлов нужна не позднее 20 мая.', [B]],
    ['not for me but for a colleague: asked', 'Root нужен не мне, а нашему системному администратору, выдайте ему доступ.', [R]],
  ]);

  readsAs('reads "X, not Y" and a clause opening on "not Y" as turning Y down', [
    ['the admin account, not root', 'What we meant is the Moodle administrator login, not root: the server is yours.', [A]],
    ['the export, not root, in Russian', 'Пришлите полную выгрузку базы, не root, сервер всё равно ваш.', [B]],
    ['root, not the export', 'Root on the server, please, not the export, our own backups are enough.', [R]],
    ['after a dash', 'We want a dump of the database and moodledata — not root access, we are on your cloud.', [B]],
    ['a clause opening on "не"', 'Нужен доступ главного администратора. Не рут, сервер не наш.', [A]],
    ['"not only": both asked', 'Root on the server, not only the Moodle admin account, please.', [A, R]],
    ['"не только": both asked', 'Нужен root, не только учётка администратора СЭО.', [A, R]],
    ['"not later than": asked', 'Please send the database export, not later than the 30th.', [B]],
  ]);

  readsAs('reads a kind the writer says they asked for by mistake as withdrawn', [
    ['asked by mistake, the export wanted', 'I requested root access by mistake in my last message; what we need is a copy of the database and files.', [B]],
    ['"mistakenly" before the verb', 'Apologies, I mistakenly asked for root. Only the site administrator account is needed.', [A]],
    ['"ошибочно указали"', 'В прошлом письме мы ошибочно указали root-доступ. Нужен только дамп базы и moodledata.', [B]],
    ['"по ошибке запросила"', 'Я по ошибке запросила права администратора СЭО, нам нужна выгрузка базы данных.', [B]],
    ['deleted by mistake, asked again: kept', 'Мы случайно удалили учётку главного администратора, восстановите доступ администратора СЭО.', [A]],
    ['an error after asking: kept', 'We asked for root access and now get an error when we log in, please reset the root password.', [R]],
  ]);

  readsAs('takes up a quoted request the new text says it repeats', [
    ['repeated with a colon', 'Неделя прошла. Повторяем:\n\n> Просим выдать пароль root от сервера СЭО.', [R]],
    ['repeated in English', 'Nothing yet. I repeat:\n\n> Please send a dump of our Moodle database and moodledata.', [B]],
    ['"повторяю" about something else: not taken up', 'Повторяю, у нас всё работает, спасибо.\n\n> Просим выдать права главного администратора СЭО.', []],
  ]);

  readsAs('takes up every quoted kind on "both", whatever one word of the reply names', [
    ['both confirmed beside an ssh key', 'Подтверждаем: нужны и то, и другое, ssh-ключ пришлём отдельно.\n\n> Нужны ли вам root-доступ к серверу и права администратора СЭО?', [A, R]],
    ['both in English beside an ssh key', 'Yes, both, please; our ssh key is attached.\n\n> Do you want root access to the server and full Moodle administrator rights?', [A, R]],
    ['"both" of the data only: the export alone', 'Yes, both the database and the files, please.\n\n> Would you like root access, the admin account, or a full export of the database and files?', [B]],
  ]);

  describe('answers "export our database" surely, and keeps exports into office formats out', () => {
    const classifier = new TicketClassifier();
    it.each([
      ['the LMS database and its files', 'Could you export our LMS database and the moodledata directory? We leave in July.', [B], false],
      ['the database, plainly', 'Please export the database for us before the subscription runs out.', [B], false],
    ])('%s', (_name, text, labels, review) => {
      const reading = classifier.classify(text);
      expect(reading.labels).toEqual(labels);
      expect(reading.needsReview).toBe(review);
    });
    it.each([
      ['the database schema asked how to export', 'How do I export our database schema for the auditors?'],
      ['a table of learners into a spreadsheet', 'Can you export the database of learners into Excel for HR?'],
    ])('%s: not an export of the system', (_name, text) => {
      const reading = classifier.classify(text);
      expect(reading.evidence.some((e) => e.rule === 'export-all')).toBe(false);
    });
  });

  readsAs('reads taking the system along, spelled out after a colon as access only, as no export', [
    ['spelled out as root and admin', 'Заберём платформу к себе целиком: дайте root от сервера и учётку главного администратора.', [A, R]],
    ['spelled out in English', 'We want to take the whole LMS with us: root on the server and the Moodle admin account, please.', [A, R]],
    ['spelled out with the data too', 'Хотим перенести нашу СЭО к себе: нужны база, файлы и root.', [B, R]],
    ['taken along, root asked apart', 'Хотим забрать систему себе. Также нужен root.', [B, R]],
  ]);

  readsAs('reads a new text that cancels the request it quotes as taking it back', [
    ['cancelled below, in English', 'Please cancel my request below, the board decided to renew. Could you send the invoice?\n\n> Please export our database and files before the end of June.', []],
    ['cancelled below, in Russian', 'Отмените, пожалуйста, нашу заявку ниже: договор всё-таки продлеваем.\n\n> Просим выгрузить базу данных и файлы СЭО до 30 июня.', []],
    ['one ask taken back, another kept', 'Please disregard the request about the export, but we still need root on the server.\n\n> Please export our database and files and give us root.', [R]],
    ['a reminder of the quote: taken up', 'Still waiting on this one, please.\n\n> Please export our database and files before the end of June.', [B]],
  ]);
});
