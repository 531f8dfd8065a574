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

/**
 * Per code unit: its lower case, when that is one code unit whatever surrounds it; 0 when only
 * toLowerCase can say (a surrogate lower-cases with its pair, Σ by the letters around it, İ into two).
 */
const LOWER = new Uint16Array(65536);
for (let code = 1; code < 65536; code += 1) {
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x3a3) continue;
  const lower = String.fromCharCode(code).toLowerCase();
  if (lower.length === 1) LOWER[code] = lower.charCodeAt(0);
}

/** Code unit `at` of a UTF-16LE buffer, written byte by byte whatever the machine's byte order. */
function writeUnit(out: Buffer, at: number, code: number): void {
  out[at * 2] = code & 0xff;
  out[at * 2 + 1] = code >>> 8;
}

const VOWEL_CODES = new Set(['a', 'e', 'i', 'o', 'u', 'y'].map((c) => c.charCodeAt(0)));
const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;
/** A mark that may open a quote in single quotes: ' ’ ‘ `. */
const opensQuote = (code: number): boolean => isApostrophe(code) || code === 0x2018 || code === 0x60;

/**
 * Whether the apostrophe at `j` closes the Latin word lower[i, j) as a transliterated soft sign ("vydat'", "poluchit'"):
 * after a consonant, before no letter, in a word no quote mark opened ("'ok'") and not a technical word kept in Latin.
 */
function endsOnSoftSign(lower: Uint16Array, i: number, j: number, n: number): boolean {
  if (!isApostrophe(lower[j]) || !isLatin(lower[j - 1]) || VOWEL_CODES.has(lower[j - 1])) return false;
  if ((j + 1 < n && isWordChar(lower[j + 1])) || (i > 0 && opensQuote(lower[i - 1]))) return false;
  return !KEEP_LATIN.has(unitsText(lower, i, j));
}

function unitsText(units: Uint16Array, from: number, to: number): string {
  let text = '';
  for (let k = from; k < to; k += 1) text += String.fromCharCode(units[k]);
  return text;
}

export class TextNormalizer {
  private readonly transliterator = new Transliterator();
  // Reused between calls: the offsets of one view are read before the next text is normalised.
  private startsBuffer = new Int32Array(4096);
  private endsBuffer = new Int32Array(4096);
  /** The slice being normalised, lower-cased. */
  private lower = new Uint16Array(2048);
  /** The normalised text as UTF-16LE, made a string once at the end. */
  private out = Buffer.alloc(8192);

  /**
   * Lower-cases, folds Cyrillic variants, repairs mixed-alphabet words and, when `transliterate`
   * is set, rewrites Latin words as Cyrillic. Non-word characters keep their place; runs of spaces
   * and tabs become one space, line breaks are kept because quoting and clauses depend on them.
   */
  normalize(original: string, from = 0, to = original.length, transliterate = false): NormalizedText {
    const n = this.lowerCase(original, from, to);
    // Transliteration can lengthen a word ("x" → "кс"), never more than twofold.
    if (this.startsBuffer.length < n * 2 + 1) {
      this.startsBuffer = new Int32Array(n * 2 + 1);
      this.endsBuffer = new Int32Array(n * 2 + 1);
      this.out = Buffer.alloc((n * 2 + 1) * 2);
    }
    const lower = this.lower;
    const out = this.out;
    const starts = this.startsBuffer;
    const ends = this.endsBuffer;
    let length = 0;
    let lastWasSpace = false;
    let i = 0;
    while (i < n) {
      const first = lower[i];
      if (isWordChar(first)) {
        let j = i;
        let unusual = false;
        let sawLatin = false;
        let sawCyrillic = false;
        let apostrophe = false;
        // An apostrophe inside a word belongs to it ("don't", transliterated soft sign "vydat'").
        while (j < n) {
          const code = lower[j];
          if (isWordChar(code)) {
            if (isLatin(code)) sawLatin = true;
            else if (isCyrillic(code)) sawCyrillic = true;
            if (needsWork(code)) unusual = true;
          } else if (j > i && j + 1 < n && (code === 0x27 || code === 0x2019) && isWordChar(lower[j + 1])) {
            unusual = true;
            apostrophe = true;
          } else {
            // "poluchit' bazu": in transliterated Russian an apostrophe ending a word is its soft sign, not a closing quote.
            if (transliterate && endsOnSoftSign(lower, i, j, n)) {
              unusual = true;
              apostrophe = true;
              j += 1;
            }
            break;
          }
          j += 1;
        }
        // Most words need nothing: one alphabet, no letter to fold, nothing to transliterate.
        if (!unusual && !(sawLatin && sawCyrillic) && !(transliterate && sawLatin)) {
          for (let k = i; k < j; k += 1) {
            writeUnit(out, length, lower[k]);
            starts[length] = from + i;
            ends[length] = from + j;
            length += 1;
          }
        } else if (!sawLatin && !apostrophe) {
          // No Latin letter: only folding can change it (what normalizeWord would do), letter for letter.
          for (let k = i; k < j; k += 1) {
            const folded = foldedCode(lower[k]);
            writeUnit(out, length, folded === 0 ? lower[k] : folded);
            starts[length] = from + i;
            ends[length] = from + j;
            length += 1;
          }
        } else {
          const word = this.normalizeWord(unitsText(lower, i, j).replace(/’/g, "'"), transliterate);
          for (let k = 0; k < word.length; k += 1) {
            writeUnit(out, length, word.charCodeAt(k));
            starts[length] = from + i;
            ends[length] = from + j;
            length += 1;
          }
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
      if (mapped >= 0) {
        writeUnit(out, length, mapped);
        starts[length] = from + i;
        ends[length] = from + i + 1;
        length += 1;
      }
      i += 1;
    }
    return { text: out.toString('utf16le', 0, length * 2), starts: starts.subarray(0, length), ends: ends.subarray(0, length) };
  }

  /**
   * original.slice(from, to).toLowerCase() into `lower`, returning its length: through the table
   * when every code unit has a lower case of its own, else by toLowerCase itself.
   */
  private lowerCase(original: string, from: number, to: number): number {
    if (this.lower.length < to - from) this.lower = new Uint16Array(to - from);
    const lower = this.lower;
    for (let i = from; i < to; i += 1) {
      const code = LOWER[original.charCodeAt(i)];
      if (code === 0) return this.lowerCaseInContext(original.slice(from, to));
      lower[i - from] = code;
    }
    return to - from;
  }

  private lowerCaseInContext(slice: string): number {
    const text = slice.toLowerCase();
    if (this.lower.length < text.length) this.lower = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i += 1) this.lower[i] = text.charCodeAt(i);
    return text.length;
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
