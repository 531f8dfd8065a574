import { Transliterator } from './transliterator';

/**
 * A normalised view of a slice of the ticket. Every normalised character remembers the original
 * span it came from, so evidence found in the normalised text points back into what the customer wrote.
 */
export interface NormalizedText {
  text: string;
  /** Original offset where the token (or character) behind normalised char i starts; valid until the next normalize call. */
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

/** Technical words that stay in Latin even inside transliterated Russian: the lexicon knows them so. */
const KEEP_LATIN = new Set([
  'root', 'ssh', 'sudo', 'moodle', 'moodledata', 'admin', 'backup', 'dump', 'sql', 'ftp', 'lms', 'vm', 'db',
  'superuser', 'export', 'pg', 'mysql', 'postgresql', 'excel', 'csv',
]);

// Spacing and punctuation variants read alike (separatorCode): one space, one dash, one quote mark.

function isLatin(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
/** Per code unit: 0 not yet known, 1 a letter, 2 not. A fixed 64 KiB table: it never grows. */
const LETTER_CLASS = new Uint8Array(65536);
function isWordChar(code: number): boolean {
  if (code < 128) return isLatin(code) || isDigit(code);
  if (code >= 0x0430 && code <= 0x044f) return true;
  let known = LETTER_CLASS[code];
  if (known === 0) {
    known = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_CLASS[code] = known;
  }
  return known === 1;
}

/** The spacing or punctuation variant a code unit is read as (a space, one dash, one quote mark): -1 when dropped. */
function separatorCode(code: number): number {
  switch (code) {
    case 0x0d: return -1; // \r
    case 0x09: case 0xa0: return 0x20; // tab, no-break space
    case 0x2013: case 0x2212: return 0x2014; // – − → —
    case 0xab: case 0xbb: case 0x201c: case 0x201d: case 0x201e: return 0x22; // « » “ ” „ → "
    case 0x2019: case 0x2018: case 0x60: return 0x27; // ’ ‘ ` → '
    default: return code;
  }
}

/** A letter that folding may change (ё э й ъ і) or that is not plain Cyrillic/Latin/digit. */
function needsWork(code: number): boolean {
  return code === 0x0451 || code === 0x044d || code === 0x0439 || code === 0x044a || code === 0x0456 || (code > 127 && (code < 0x0430 || code > 0x044f));
}

// ё/э/й/ъ are spelled inconsistently by customers ("бэкап"/"бекап", "фаилы"); one letter each.
/** The folded letter for one of those codes, or 0: compared as numbers, no one-letter strings made. */
function foldedCode(code: number): number {
  switch (code) {
    case 0x0451: // ё
    case 0x044d: // э
      return 0x0435; // е
    case 0x0439: // й
    case 0x0456: // і
      return 0x0438; // и
    case 0x044a: // ъ
      return 0x044c; // ь
    default:
      return 0;
  }
}

const FOLDED: Readonly<Record<number, string>> = { 0x0435: 'е', 0x0438: 'и', 0x044c: 'ь' };

/** ё→е, й→и and the like, letter by letter: a regular-expression replace per word costs more than the words. */
function foldCyrillic(word: string): string {
  let out = '';
  let copied = 0;
  for (let k = 0; k < word.length; k += 1) {
    const folded = foldedCode(word.charCodeAt(k));
    if (folded === 0) continue;
    out += word.slice(copied, k) + String.fromCharCode(folded);
    copied = k + 1;
  }
  return copied === 0 ? word : out + word.slice(copied);
}

export class TextNormalizer {
  private readonly transliterator = new Transliterator();
  // Reused between calls: the offsets of one view are read before the next text is normalised.
  private startsBuffer = new Int32Array(4096);
  private endsBuffer = new Int32Array(4096);

  /**
   * Lower-cases, folds Cyrillic variants, repairs mixed-alphabet words and, when `transliterate`
   * is set, rewrites Latin words as Cyrillic. Non-word characters keep their place; runs of spaces
   * and tabs become one space, line breaks are kept because quoting and clauses depend on them.
   */
  normalize(original: string, from = 0, to = original.length, transliterate = false): NormalizedText {
    const lower = original.slice(from, to).toLowerCase();
    // Transliteration can lengthen a word ("x" → "кс"), never more than twofold.
    if (this.startsBuffer.length < lower.length * 2 + 1) {
      this.startsBuffer = new Int32Array(lower.length * 2 + 1);
      this.endsBuffer = new Int32Array(lower.length * 2 + 1);
    }
    const starts = this.startsBuffer;
    const ends = this.endsBuffer;
    const parts: string[] = [];
    let length = 0;
    let lastWasSpace = false;
    // Unchanged stretches of `lower` are copied as one slice: most of a ticket needs no rewriting.
    let pending = 0;
    const n = lower.length;
    let i = 0;
    while (i < n) {
      const first = lower.charCodeAt(i);
      if (isWordChar(first)) {
        let j = i;
        let unusual = false;
        let sawLatin = false;
        let sawCyrillic = false;
        let apostrophe = false;
        // An apostrophe inside a word belongs to it ("don't", transliterated soft sign "vydat'").
        while (j < n) {
          const code = lower.charCodeAt(j);
          if (isWordChar(code)) {
            if (isLatin(code)) sawLatin = true;
            else if (isCyrillic(code)) sawCyrillic = true;
            if (needsWork(code)) unusual = true;
          } else if (j > i && j + 1 < n && (code === 0x27 || code === 0x2019) && isWordChar(lower.charCodeAt(j + 1))) {
            unusual = true;
            apostrophe = true;
          } else break;
          j += 1;
        }
        // Most words need nothing: one alphabet, no letter to fold, nothing to transliterate.
        if (!unusual && !(sawLatin && sawCyrillic) && !(transliterate && sawLatin)) {
          // A plain loop: for a short word, a call to fill() costs more than the writes.
          for (let k = j - i; k > 0; k -= 1) {
            starts[length] = from + i;
            ends[length] = from + j;
            length += 1;
          }
        } else if (!sawLatin && !apostrophe) {
          // No Latin letter: only folding can change it (what normalizeWord would do), letter for letter in place.
          for (let k = i; k < j; k += 1) {
            const folded = foldedCode(lower.charCodeAt(k));
            if (folded !== 0) {
              if (k > pending) parts.push(lower.slice(pending, k));
              parts.push(FOLDED[folded]);
              pending = k + 1;
            }
            starts[length] = from + i;
            ends[length] = from + j;
            length += 1;
          }
        } else {
          if (i > pending) parts.push(lower.slice(pending, i));
          const word = this.normalizeWord(lower.slice(i, j).replace(/’/g, "'"), transliterate);
          starts.fill(from + i, length, length + word.length);
          ends.fill(from + j, length, length + word.length);
          parts.push(word);
          length += word.length;
          pending = j;
        }
        lastWasSpace = false;
        i = j;
        continue;
      }
      let mapped = separatorCode(first);
      if (mapped === 0x20) {
        if (lastWasSpace) mapped = -1;
        lastWasSpace = true;
      } else if (mapped >= 0) {
        lastWasSpace = false;
      }
      if (mapped !== first) {
        if (i > pending) parts.push(lower.slice(pending, i));
        if (mapped >= 0) parts.push(String.fromCharCode(mapped));
        pending = i + 1;
      }
      if (mapped >= 0) {
        starts[length] = from + i;
        ends[length] = from + i + 1;
        length += 1;
      }
      i += 1;
    }
    if (n > pending) parts.push(lower.slice(pending, n));
    return { text: parts.join(''), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
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
      // Prefer the alphabet the whole word can be written in ("rооt" → root); else the majority's.
      const asCyrillic = Array.from(word, (c) => LATIN_TO_CYRILLIC[c] ?? c).join('');
      const asLatin = Array.from(word, (c) => CYRILLIC_TO_LATIN[c] ?? c).join('');
      const pureCyrillic = !/[a-z]/.test(asCyrillic);
      const pureLatin = !/[а-яё]/.test(asLatin);
      out = pureCyrillic !== pureLatin ? (pureCyrillic ? asCyrillic : asLatin) : cyrillic >= latin ? asCyrillic : asLatin;
      latin = /[a-z]/.test(out) ? latin : 0;
      cyrillic = /[а-яё]/.test(out) ? cyrillic : 0;
    }
    if (cyrillic > 0 || latin === 0) {
      out = foldCyrillic(out);
    } else if (transliterate && !KEEP_LATIN.has(out)) {
      out = this.transliterator.toCyrillic(out);
    }
    return out;
  }
}
