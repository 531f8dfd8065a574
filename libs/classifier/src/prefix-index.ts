import type { Span } from './clause-reader';
import { isLexiconWordChar, patternPrefixes } from './pattern-prefixes';

/** Per code unit: 1 when the lexicon's `\b` counts it as a word character. */
const WORD_CHAR = new Uint8Array(65536);
for (let code = 0; code < 65536; code += 1) WORD_CHAR[code] = isLexiconWordChar(code) ? 1 : 0;

/**
 * Where lexicon patterns can possibly match in one text. One pass over the text walks a trie of
 * the patterns' prefixes (pattern-prefixes.ts) from every word start and from every other place a
 * prefix can begin, and records, per pattern, the places one begins. A pattern with no recorded
 * place in a stretch cannot match there, so the regular-expression engine need not be asked: most
 * patterns name words most clauses lack. Patterns whose prefixes cannot be read are always tried.
 * Holds the last indexed text's places until the next call; never grows past the longest text.
 */
export class PrefixIndex {
  private readonly ids = new Map<RegExp, number>();
  /** Per pattern, a copy that matches only where it is put (lastIndex), for trying it at one place. */
  private readonly sticky: RegExp[] = [];
  /** Patterns whose prefixes hold no line break: texts joined by line breaks hold a match only where one of them does. */
  private readonly joinable: boolean[] = [];
  // The trie, dense: node n's child for letter l (a code unit's place in the prefixes' alphabet)
  // is next[n * width + l], 0 for none (the root is nobody's child). Built once, then fixed.
  private readonly letterOf = new Uint16Array(65536);
  private width = 1;
  private next: Uint16Array | Int32Array = new Int32Array(0);
  /** Patterns whose prefix ends at node n: endsHere[endsFrom[n] .. endsFrom[n + 1]). */
  private endsFrom = new Int32Array(0);
  private endsHere = new Int32Array(0);
  /** First code units of prefixes that are not word characters: a walk starts at each of their places. */
  private readonly nonWordStart = new Uint8Array(65536);

  private text = '';
  private hitPlace = new Int32Array(1024);
  private hitPattern = new Int32Array(1024);
  private hits = 0;
  /** The places of pattern p, ascending, are sorted[begin[p] .. begin[p + 1]). */
  private sorted = new Int32Array(1024);
  private readonly begin: Int32Array;
  private readonly cursor: Int32Array;
  private readonly seen: Uint32Array;
  private seenStamp = 1;
  /** The places of the remembered texts, offset into their joined text, in the order found. */
  private seenPlace = new Int32Array(1024);
  private seenPattern = new Int32Array(1024);
  private seenHits = 0;
  /** Those places by pattern, as `sorted` and `begin` hold the indexed text's; made when first asked for. */
  private seenByPattern = new Int32Array(1024);
  private readonly seenBegin: Int32Array;
  private seenSorted = false;
  /** Offsets of the line breaks joining the remembered texts. */
  private readonly seenJoins: number[] = [];
  /** Length of the longest prefix the trie holds. */
  private readonly longestPrefix: number;

