import { MessageSegmenter, SegmentKind } from './message-segmenter';

const segmenter = new MessageSegmenter();

function kinds(text: string): Array<[SegmentKind, string]> {
  return segmenter.split(text).map((s) => [s.kind, text.slice(s.start, s.end).trim()]);
}

describe(MessageSegmenter.name, () => {
  it.each<[string, string, Array<[SegmentKind, string]>]>([
    ['plain text is all own', 'нужен рут', [['own', 'нужен рут']]],
    ['">" lines are quoted', 'Да.\n> Вам нужен root?', [['own', 'Да.'], ['quoted', '> Вам нужен root?']]],
    [
      'an Outlook header quotes all that follows',
      'Ок.\n-----Original Message-----\nFrom: X\nroot please',
      [['own', 'Ок.'], ['quoted', '-----Original Message-----\nFrom: X\nroot please']],
    ],
    [
      'a Russian header quotes all that follows',
      'Спасибо.\n-----Исходное сообщение-----\nПрошу root',
      [['own', 'Спасибо.'], ['quoted', '-----Исходное сообщение-----\nПрошу root']],
    ],
    [
      'an "On ... wrote:" line quotes all that follows',
      'Thanks\nOn Mon, 3 Jun 2024, Support wrote:\nroot?',
      [['own', 'Thanks'], ['quoted', 'On Mon, 3 Jun 2024, Support wrote:\nroot?']],
    ],
    [
      'a sign-off starts the signature',
      'Прошу выгрузку.\nС уважением,\nсистемный администратор Иванов',
      [['own', 'Прошу выгрузку.'], ['signature', 'С уважением,\nсистемный администратор Иванов']],
    ],
    ['a dash and a name sign off', 'Can we get an export?\n— Mei Ling, Registrar', [['own', 'Can we get an export?'], ['signature', '— Mei Ling, Registrar']]],
    ['a dashed list item is not a signature', 'Прошу:\n— пароль root;\n— админку', [['own', 'Прошу:\n— пароль root;\n— админку']]],
    ['a thank-you line at the top is not a signature', 'Спасибо!\nТогда подтверждаю: нужна выгрузка, база и файлы, к пятнице, как договаривались по телефону с вашим инженером, всё целиком.', [['own', 'Спасибо!\nТогда подтверждаю: нужна выгрузка, база и файлы, к пятнице, как договаривались по телефону с вашим инженером, всё целиком.']]],
  ])('%s', (_case, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});
