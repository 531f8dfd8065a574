import { TextNormalizer } from './text-normalizer';

const normalizer = new TextNormalizer();

describe(TextNormalizer.name, () => {
  it.each<[string, string, boolean, string]>([
    ['lower-cases and folds ё, э, й', 'ВЫГРУЗКА Её Бэкап Файлы', false, 'выгрузка ее бекап фаилы'],
    ['reads a Latin look-alike inside a Russian word as Cyrillic', 'выгрузкa бaзы', false, 'выгрузка базы'],
    ['reads a Cyrillic look-alike inside an English word as Latin', 'rооt access', false, 'root access'],
    ['transliterates Latin Russian when asked', 'nuzhen rut dostup', true, 'нужен рут доступ'],
    ['keeps technical words in Latin while transliterating', 'prishlite moodledata i root', true, 'пришлите moodledata и root'],
    ['reads y after a vowel as й and after a consonant as ы', 'dayte vygruzku', true, 'даите выгрузку'],
    ['collapses spaces and unifies dashes and quotes', 'a  –  «b»', false, 'a — "b"'],
    ['reads an apostrophe ending a transliterated word as its soft sign', "poluchit' bazu", true, 'получить базу'],
    ['leaves a word in single quotes its closing quote', "nazhal 'ok'", true, "нажал 'ок'"],
    ['keeps a technical word before an apostrophe in Latin', "dajte root' dostup", true, "даите root' доступ"],
    ['leaves an apostrophe alone when not transliterating', "students' grades", false, "students' grades"],
  ])('%s', (_case, input, transliterate, expected) => {
    expect(normalizer.normalize(input, 0, input.length, transliterate).text).toBe(expected);
  });

  it('maps every normalised character back to the original word', () => {
    const input = 'Nuzhen  ROOT';
    const view = normalizer.normalize(input, 0, input.length, true);
    const at = view.text.indexOf('root');
    expect(input.slice(view.starts[at], view.ends[at + 3])).toBe('ROOT');
    expect(input.slice(view.starts[0], view.ends[0])).toBe('Nuzhen');
  });

  it('normalises a slice with offsets into the whole text', () => {
    const input = 'Тема\nнужен рут';
    const view = normalizer.normalize(input, 5, input.length);
    expect(view.text).toBe('нужен рут');
    expect(input.slice(view.starts[6], view.ends[6])).toBe('рут');
  });
});