  constructor(patterns: Iterable<RegExp>) {
    const entries: Array<{ prefix: string; id: number }> = [];
    for (const pattern of patterns) {
      if (this.ids.has(pattern)) continue;
      const read = patternPrefixes(pattern);
      if (!read || !read.atWordStart) continue;
      const id = this.joinable.length;
      this.ids.set(pattern, id);
      this.sticky.push(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`));
      this.joinable.push(read.prefixes.every((p) => !/[\n\r\u2028\u2029]/.test(p)));
      for (const prefix of read.prefixes) entries.push({ prefix, id });
    }
    this.build(entries);
    this.longestPrefix = entries.reduce((longest, { prefix }) => Math.max(longest, prefix.length), 0);
    this.begin = new Int32Array(this.joinable.length + 1);
    this.cursor = new Int32Array(this.joinable.length);
    this.seen = new Uint32Array(this.joinable.length);
    this.seenBegin = new Int32Array(this.joinable.length + 1);
  }

  /** Whether the index rules on this pattern at all (else it is always worth trying). */
  knows(pattern: RegExp): boolean {
    return this.ids.has(pattern);
  }

  /** Finds the prefix places of every pattern in `text`, forgetting the previous text's. */
  index(text: string): void {
    this.text = text;
    this.hits = 0;
    const { letterOf, next, endsFrom, endsHere, width, nonWordStart } = this;
    const n = text.length;
    let previousWord = false;
    for (let i = 0; i < n; i += 1) {
      const code = text.charCodeAt(i);
      const word = WORD_CHAR[code] === 1;
      const starts = word ? !previousWord : nonWordStart[code] === 1;
      previousWord = word;
      if (!starts) continue;
      // Walk the trie from here, recording each pattern a prefix read so far belongs to.
      let node = 0;
      for (let k = i; k < n; k += 1) {
        const letter = letterOf[text.charCodeAt(k)];
        if (letter === 0) break;
        node = next[node * width + letter];
        if (node === 0) break;
        for (let e = endsFrom[node], end = endsFrom[node + 1]; e < end; e += 1) {
          if (this.hits === this.hitPlace.length) this.growHits();
          this.hitPlace[this.hits] = i;
          this.hitPattern[this.hits] = endsHere[e];
          this.hits += 1;
        }
      }
    }
    this.sortByPattern();
  }

  /**
   * False only when `pattern` cannot match text.slice(from, to) of the indexed text; offsets
   * default to the whole text.
   */
  mayMatch(pattern: RegExp, from = 0, to = this.text.length): boolean {
    const id = this.ids.get(pattern);
    if (id === undefined || this.startsInsideWord(from)) return true;
    const at = this.firstAtOrAfter(id, from);
    return at < this.begin[id + 1] && this.sorted[at] < to;
  }

  /**
   * Whether `pattern` matches `slice`, which is the indexed text from offset `from` on. Every match
   * starts at a place of one of its prefixes, so the pattern is tried there alone, anchored, rather
   * than scanned along the slice.
   */
  test(pattern: RegExp, slice: string, from: number): boolean {
    const id = this.ids.get(pattern);
    if (id === undefined || this.startsInsideWord(from)) {
      pattern.lastIndex = 0;
      return pattern.test(slice);
    }
    const sticky = this.sticky[id];
    const to = from + slice.length;
    for (let k = this.firstAtOrAfter(id, from); k < this.begin[id + 1] && this.sorted[k] < to; k += 1) {
      sticky.lastIndex = this.sorted[k] - from;
      if (sticky.test(slice)) return true;
    }
    return false;
  }

  /** The matches of `pattern` in `slice` (the indexed text from offset `from` on), as a global scan finds them: offsets in the slice. */
  spans(pattern: RegExp, slice: string, from: number): Span[] {
    const id = this.ids.get(pattern);
    if (id === undefined || this.startsInsideWord(from)) return scan(pattern, slice);
    const found: Span[] = [];
    const sticky = this.sticky[id];
    const to = from + slice.length;
    // Leftmost first, then on from where a match ends: every match starts at a place, so trying the
    // places in order finds what the scan finds.
    let free = 0;
    for (let k = this.firstAtOrAfter(id, from); k < this.begin[id + 1] && this.sorted[k] < to; k += 1) {
      const at = this.sorted[k] - from;
      if (at < free) continue;
      // A sticky test leaves lastIndex where its match ends: no match array is made.
      sticky.lastIndex = at;
      if (!sticky.test(slice)) continue;
      const end = sticky.lastIndex;
      found.push({ start: at, end });
      if (!pattern.global) break;
      free = Math.max(end, at + 1);
    }
    return found;
  }

  /**
   * The matches of `pattern`, one the index knows, in each stretch of the indexed text between
   * `breaks` (ascending offsets, each stretch searched as a text of its own, as a global scan of it
   * finds them), appended to `out` with offsets in the whole text. Only stretches holding a place of
   * the pattern are cut out and tried, and only at those places. Null when there is none.
   */
  spansInStretches(pattern: RegExp, breaks: readonly number[]): Span[] | null {
    let out: Span[] | null = null;
    const id = this.ids.get(pattern) as number;
    const sticky = this.sticky[id];
    let stretch = 0;
    let from = 0;
    let to = -1;
    let part = '';
    let free = 0;
    for (let k = this.begin[id]; k < this.begin[id + 1]; k += 1) {
      const place = this.sorted[k];
      if (place >= to) {
        while (stretch < breaks.length && breaks[stretch] < place) stretch += 1;
        from = stretch === 0 ? 0 : breaks[stretch - 1] + 1;
        to = stretch < breaks.length ? breaks[stretch] : this.text.length;
        // A place on a break itself lies in no stretch.
        if (place >= to) continue;
        part = this.text.slice(from, to);
        free = from;
      }
      if (place < free) continue;
      sticky.lastIndex = place - from;
      if (!sticky.test(part)) continue;
      const end = from + sticky.lastIndex;
      (out ??= []).push({ start: place, end });
      // Not global: one match per stretch.
      free = pattern.global ? Math.max(end, place + 1) : to;
    }
    return out;
  }

  /** A slice starting inside a word starts a word of its own, one the index did not walk from. */
  private startsInsideWord(from: number): boolean {
    return from > 0 && WORD_CHAR[this.text.charCodeAt(from)] === 1 && WORD_CHAR[this.text.charCodeAt(from - 1)] === 1;
  }

  /** Starts a new set of texts for mayMatchSeen and testSeen. */
  forgetSeen(): void {
    this.seenStamp = this.seenStamp === 0xffffffff ? 1 : this.seenStamp + 1;
    if (this.seenStamp === 1) this.seen.fill(0);
    this.seenHits = 0;
    this.seenSorted = false;
    this.seenJoins.length = 0;
  }

  /**
   * Adds the indexed text to the set mayMatchSeen and testSeen answer for; `offset` is where it
   * starts in the set's texts joined by line breaks.
   */
  rememberSeen(offset = 0): void {
    if (offset > 0) this.seenJoins.push(offset - 1);
    for (let id = 0; id < this.joinable.length; id += 1) {
      if (this.begin[id + 1] > this.begin[id]) this.seen[id] = this.seenStamp;
    }
    while (this.seenPlace.length < this.seenHits + this.hits) {
      this.seenPlace = grow(this.seenPlace);
      this.seenPattern = grow(this.seenPattern);
    }
    for (let h = 0; h < this.hits; h += 1) {
      this.seenPlace[this.seenHits] = this.hitPlace[h] + offset;
      this.seenPattern[this.seenHits] = this.hitPattern[h];
      this.seenHits += 1;
    }
    this.seenSorted = false;
  }

  /** False only when `pattern` cannot match the texts remembered since forgetSeen, joined by line breaks. */
  mayMatchSeen(pattern: RegExp): boolean {
    const id = this.ids.get(pattern);
    if (id === undefined || !this.joinable[id]) return true;
    return this.seen[id] === this.seenStamp;
  }

  /**
   * Whether `pattern` matches `slice`, which is `joined` (the texts remembered since forgetSeen,
   * joined by line breaks) from offset `from` on and lies within one of those texts (a sentence,
   * say): tried only at the places of its prefixes there, anchored, as `test` does for the indexed text.
   */
  testSeenIn(pattern: RegExp, joined: string, from: number, slice: string): boolean {
    const id = this.ids.get(pattern);
    // A slice starting inside a word starts a word of its own, one no walk went from.
    if (id === undefined || !this.joinable[id] || (from > 0 && WORD_CHAR[joined.charCodeAt(from)] === 1 && WORD_CHAR[joined.charCodeAt(from - 1)] === 1)) {
      pattern.lastIndex = 0;
      return pattern.test(slice);
    }
    if (this.seen[id] !== this.seenStamp) return false;
    this.sortSeen();
    const end = this.seenBegin[id + 1];
    let k = this.seenBegin[id];
    for (let high = end; k < high; ) {
      const mid = (k + high) >> 1;
      if (this.seenByPattern[mid] < from) k = mid + 1;
      else high = mid;
    }
    const sticky = this.sticky[id];
    const to = from + slice.length;
    for (; k < end && this.seenByPattern[k] < to; k += 1) {
      sticky.lastIndex = this.seenByPattern[k] - from;
      if (sticky.test(slice)) return true;
    }
    return false;
  }

  /**
   * Whether `pattern` matches `joined`, the texts remembered since forgetSeen joined by line breaks:
   * tried only at the places of its prefixes there, as `test` does for one text.
   */
  testSeen(pattern: RegExp, joined: string): boolean {
    const id = this.ids.get(pattern);
    if (id === undefined) {
      pattern.lastIndex = 0;
      return pattern.test(joined);
    }
    if (this.joinable[id] && this.seen[id] !== this.seenStamp) return false;
    this.sortSeen();
    const sticky = this.sticky[id];
    for (let k = this.seenBegin[id]; k < this.seenBegin[id + 1]; k += 1) {
      sticky.lastIndex = this.seenByPattern[k];
      if (sticky.test(joined)) return true;
    }
    if (this.joinable[id]) return false;
    // A prefix holding a line break may run across one joining two texts, where no text's walk went.
    for (const join of this.seenJoins) {
      for (let at = Math.max(0, join - this.longestPrefix + 1); at <= join; at += 1) {
        sticky.lastIndex = at;
        if (sticky.test(joined)) return true;
      }
    }
    return false;
  }

  /** Sorts the remembered places by pattern, once per set of texts. */
  private sortSeen(): void {
    if (this.seenSorted) return;
    if (this.seenByPattern.length < this.seenHits) this.seenByPattern = new Int32Array(this.seenPlace.length);
    sortByPattern(this.seenPlace, this.seenPattern, this.seenHits, this.seenBegin, this.cursor, this.seenByPattern);
    this.seenSorted = true;
  }

  private build(entries: ReadonlyArray<{ prefix: string; id: number }>): void {
    // A sparse trie first, then laid out densely over the alphabet the prefixes use.
    const children: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    for (const { prefix, id } of entries) {
      let node = 0;
      for (let k = 0; k < prefix.length; k += 1) {
        const code = prefix.charCodeAt(k);
        if (k === 0 && WORD_CHAR[code] === 0) this.nonWordStart[code] = 1;
        if (this.letterOf[code] === 0) this.letterOf[code] = this.width++;
        let child = children[node].get(code);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          ends.push([]);
          children[node].set(code, child);
        }
        node = child;
      }
      if (!ends[node].includes(id)) ends[node].push(id);
    }
    const width = this.width;
    this.next = children.length < 65536 ? new Uint16Array(children.length * width) : new Int32Array(children.length * width);
    children.forEach((map, node) => map.forEach((child, code) => (this.next[node * width + this.letterOf[code]] = child)));
    this.endsFrom = new Int32Array(children.length + 1);
    ends.forEach((ids, node) => (this.endsFrom[node + 1] = this.endsFrom[node] + ids.length));
    this.endsHere = Int32Array.from(ends.flat());
  }

  private growHits(): void {
    this.hitPlace = grow(this.hitPlace);
    this.hitPattern = grow(this.hitPattern);
  }

  private sortByPattern(): void {
    if (this.sorted.length < this.hits) this.sorted = new Int32Array(this.hitPlace.length);
    sortByPattern(this.hitPlace, this.hitPattern, this.hits, this.begin, this.cursor, this.sorted);
  }

  private firstAtOrAfter(id: number, from: number): number {
    let low = this.begin[id];
    let high = this.begin[id + 1];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid] < from) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** The index's answers for a stretch of the indexed text (a clause): offsets from `origin`, which the caller moves. */
export class PrefixWindow {
  origin = 0;

  constructor(private readonly index: PrefixIndex) {}

  /** Whether `pattern` matches clause.slice(from, to), `clause` being the stretch from `origin` on. */
  test(pattern: RegExp, clause: string, from: number, to: number): boolean {
    if (!this.index.mayMatch(pattern, this.origin + from, this.origin + to)) return false;
    return this.index.test(pattern, from === 0 && to >= clause.length ? clause : clause.slice(from, to), this.origin + from);
  }

  matches(pattern: RegExp, clause: string): Span[] {
    return this.index.spans(pattern, clause, this.origin);
  }
}

/**
 * Counting sort of places by pattern into `sorted`: pattern p's are sorted[begin[p] .. begin[p + 1]).
 * Places recorded ascending stay so within each pattern.
 */
function sortByPattern(place: Int32Array, pattern: Int32Array, hits: number, begin: Int32Array, cursor: Int32Array, sorted: Int32Array): void {
  const patterns = cursor.length;
  begin.fill(0);
  for (let h = 0; h < hits; h += 1) begin[pattern[h] + 1] += 1;
  for (let id = 0; id < patterns; id += 1) {
    begin[id + 1] += begin[id];
    cursor[id] = begin[id];
  }
  for (let h = 0; h < hits; h += 1) sorted[cursor[pattern[h]]++] = place[h];
}

/** Every match of `pattern` in `text`, scanning. */
function scan(pattern: RegExp, text: string): Span[] {
  const found: Span[] = [];
  if (!pattern.global) {
    const m = pattern.exec(text);
    if (m) found.push({ start: m.index, end: m.index + m[0].length });
    return found;
  }
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}
