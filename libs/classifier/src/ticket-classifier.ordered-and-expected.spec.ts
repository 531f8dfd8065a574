import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: what is ordered, expected or asked about`, () => {
  readsAs('reads a kind the writer asks whether they may order as asked for, its price alone as a question', [
    ['whether the export may be ordered, with its price', 'Скажите, сколько стоит выгрузка всей базы СЭО и можно ли её заказать до конца месяца?', [B]],
    ['whether root may be ordered, with its price', 'Сколько стоит root-доступ к серверу и можно ли заказать его как разовую услугу?', [R]],
    // Near-misses: the price alone, and an order of something else beside the export named.
    ['the price of an export alone', 'Сколько стоит выгрузка данных СЭО?', []],
    ['a webinar ordered, the export only priced', 'Сколько стоит выгрузка данных? И можно ли заказать вебинар для методистов?', []],
  ]);

  it.each([
    ['three things expected from the vendor', 'Before the contract ends our inspectors expect from you the following: sudo on the VM, the Moodle site administrator login and a full backup of database and files.', [A, B, R]],
    ['expected from the vendor, in Russian', 'Комиссия ожидает от вас до 30 июня: пароль root от сервера, логин главного администратора СЭО и копию базы с файлами.', [A, B, R]],
    // "Ускорьте": hurrying a kind still not received asks for it again.
    // "Можно сделать, | чтобы…": what the ask is for, in its own clause, is asked for.
    ['an ask, then what it is for', 'Можно ли устроить, чтобы на время отпуска Петрова я заходила в СЭО под главным администратором?', [A]],
    ['root still not come, hurried in transliteration', 'root ot servera tak i ne prishel, do konca garantii nedelya. uskorte', [R]],
  ] as Array<[string, string, RequestKind[]]>)('keeps confident by the rules an ask in words of expecting, hurrying or what it is for: %s', (_case, text, labels) => {
    // The rules' own confidence: the second opinion, a model trained on labelled tickets, may still doubt a text.
    const result = new TicketClassifier().classifyByRules(text);
    expect({ labels: result.labels, needsReview: result.needsReview }).toEqual({ labels, needsReview: false });
  });

  readsAs('reads "делайте" said of the data as an ask, and what the writer expects to happen or hurries by themselves as none', [
    ['our own backup sped up', 'How do we speed up our own nightly backup of the server? It takes six hours.', []],
    ['our own backup to be sped up, in Russian', 'Как ускорить своими силами ночной бэкап сервера? Он идёт шесть часов.', []],
    ['"делайте" said of the database and files', 'Хорошо, делайте: база и все файлы, без исполняемых.', [B]],
    // Near-misses: what the writer expects to happen, and "не делайте".
    ['a start expected, nothing asked', 'We expect the new teachers to start on Monday; the calendar shows wrong dates.', []],
    ['"не делайте" said of the database and files', 'Пока ничего не делайте с базой и файлами, мы ещё думаем.', []],
  ]);

  readsAs('reads everything on the site the writer asks to have as the export', [
    ['everything that is on the site, asked', 'Прошу отдать нам всё, что есть на сайте: курсы, оценки, работы учеников.', [B]],
    ['everything on our site, in English', 'Please pass us everything that is on our site before it goes dark.', [B]],
    // Near-misses: what is on the site named in a question or a fault.
    ['everything on the site shown wrong', 'Всё, что есть на сайте, отображается без картинок — что случилось?', []],
  ]);

  it.each([
    ['data refused, papers asked about', 'Контракт истекает в мае. Как правильно оформить акт сверки? Файлы нам не нужны — всё хранится у нас.'],
    ['data refused, in English', "Our subscription ends in June. Which closing documents will you send? We don't need the data, it all lives on our side anyway."],
  ])('keeps confident by the rules a ticket whose only data words are refused: %s', (_case, text) => {
    const result = new TicketClassifier().classifyByRules(text);
    expect({ labels: result.labels, needsReview: result.needsReview }).toEqual({ labels: [], needsReview: false });
  });

  it.each([
    ['data refused, access asked in words no rule reads', 'Файлы нам не нужны. Оформите нам доступ ко всему на сервере, пожалуйста.'],
  ])('still sends to review an ask beside a refusal of data: %s', (_case, text) => {
    expect(new TicketClassifier().classify(text).needsReview).toBe(true);
  });

  readsAs('reads a kind the writer then asks to have explained as a question about it', [
    ['told to write about some sudo, asks what it is', 'Директор велел написать вам про какой-то sudo. Объясните сначала, что это такое?', []],
    ['a word from a letter, asked what it means', 'В письме было про sudo для сервера. Поясните, пожалуйста, что это такое и зачем оно нам.', []],
    // Near-miss: a kind asked for, then a question about it, still asks.
    ['root asked, then what to do with it', 'Пришлите, пожалуйста, root от сервера. И объясните, что с ним делать дальше.', [R]],
  ]);

  readsAs('reads an ask to put something into the export as asking for the export, the courses in it included', [
    ['course backups to be added to the export', 'Could you also add the course backup files from your side to the export?', [B]],
    ['course backups into the export, in Russian', 'Можете включить в выгрузку ещё и автоматические бэкапы курсов с вашей стороны?', [B]],
    ['"include" asked of the vendor', 'Could you include the course backup in the export, please?', [B]],
    ['whether the export includes them asks nothing', 'Does the export include the course backup files?', []],
    ['a teacher added to a course backup is no export', 'Could you add a new teacher to the course backup?', []],
  ]);

  readsAs('reads a copy named under a condition and then asked for by a pronoun ("если копия цела — можно её нам передать?") as asked', [
    ['after a dash, in Russian', 'Облако отключили две недели назад. Если бэкап ещё не стёрт — можно его нам передать? Там итоговые оценки.', [B]],
    ['after a comma, in English', 'Our cloud contract ended two weeks ago. If the backup is not deleted yet, could you send it to us?', [B]],
    ['a condition with nothing asked back: no export', 'Если бэкап уже удалён, сообщите нам об этом письмом.', []],
    ['the time a copy would take, under a condition: no export', 'If we asked for a backup, how long would it take to prepare?', []],
  ]);

  readsAs('reads "выгрузку уже сделали?" as chasing the ask, and a copy the writer made as held', [
    ['the export chased', 'Выгрузку уже сделали? Договор заканчивается в пятницу, нам её ещё проверять.', [B]],
    ['root chased', 'Root уже сбросили? Гарантия до пятницы, а пароля всё нет.', [R]],
    ['a dump the writer took, asked about: held', 'Мы уже сняли дамп базы сами, этого хватит для переезда?', []],
    ['a report, no question: held', 'Выгрузку уже скачали, всё открывается.', []],
  ]);

  readsAs('reads "how can we get a copy?" after the data was named as a whole as asking for the export, a copy of a paper as none', [
    ['in English', 'What becomes of our data once the contract ends in June? We want to keep it all. How can we get a copy?', [B]],
    ['in Russian', 'Что будет с нашими данными после отключения? Хотим всё сохранить. Подскажите, как мы можем получить копию?', [B]],
    ['a copy of a paper after the data: no export', 'Our data is stored in the EU, right? Can we get a copy of the DPA?', []],
    ['a copy of the contract, in Russian: no export', 'Где хранятся наши данные? Можно получить копию договора?', []],
  ]);
});
