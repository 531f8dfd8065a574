import { RequestKind } from '@app/domain';
import { TicketClassifier } from './ticket-classifier';

const { ADMIN_ACCESS: A, BACKUP_EXPORT: B, ROOT_ACCESS: R } = RequestKind;
const classifier = new TicketClassifier();

describe(`${TicketClassifier.name}: replies below a quote, and kinds named without an ask`, () => {
  describe('reads the reply written below the quote-marked lines of a header', () => {
    it.each<[string, string, RequestKind[]]>([
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
        'a refusal below a quoted offer of root',
        'Hello,\n\nOn Tuesday, Support wrote:\n> Do you need root access before the warranty ends?\n\nNo thanks, we are renewing the support.',
        [],
      ],
      [
        'an unrelated question below a quoted offer of the root password',
        'Ok.\n\nOn Monday, Support wrote:\n> Shall we send you the root password?\n\nThe calendar still shows the wrong dates, can you look?',
        [],
      ],
    ])('%s', (_case, text, labels) => {
      expect(classifier.classify(text).labels).toEqual(labels);
    });
  });
});
