import { MessageSegmenter, Segment } from './message-segmenter';

/** log2 of the number of hash buckets: small enough to ship, large enough that collisions are rare on ~1 KB tickets. */
export const FEATURE_BITS = 14;
export const FEATURE_BUCKETS = 1 << FEATURE_BITS;

const MAX_WORD = 40;
const SPACE = 32;
// Each kind of feature hashes from its own seed, so a word and a character run never share a bucket by design.
const SEED_WORD = 0x811c9dc5;
const SEED_PAIR = 0x2545f491;
const SEED_CHARS = 0x9e3779b9;
// Quoted text hashes apart from the customer's own words: a request in a quote is not a request.
const SEED_QUOTED = 0x68e31da4;

/** The hashed features of one ticket: `indices[0..count)` are distinct buckets, each with value 1/√count. */
export interface FeatureVector {
  indices: Int32Array;
  count: number;
}

/** Murmur3's finaliser: spreads FNV's weak low bits before the bucket mask takes them. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Lower-case code of every UTF-16 unit the features keep (a-z, 0-9, а-я, ё as е); 0 for a separator. */
const KEPT = buildKeptTable();
/** 'İ' lower-cases to 'i' and a combining dot: a kept letter, then a separator. */
const DOTTED_I = 0x130;
const LATIN_I = 0x69;

function buildKeptTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length !== 1) continue;
    const c = lower.charCodeAt(0) === 0x451 ? 0x435 : lower.charCodeAt(0);
    const kept = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x430 && c <= 0x44f);
    if (kept) table[code] = c;
  }
  return table;
}

/**
 * Turns a ticket into hashed word unigrams, word bigrams and character 3-5-grams of its words, with
 * a normalisation of its own (lower case, ё as е, anything but letters and digits as a space), so
 * the second opinion does not share the rules' blind spots. Reads the text's code units through a
 * table into one word buffer and hashes from there: no strings are made per ticket. Reuses its
 * buffers: the vector it returns is valid until the next call.
 */
export class SecondOpinionFeaturizer {
  private readonly segmenter = new MessageSegmenter();
  private readonly stamps = new Uint32Array(FEATURE_BUCKETS);
  private stamp = 0;
  private indices = new Int32Array(4096);
  private count = 0;
  /** The current word's first MAX_WORD codes: later ones never reach a hash. */
  private readonly word = new Uint16Array(MAX_WORD);
  private previous = -1;

  /** `segments` are the ticket's parts as MessageSegmenter splits them, when the caller has them already. */
  featurize(text: string, segments: readonly Segment[] = this.segmenter.split(text)): FeatureVector {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stamps.fill(0);
    this.count = 0;
    for (const segment of segments) {
      if (segment.kind === 'signature') continue;
      this.addWords(text, segment.start, segment.end, segment.kind === 'quoted' ? SEED_QUOTED : 0);
    }
    return { indices: this.indices, count: this.count };
  }

  /** Words are maximal runs of kept codes; a bigram never spans two segments. */
  private addWords(text: string, start: number, end: number, namespace: number): void {
    this.previous = -1;
    const word = this.word;
    let length = 0;
    for (let i = start; i < end; i += 1) {
      const unit = text.charCodeAt(i);
      const code = KEPT[unit];
      if (code !== 0) {
        if (length < MAX_WORD) word[length] = code;
        length += 1;
        continue;
      }
      if (unit === DOTTED_I) {
        if (length < MAX_WORD) word[length] = LATIN_I;
        length += 1;
      }
      if (length > 0) this.addWord(Math.min(length, MAX_WORD), namespace);
      length = 0;
    }
    if (length > 0) this.addWord(Math.min(length, MAX_WORD), namespace);
  }

  private addWord(length: number, namespace: number): void {
    const chars = this.word;
    let word = SEED_WORD ^ namespace;
    for (let i = 0; i < length; i += 1) word = Math.imul(word ^ chars[i], 16777619);
    this.add(word);
    if (this.previous !== -1) this.add(Math.imul(this.previous ^ SEED_PAIR, 31) ^ word);
    this.previous = word;
    this.addCharGrams(length, namespace);
  }

  /** 3-5-grams of " word ", the spaces marking where a word starts and ends. */
  private addCharGrams(length: number, namespace: number): void {
    const chars = this.word;
    for (let from = -1; from < length - 1; from += 1) {
      let h = SEED_CHARS ^ namespace;
      for (let n = 0; n < 5 && from + n <= length; n += 1) {
        const at = from + n;
        const code = at < 0 || at >= length ? SPACE : chars[at];
        h = Math.imul(h ^ code, 16777619);
        if (n >= 2) this.add(h);
      }
    }
  }

  private add(hash: number): void {
    const bucket = mix(hash) & (FEATURE_BUCKETS - 1);
    if (this.stamps[bucket] === this.stamp) return;
    this.stamps[bucket] = this.stamp;
    if (this.count === this.indices.length) {
      const grown = new Int32Array(this.indices.length * 2);
      grown.set(this.indices);
      this.indices = grown;
    }
    this.indices[this.count++] = bucket;
  }
}
