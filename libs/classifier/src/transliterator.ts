/**
 * Turns Russian written in Latin letters ("vygruzku bazy", "rut dostup") into Cyrillic, so one
 * Russian lexicon serves both spellings. The output is already in the normalised alphabet of
 * TextNormalizer (no ё, э or й), which is why several schemes collapse to the same letters.
 */
const DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['yo', 'е'],
  ['jo', 'е'],
];

const LETTERS: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'и', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс', z: 'з',
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

export class Transliterator {
  /** `word` is lower-case Latin; anything else passes through unchanged. */
  toCyrillic(word: string): string {
    let out = '';
    let i = 0;
    while (i < word.length) {
      const digraph = DIGRAPHS.find(([latin]) => word.startsWith(latin, i));
      if (digraph) {
        out += digraph[1];
        i += digraph[0].length;
        continue;
      }
      const ch = word[i];
      if (ch === 'y') {
        // After a vowel "y" is the short й (normalised to и); after a consonant it is ы.
        out += i > 0 && VOWELS.has(word[i - 1]) ? 'и' : 'ы';
      } else if (ch === "'") {
        // An apostrophe stands for the soft sign ("tol'ko", "skol'ko").
        out += 'ь';
      } else {
        out += LETTERS[ch] ?? ch;
      }
      i += 1;
    }
    return out;
  }
}
