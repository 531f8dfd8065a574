import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';
import { readsAs } from '../../../test/support/classifier-cases';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
describe(`${TicketClassifier.name}: replies below a quote, and kinds named without an ask`, () => {
  readsAs('reads the reply written below the quote-marked lines of a header', [
    [
      'root asked below a quoted reminder',
      'Здравствуйте.\n\n-----Исходное сообщение-----\nОт: Служба поддержки\nТема: Продление\n> Напоминаем: поддержка сервера заканчивается 1 июня.\n\nПросим выдать пароль root до этой даты.',
      [R],
    ],
    [
      'a dump asked below a quoted offer',
      'Hi,\n\nOn Friday, Helpdesk wrote:\n> We can prepare a copy before the switch-off.\n\nThat would be great: please send a full dump of the database and moodledata.',
      [B],
    ],
    [
      'the site administrator asked below a quoted question',
      'Добрый день.\n\nОт: Поддержка\n> Какой доступ вам нужен?\n\nНужны права главного администратора СЭО для завуча, прежний уволился.',
      [A],
    ],
    [
      'an older request quoted below the reply stays quoted',
      'Hi,\n\nOn Monday, Support wrote:\n> Is the calendar fixed?\n\nThe calendar works now, thank you.\n\nOn Sunday, Old Admin wrote:\n> Please give us root on the server.\n\nBest,\nAnn',
      [],
    ],
    [
      'a refusal below a quoted offer of root',
      'Hello,\n\nOn Tuesday, Support wrote:\n> Do you need root access before the warranty ends?\n\nNo thanks, we are renewing the support.',
      [],
    ],
    [
      'an unrelated question below a quoted offer of the root password',
      'Ok.\n\nOn Monday, Support wrote:\n> Shall we send you the root password?\n\nThe calendar still shows the wrong dates, can you look?',
      [],
    ],
  ]);

  readsAs('takes up an offer made under a condition when the reply says yes', [
    ['a yes to a conditional offer of root', 'On Monday, Support wrote:\n> If you would like root access, please confirm before the warranty ends.\n\nYes, please.', [R]],
    ['a yes to a conditional offer of a copy, in Russian', 'Поддержка писала:\n> Если нужна выгрузка базы, сообщите заранее.\n\nДа, подтверждаем.', [B]],
    ['a yes above a quoted question under a condition', 'Да, именно так.\n\n-----Original Message-----\nFrom: client\nIf we ever asked for root, would the warranty still hold?', []],
    ['a maybe to the same offer', 'On Monday, Support wrote:\n> If you would like root access, please confirm before the warranty ends.\n\nThanks, we will think about it.', []],
  ]);

  readsAs('asks for a copy the vendor makes, whatever the customer does with its own', [
    ['a backup made by the vendor beside our own', 'Please send a backup of the whole site made by your team as we do not trust our own one.', [B]],
    ['a copy prepared by the vendor, in Russian', 'Нужна резервная копия всей базы, сделанная вами, а не наша собственная самодельная.', [B]],
    ['backups made by ourselves', 'We back up the database ourselves every night; can you check why the cron job stopped?', []],
    ['our own copy, root asked', 'Резервную копию базы сделаем сами, от вас нужен только root.', [R]],
  ]);

  readsAs('reads a kind named, then asked whether it is the vendor\'s business, as a question', [
    ['root and the site admin, "is that yours?"', 'Root на сервер и админка сайта — это по вашей части?', []],
    ['an export, "do you deal with such things?"', 'Выгрузка всей базы — вы такими вопросами занимаетесь?', []],
    ['a dump, "is that your department?"', 'Full database dump - is that your department?', []],
    ['root needed, then whether it is theirs', 'Нужен рут на сервер — это к вам?', [R]],
    ['a dump asked, then whether it is theirs', 'Please send the full database dump - is that your department?', [B]],
  ]);

  readsAs('reads a kind named, then asked what it costs, as a question about the price', [
    ['moving the data home, then its price', 'Перенос всех данных из облака к себе — это сколько будет стоить?', []],
    ['a whole copy, then whether it is paid', 'Полная копия базы и файлов — это платно?', []],
    ['root, then its price in English', 'Root access to our server - how much would that be?', []],
    ['an export asked, then its price', 'Подготовьте выгрузку всей базы — сколько это будет стоить?', [B]],
    ['a dump asked, then whether it is free', 'Please send the full database dump - is it free?', [B]],
  ]);

  readsAs('reads a pronoun refusing the kind named before, whatever reasons follow it', [
    ['advised root, refused with a reason', 'Вы советовали запросить root до конца гарантии — нам он не нужен, сервер обслуживает подрядчик.', []],
    ['advised export, refused with a reason', 'Support suggested asking for an export before the switch-off - we do not need it, everything lives in our HR system.', []],
    ['named root, then wanted', 'Вы писали про root — он нам нужен, пришлите до пятницы.', [R]],
  ]);

  readsAs('reads a refusal by "это", "она" or "так что его" as reaching the nearest kind named, past a reason or "пожалуйста"', [
    ['"это" after the kind', 'Про root я ничего не понимаю, и мне это не нужно. Дайте только доступ главного администратора СЭО.', [A]],
    ['"так что она" past a reason that names nothing', 'Насчёт выгрузки: директор решил, что при продлении это лишнее, так что она нам не нужна. Нужен только root.', [R]],
    ['a refusal opening its part, past "пожалуйста"', 'Выгрузку, пожалуйста, не делайте: мы продлеваем договор.', []],
    ['root refused past "пожалуйста", the export asked', 'Root, пожалуйста, не выдавайте нашему подрядчику, нужна только выгрузка базы.', [B]],
    ['a refusal of something else past an ask stays off the kind', 'Выгрузку, пожалуйста, сделайте, не надо ждать конца месяца.', [B]],
    ['a refusal of waiting past a command stays off the kind', 'Админку, к счастью, восстановите, не нужно ждать.', [A]],
  ]);

  readsAs('reads how to get back into the administrator account as the ask for it', [
    ['how to regain the main administrator, in Russian', 'Подскажите, как восстановить доступ к учётной записи главного администратора СЭО? Пароль утерян.', [A]],
    ['how to regain the site administrator, in English', 'How do we regain access to the site administrator account? Nobody knows the password.', [A]],
    ['the main one\'s account in the system', 'Нужна учётка главного в СЭО для нового завуча.', [A]],
    ['signing in to the system as the main one', 'Хочу заходить в СЭО как главная, чтобы самой добавлять учителей. Сделайте, пожалуйста.', [A]],
    ['signing in under the head teacher is no administrator', 'В журнал захожу под главной учительницей, а оценки не видны.', []],
    ['how to restore a course from a backup', 'Как восстановить курс из резервной копии?', []],
    ['how to give a student back access to a course', 'Как восстановить доступ студенту к курсу?', []],
    ['the chief accountant in another system', 'Пароль главного бухгалтера в системе 1С не подходит.', []],
  ]);

  readsAs('reads questions about the rules and about backups as questions', [
    ['"правда, что" about root', 'Правда, что после окончания поддержки root уже не выдаётся? Спрашиваю просто так.', []],
    ['"правда что" about the export, just to understand', 'А правда что выгрузку делают только до отключения облака? Просто хочу понять сроки.', []],
    ['how far back the backups go', 'How far back do your backups of our site go?', []],
    ['backups kept, a course restored from one', 'Do you keep backups of our site, and can you restore that course from one of them?', []],
    ['"правда, что", then the ask', 'Правда, что root надо просить заранее? Тогда просим выдать его сейчас.', [R]],
    ['how far back, then the latest asked for', 'How far back do your backups go? Please send us the latest full backup of the site.', [B]],
  ]);

  readsAs('reads keeping everything the system has gathered as the export', [
    ['everything built up over the years, taken away', 'Хотим забрать всё, что наработали за пять лет: курсы, тесты, журналы.', [B]],
    ['everything collected, kept for ourselves', 'Перед закрытием надо сохранить себе всё, что собрали за годы работы в СДО.', [B]],
    ['everything done on a ticket is no data', 'Хотим получить всё, что вы сделали по заявке о календаре.', []],
  ]);

  readsAs('reads a renewal undecided apart from the request made', [
    ['renewal undecided, the copy asked', 'Продлевать подписку пока не решили, поэтому хотим заранее получить копию всех данных СЭО.', [B]],
    ['the export itself undecided', 'Пока не решили, нужна ли нам выгрузка, просто уточняем сроки.', []],
  ]);

  readsAs('reads "we are not asking you to grant anything", "ничего не просим выдавать" as a ticket that only asks about a kind', [
    ['a process question, nothing to be granted', 'For our auditors: how do you usually hand root over to a customer when warranty ends? We are not asking you to grant anything under this ticket.', []],
    ['in Russian', 'Для аудита опишите, как у вас обычно передаётся root заказчику после гарантии. Уточню: мы ничего не просим выдавать по этой заявке.', []],
    ['nothing else asked: root still asked', 'We are not asking you to grant anything else, just root on the server please.', [R]],
    ['"ничего не просим, кроме": root still asked', 'Ничего не просим, кроме root: выдайте его до пятницы.', [R]],
    ['"not asking for access, just want to know"', 'Do we need root to change the theme colours? Not asking for access, just want to know if we can do it ourselves.', []],
    ['"доступ не прошу, просто хочу понять"', 'Нужен ли root, чтобы поменять цвета темы? Доступ не прошу, просто хочу понять, справимся ли сами.', []],
    ['not asking for root, the export wanted: asked', 'Not asking for root, we just want the database export before June.', [B]],
  ]);
});
