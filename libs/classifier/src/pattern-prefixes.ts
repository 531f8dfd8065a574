/**
 * What every match of a lexicon pattern must start with, read from the pattern's own source, so a
 * cheap look-up can rule a pattern out before the regular-expression engine runs it. The reading
 * is conservative: any construct it does not fully understand makes it answer "anything", never a
 * prefix a match could lack. Derived at load time, so a lexicon edit needs no second list kept in step.
 */

/** Word characters as the lexicon's `\b` sees them (rx in classifier.lexicon.ts): a-z, а-я, 0-9. */
export function isLexiconWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 0x0430 && code <= 0x044f) || (code >= 48 && code <= 57);
}
const WORD_RANGES: ReadonlyArray<readonly [number, number]> = [[97, 122], [0x0430, 0x044f], [48, 57]];

export interface PatternPrefixes {
  /** Every match starts with one of these (each at least one character long). */
  prefixes: string[];
  /**
   * A match whose first character is a word character starts a word: the character before it is
   * not one. Then only word starts, and the places of the prefixes' other first characters, need looking at.
   */
  atWordStart: boolean;
}

/** One way a piece of pattern can begin: `text` is what it consumes first (all of it when `whole`). */
interface Start {
  text: string;
  whole: boolean;
  /** Before the first character, something asserted that the previous character is not a word character. */
  guarded: boolean;
}

const EMPTY: Start = { text: '', whole: true, guarded: false };
const GUARD: Start = { text: '', whole: true, guarded: true };
const UNKNOWN: Start = { text: '', whole: false, guarded: false };
/** Largest character class spelled out as single characters. */
const MAX_CLASS_CHARS = 8;
const MAX_STARTS = 400;
/** Characters with a meaning of their own outside a class. */
const SPECIAL = '\\^$.|?*+()[]{}';

class Unreadable extends Error {}

/**
 * The prefixes of `pattern`, at most `maxLength` characters long, or null when some match may
 * start with anything (the pattern can match empty text, or starts with a wide class).
 */
export function patternPrefixes(pattern: RegExp, maxLength = 5): PatternPrefixes | null {
  const known = READ.get(pattern)?.get(maxLength);
  if (known !== undefined) return known;
  const read = readPrefixes(pattern, maxLength);
  READ.set(pattern, (READ.get(pattern) ?? new Map()).set(maxLength, read));
  return read;
}

/** Each pattern is read once per length, however many readers index it (the lexicon's patterns live as long as the process). */
const READ = new WeakMap<RegExp, Map<number, PatternPrefixes | null>>();

function readPrefixes(pattern: RegExp, maxLength: number): PatternPrefixes | null {
  // Case folding, Unicode mode and dot-all change what the syntax below means.
  if (/[iuvs]/.test(pattern.flags)) return null;
  for (let limit = maxLength; limit >= 1; limit -= 1) {
    let starts: Start[];
    try {
      starts = new PrefixReader(pattern.source, limit).read();
    } catch (error) {
      if (error instanceof Unreadable) return null;
      if (error instanceof Overflow) continue;
      throw error;
    }
    if (starts.some((s) => s.text === '')) return null;
    // A prefix holding a shorter one adds nothing: a text with it has the shorter one too.
    const texts = [...new Set(starts.map((s) => s.text))];
    const prefixes = texts.filter((p) => !texts.some((q) => q !== p && p.startsWith(q)));
    const atWordStart = starts.every((s) => s.guarded || !isLexiconWordChar(s.text.charCodeAt(0)));
    return { prefixes, atWordStart };
  }
  return null;
}

class Overflow extends Error {}

/** A recursive-descent reader of the regular-expression syntax the lexicon uses. */
class PrefixReader {
  private at = 0;
  /** Above 0 while reading a part whose starts are not needed: sets are not built there. */
  private skipping = 0;

  constructor(
    private readonly source: string,
    private readonly limit: number,
  ) {}

  read(): Start[] {
    const starts = this.alternation();
    if (this.at !== this.source.length) throw new Unreadable(`unexpected ${this.source[this.at]}`);
    return starts;
  }

