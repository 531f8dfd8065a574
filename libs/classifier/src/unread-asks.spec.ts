import { ACCESS_REQUEST, DATA_REQUEST, DOMAIN_REQUEST, matchesIn } from './classifier.lexicon';
import { withoutNamedTitles } from './named-titles';
import { withoutRefusals, withoutReports } from './own-views';
import { withoutRestoreAsks } from './restore-asks';
import { withoutShownMessages } from './shown-messages';
import { TextNormalizer } from './text-normalizer';
import { UnreadAsks } from './unread-asks';

const ASKS = [ACCESS_REQUEST, DOMAIN_REQUEST, DATA_REQUEST];

/** The filters one after another, each scanning the whole text: what UnreadAsks must answer as. */
function scanned(unread: string): string {
  return withoutRestoreAsks(withoutReports(withoutRefusals(withoutShownMessages(withoutNamedTitles(unread)))));
}

describe(UnreadAsks.name, () => {
  const normalizer = new TextNormalizer();
  const read = (text: string): string => normalizer.normalize(text, 0, text.length, false).text;
  const asks = new UnreadAsks();

  it.each<[string, string, boolean, boolean]>([
    ['an ask no rule read', 'Нам нужны все данные с сайта, соберите их.', true, true],
    ['the data refused', 'Данные нам не нужны, вопрос по расписанию.', false, false],
    ['a report of what was done', 'Архив получили, спасибо.', false, false],
    ['an ask to restore a copy', 'Сможете развернуть систему из этого архива?', false, false],
    ['a message the system shows', 'При загрузке выдаёт «Ошибка записи в базу данных», что делать?', false, false],
    ['a course named in quotes', 'В курсе «Базы данных» не открывается тест, помогите.', false, false],
    ['an ask beside a report', 'Архив получили. Теперь пришлите, пожалуйста, данные пользователей.', true, true],
  ])('%s', (_case, text, domain, data) => {
    const unread = read(text);
    expect(asks.read(unread).asks(DOMAIN_REQUEST)).toBe(domain);
    expect(asks.read(unread).asks(DATA_REQUEST)).toBe(data);
  });

  it('answers as the filters scanning the whole text do, on texts blanked anywhere', () => {
    const sentences = [
      'Архив получили, спасибо.', 'Пришлите данные и файлы.', 'Данные нам не нужны.', 'выдаёт «Ошибка записи в базу данных»',
      'в курсе «Базы данных»', 'Could you import our old backup into a new cloud site?', 'We need the database and files.',
      "We don't need the data.", 'Заявку можно закрывать.', 'Нужен доступ к серверу.', 'the page says "Could not read data file"',
      'хотим вернуться в облако', 'всё работает, но пришлите копию базы', 'Please send the admin password.',
    ];
    let seed = 7;
    const next = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    let asked = 0;
    for (let k = 0; k < 400; k += 1) {
      let text = '';
      for (let s = 1 + next(5); s > 0; s -= 1) text += `${sentences[next(sentences.length)]}${next(3) === 0 ? '\n' : ' '}`;
      let unread = read(text);
      // The unread view blanks the words read as a kind, whole or in part.
      const start = next(unread.length);
      const end = Math.min(unread.length, start + next(12));
      unread = unread.slice(0, start) + ' '.repeat(end - start) + unread.slice(end);
      const expected = scanned(unread);
      asks.read(unread);
      for (const pattern of ASKS) {
        const matches = matchesIn(pattern, expected);
        expect([text, asks.asks(pattern)]).toEqual([text, matches]);
        if (matches) asked += 1;
      }
    }
    expect(asked).toBeGreaterThan(100);
  });
});
