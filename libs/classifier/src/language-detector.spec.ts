import { LanguageDetector } from './language-detector';

const detector = new LanguageDetector();

describe(LanguageDetector.name, () => {
  it.each<[string, string, { language: 'ru' | 'en'; transliterated: boolean }]>([
    ['Cyrillic text is Russian', 'Нужна выгрузка базы', { language: 'ru', transliterated: false }],
    ['English text is English', 'Please send us a copy of the database', { language: 'en', transliterated: false }],
    ['two transliterated words make it Russian', 'nuzhen rut dostup please', { language: 'ru', transliterated: true }],
    ['apostrophes inside a word are dropped before the look-up', "d'ostup nu'zhen", { language: 'ru', transliterated: true }],
    ['one transliterated word in a short text is enough', 'dostup k serveru', { language: 'ru', transliterated: true }],
    ['one transliterated word in a longer text is not', 'we need dostup to the server today', { language: 'en', transliterated: false }],
    ['capitals are read as lower case', 'NUZHEN DOSTUP', { language: 'ru', transliterated: true }],
    ['a word only shares a beginning with a known one', 'nuzhenx dostupy', { language: 'en', transliterated: false }],
    ['a dotted capital I lower-cases to i and a mark that ends the word', 'İnuzhen dostup to the server today', { language: 'ru', transliterated: true }],
    ['the Kelvin sign lower-cases to k', '\u212Aak dostup to the server today', { language: 'ru', transliterated: true }],
  ])('%s', (_case, text, expected) => {
    expect(detector.detect(text)).toEqual(expected);
  });
});
