import { Transliterator } from './transliterator';

/**
 * A normalised view of a slice of the ticket. Every normalised character remembers the original
 * span it came from, so evidence found in the normalised text points back into what the customer wrote.
 */
export interface NormalizedText {
  text: string;
  /** Original offset where the token (or character) behind normalised char i starts. */
  starts: Int32Array;
  /** Original offset where it ends (exclusive). */
  ends: Int32Array;
}

// Lower-case letters that look the same in both alphabets; a word mixing alphabets is a typing
// accident or an evasion, and is read in the alphabet most of its letters use.
const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y', к: 'k', м: 'm', т: 't', н: 'h', в: 'b', і: 'i',
};
// ё/э/й/ъ are spelled inconsistently by customers ("бэкап"/"бекап", "фаилы"); one letter each.
const CYRILLIC_FOLD: Readonly<Record<string, string>> = { ё: 'е', э: 'е', й: 'и', ъ: 'ь', і: 'и' };

/** Technical words that stay in Latin even inside transliterated Russian: the lexicon knows them so. */
const KEEP_LATIN = new Set([
  'root', 'ssh', 'sudo', 'moodle', 'moodledata', 'admin', 'backup', 'dump', 'sql', 'ftp', 'lms', 'vm', 'db',
  'superuser', 'export', 'pg', 'mysql', 'postgresql', 'excel', 'csv',
]);

function isLatin(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return isLatin(code) || isCyrillic(code) || isDigit(code) || (code > 127 && /\p{L}/u.test(ch));
}

export class TextNormalizer {
  private readonly transliterator = new Transliterator();

  /**
   * Lower-cases, folds Cyrillic variants, repairs mixed-alphabet words and, when `transliterate`
   * is set, rewrites Latin words as Cyrillic. Non-word characters keep their place; runs of spaces
   * and tabs become one space, line breaks are kept because quoting and clauses depend on them.
   */
  normalize(original: string, from = 0, to = original.length, transliterate = false): NormalizedText {
    const parts: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const lower = original.toLowerCase();
    let i = from;
    while (i < to) {
      const ch = lower[i];
      if (isWordChar(ch)) {
        let j = i + 1;
        // An apostrophe inside a word belongs to it ("don't", transliterated soft sign "vydat'").
        while (j < to && (isWordChar(lower[j]) || ((lower[j] === "'" || lower[j] === '’') && j + 1 < to && isWordChar(lower[j + 1])))) j += 1;
        const word = this.normalizeWord(lower.slice(i, j).replace(/’/g, "'"), transliterate);
        parts.push(word);
        for (let k = 0; k < word.length; k += 1) {
          starts.push(i);
          ends.push(j);
        }
        i = j;
        continue;
      }
      let out = ch;
      if (ch === '\r') out = '';
      else if (ch === '\t' || ch === '\u00a0' || ch === ' ') out = ' ';
      else if (ch === '–' || ch === '—' || ch === '−') out = '—';
      else if (ch === '«' || ch === '»' || ch === '“' || ch === '”' || ch === '„') out = '"';
      else if (ch === '’' || ch === '‘' || ch === '`') out = "'";
      if (out === ' ' && parts.length > 0 && parts[parts.length - 1] === ' ') out = '';
      if (out) {
        parts.push(out);
        starts.push(i);
        ends.push(i + 1);
      }
      i += 1;
    }
    return { text: parts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
  }

  private normalizeWord(word: string, transliterate: boolean): string {
    let latin = 0;
    let cyrillic = 0;
    for (let k = 0; k < word.length; k += 1) {
      const code = word.charCodeAt(k);
      if (isLatin(code)) latin += 1;
      else if (isCyrillic(code)) cyrillic += 1;
    }
    let out = word;
    if (latin > 0 && cyrillic > 0) {
      const map = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
      out = Array.from(word, (c) => map[c] ?? c).join('');
    }
    if (cyrillic > 0 || latin === 0) {
      out = out.replace(/[ёэйъі]/g, (c) => CYRILLIC_FOLD[c] ?? c);
    } else if (transliterate && !KEEP_LATIN.has(out)) {
      out = this.transliterator.toCyrillic(out);
    }
    return out;
  }
}