  private alternation(): Start[] {
    let starts = this.sequence();
    while (this.source[this.at] === '|') {
      this.at += 1;
      starts = this.union(starts, this.sequence());
    }
    return starts;
  }

  private sequence(): Start[] {
    let starts: Start[] = [EMPTY];
    let settled = false;
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      // Once every start is complete, what follows changes none of them: it is only read past.
      settled ||= starts.every((s) => !s.whole || s.text.length >= this.limit);
      if (settled) this.skipping += 1;
      const atom = this.quantified(this.atom());
      if (settled) this.skipping -= 1;
      else starts = this.concat(starts, atom);
    }
    return starts;
  }

  private quantified(atom: Start[]): Start[] {
    const quantifier = this.quantifier();
    if (!quantifier) return atom;
    if (this.source[this.at] === '?') this.at += 1; // lazy: the same strings
    const [min, max] = quantifier;
    // Repeated, an atom's first pass still starts the match, but what follows it is not known.
    const once = max > 1 ? atom.map((s) => (s.whole ? { ...s, whole: false } : s)) : atom;
    return min === 0 ? this.union([EMPTY], once) : once;
  }

  private quantifier(): [number, number] | null {
    const c = this.source[this.at];
    if (c === '?') return this.step([0, 1]);
    if (c === '*') return this.step([0, Infinity]);
    if (c === '+') return this.step([1, Infinity]);
    if (c !== '{') return null;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
    if (!m) throw new Unreadable('a brace that is not a quantifier');
    this.at += m[0].length;
    const min = Number(m[1]);
    return [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
  }

  private step(value: [number, number]): [number, number] {
    this.at += 1;
    return value;
  }

  private atom(): Start[] {
    const c = this.source[this.at];
    if (c === '(') return this.group();
    if (c === '[') return this.characterClass();
    if (c === '\\') return this.escape();
    this.at += 1;
    if (c === '^') return [GUARD]; // the start of the text: nothing before it
    if (c === '$') return [EMPTY];
    if (c === '.') return [UNKNOWN];
    if ('*+?{}'.includes(c)) throw new Unreadable(`a quantifier with nothing to repeat`);
    // A run of plain characters is one atom, but for its last if a quantifier follows it.
    let end = this.at;
    while (end < this.source.length && !SPECIAL.includes(this.source[end])) end += 1;
    if (end > this.at && '*+?{'.includes(this.source[end] ?? '')) end -= 1;
    const text = c + this.source.slice(this.at, end);
    this.at = end;
    return [{ text, whole: true, guarded: false }];
  }

  private group(): Start[] {
    const rest = this.source.slice(this.at, this.at + 4);
    let kind: 'capture' | 'lookaround' | 'guard-candidate' = 'capture';
    if (rest.startsWith('(?:')) this.at += 3;
    else if (rest.startsWith('(?<!')) {
      this.at += 4;
      kind = 'guard-candidate';
    } else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      this.at += 3;
      kind = 'lookaround';
    } else if (rest.startsWith('(?<=')) {
      this.at += 4;
      kind = 'lookaround';
    } else if (rest.startsWith('(?<')) {
      const close = this.source.indexOf('>', this.at);
      if (close < 0) throw new Unreadable('unterminated group name');
      this.at = close + 1;
    } else if (rest.startsWith('(?')) throw new Unreadable('unknown group');
    else this.at += 1;

    const innerFrom = this.at;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Unreadable('unterminated group');
    const innerSource = this.source.slice(innerFrom, this.at);
    this.at += 1;
    if (kind === 'capture') return inner;
    if (kind === 'guard-candidate' && this.coversWordChars(innerSource)) return [GUARD];
    // A look-around consumes nothing and is not relied on.
    return [EMPTY];
  }

  /** `(?<![...])` where the class holds every word character: the previous character is not one. */
  private coversWordChars(classSource: string): boolean {
    if (!classSource.startsWith('[') || classSource.startsWith('[^') || !classSource.endsWith(']')) return false;
    const parsed = new PrefixReader(classSource, 1).classRanges();
    if (!parsed || parsed.end !== classSource.length) return false;
    return WORD_RANGES.every(([lo, hi]) => parsed.ranges.some(([a, b]) => a <= lo && b >= hi));
  }

  private characterClass(): Start[] {
    const parsed = this.classRanges();
    if (!parsed) throw new Unreadable('unterminated class');
    this.at = parsed.end;
    if (parsed.negated || parsed.wide) return [UNKNOWN];
    let size = 0;
    for (const [lo, hi] of parsed.ranges) size += hi - lo + 1;
    if (size > MAX_CLASS_CHARS) return [UNKNOWN];
    const starts: Start[] = [];
    for (const [lo, hi] of parsed.ranges) {
      for (let code = lo; code <= hi; code += 1) starts.push({ text: String.fromCharCode(code), whole: true, guarded: false });
    }
    return this.union([], starts);
  }

  /** The class at the cursor as code-unit ranges; `wide` when it also holds an escape like `\s`. */
  classRanges(): { ranges: Array<[number, number]>; negated: boolean; wide: boolean; end: number } | null {
    let i = this.at + 1;
    const negated = this.source[i] === '^';
    if (negated) i += 1;
    const ranges: Array<[number, number]> = [];
    let wide = false;
    const unit = (): number | null => {
      const c = this.source[i];
      if (c === undefined) throw new Unreadable('unterminated class');
      if (c !== '\\') {
        i += 1;
        return c.charCodeAt(0);
      }
      const e = this.source[i + 1];
      i += 2;
      if ('sSwWdD'.includes(e)) return null;
      const code = this.escapedCode(e, i);
      i = code.next;
      return code.code;
    };
    while (this.source[i] !== ']') {
      const lo = unit();
      if (lo === null) {
        wide = true;
        continue;
      }
      if (this.source[i] === '-' && this.source[i + 1] !== ']' && this.source[i + 1] !== undefined) {
        i += 1;
        const hi = unit();
        if (hi === null || hi < lo) throw new Unreadable('a class range that is not one');
        ranges.push([lo, hi]);
      } else ranges.push([lo, lo]);
    }
    return { ranges, negated, wide, end: i + 1 };
  }

  private escape(): Start[] {
    const e = this.source[this.at + 1];
    if (e === undefined) throw new Unreadable('a trailing backslash');
    this.at += 2;
    if (e === 'b' || e === 'B') return [EMPTY];
    if ('sSwWdD'.includes(e)) return [UNKNOWN];
    if (/[1-9k]/.test(e)) throw new Unreadable('a back-reference');
    const { code, next } = this.escapedCode(e, this.at);
    this.at = next;
    return [{ text: String.fromCharCode(code), whole: true, guarded: false }];
  }

  /** The code unit an escape `\e` stands for; `from` is just past `e`. */
  private escapedCode(e: string, from: number): { code: number; next: number } {
    const controls: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };
    if (e in controls) return { code: controls[e], next: from };
    if (e === 'x' || e === 'u') {
      const digits = e === 'x' ? 2 : 4;
      const hex = this.source.slice(from, from + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) throw new Unreadable('a malformed code escape');
      return { code: parseInt(hex, 16), next: from + digits };
    }
    if (/[a-zA-Z0-9]/.test(e)) throw new Unreadable(`an escape \\${e}`);
    return { code: e.charCodeAt(0), next: from };
  }

  private concat(left: Start[], right: Start[]): Start[] {
    if (this.skipping > 0) return left;
    const out: Start[] = [];
    for (const a of left) {
      if (!a.whole || a.text.length >= this.limit) {
        out.push(a.whole ? { ...a, whole: false } : a);
        continue;
      }
      for (const b of right) {
        const joined = a.text + b.text;
        const cut = joined.length > this.limit;
        out.push({
          text: cut ? joined.slice(0, this.limit) : joined,
          whole: b.whole && !cut,
          guarded: a.guarded || (a.text === '' && b.guarded),
        });
      }
    }
    return this.union([], out);
  }

  private union(left: Start[], right: Start[]): Start[] {
    if (this.skipping > 0) return left;
    const seen = new Map<string, Start>();
    for (const s of [...left, ...right]) seen.set(`${s.whole ? 1 : 0}${s.guarded ? 1 : 0}${s.text}`, s);
    if (seen.size > MAX_STARTS) throw new Overflow();
    return [...seen.values()];
  }
}
