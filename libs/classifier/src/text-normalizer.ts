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

// Spacing and punctuation variants read alike: one space, one dash, one quote mark.
const SEPARATORS: Readonly<Record<string, string>> = {
  '\r': '', '\t': ' ', '\u00a0': ' ', '–': '—', '−': '—', '«': '"', '»': '"', '“': '"', '”': '"', '„': '"',
  '’': "'", '‘': "'", '`': "'",
};

function isLatin(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code <= 0x04ff;
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isWordCode(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (isLatin(code) || isDigit(code) || (code >= 0x0430 && code <= 0x044f)) return true;
  return code > 127 && /\p{L}/u.test(text[at]);
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
    const flush = (upTo: number): void => {
      if (upTo > pending) parts.push(lower.slice(pending, upTo));
    };
    let i = 0;
    while (i < lower.length) {
      if (isWordCode(lower, i)) {
        let j = i;
        let unusual = false;
        let sawLatin = false;
        let sawCyrillic = false;
        // An apostrophe inside a word belongs to it ("don't", transliterated soft sign "vydat'").
        for (;;) {
          if (j < lower.length && isWordCode(lower, j)) {
            const code = lower.charCodeAt(j);
            if (isLatin(code)) sawLatin = true;
            else if (isCyrillic(code)) sawCyrillic = true;
            if (needsWork(code)) unusual = true;
          } else if (j > i && j + 1 < lower.length && (lower[j] === "'" || lower[j] === '’') && isWordCode(lower, j + 1)) {
            unusual = true;
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
        } else {
          flush(i);
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
      const ch = lower[i];
      let mapped = ch === ' ' ? ' ' : SEPARATORS[ch] ?? ch;
      if (mapped === ' ') {
        if (lastWasSpace) mapped = '';
        lastWasSpace = true;
      } else if (mapped) {
        lastWasSpace = false;
      }
      if (mapped !== ch) {
        flush(i);
        if (mapped) parts.push(mapped);
        pending = i + 1;
      }
      if (mapped) {
        starts[length] = from + i;
        ends[length] = from + i + 1;
        length += 1;
      }
      i += 1;
    }
    flush(lower.length);
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
