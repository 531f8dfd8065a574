import { MessageSegmenter } from './message-segmenter';

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

/**
 * Turns a ticket into hashed word unigrams, word bigrams and character 3-5-grams of its words, with
 * a normalisation of its own (lower case, ё as е, anything but letters and digits as a space), so
 * the second opinion does not share the rules' blind spots. Reuses its buffers: the vector it
 * returns is valid until the next call.
 */
export class SecondOpinionFeaturizer {
  private readonly segmenter = new MessageSegmenter();
  private readonly stamps = new Uint32Array(FEATURE_BUCKETS);
  private stamp = 0;
  private indices = new Int32Array(4096);
  private count = 0;

  featurize(text: string): FeatureVector {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stamps.fill(0);
    this.count = 0;
    for (const segment of this.segmenter.split(text)) {
      if (segment.kind === 'signature') continue;
      const words = normalizeForFeatures(text.slice(segment.start, segment.end));
      this.addWords(words, segment.kind === 'quoted' ? SEED_QUOTED : 0);
    }
    return { indices: this.indices, count: this.count };
  }

  private addWords(s: string, namespace: number): void {
    let previous = -1;
    let start = 0;
    while (start < s.length) {
      while (start < s.length && s.charCodeAt(start) === SPACE) start += 1;
      let end = start;
      while (end < s.length && s.charCodeAt(end) !== SPACE) end += 1;
      if (end === start) break;
      const stop = Math.min(end, start + MAX_WORD);
      let word = SEED_WORD ^ namespace;
      for (let i = start; i < stop; i += 1) word = Math.imul(word ^ s.charCodeAt(i), 16777619);
      this.add(word);
      if (previous !== -1) this.add(Math.imul(previous ^ SEED_PAIR, 31) ^ word);
      previous = word;
      this.addCharGrams(s, start, stop, namespace);
      start = end;
    }
  }

  /** 3-5-grams of " word ", the spaces marking where a word starts and ends. */
  private addCharGrams(s: string, start: number, end: number, namespace: number): void {
    for (let from = start - 1; from < end - 1; from += 1) {
      let h = SEED_CHARS ^ namespace;
      for (let n = 0; n < 5 && from + n <= end; n += 1) {
        const at = from + n;
        const code = at < start || at >= end ? SPACE : s.charCodeAt(at);
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

/** Lower case, ё as е, every run of other characters as one space. */
export function normalizeForFeatures(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[^a-z0-9а-я]+/g, ' ');
}
