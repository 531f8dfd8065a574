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

const bucketOf = (hash: number): number => mix(hash) & (FEATURE_BUCKETS - 1);

/** Words of up to this many codes keep their buckets in the cache: nearly all words are this short. */
const CACHED_WORD = 16;
/** A word's own buckets: its unigram's and at most three n-grams' per code. */
const CACHED_FEATURES = 3 * CACHED_WORD + 1;
const CACHE_BITS = 12;

/**
 * The buckets of recently seen words, so a word met again is not hashed n-gram by n-gram: a fixed
 * table, a word per slot by its hash, a newcomer taking the slot over. Words are told apart by
 * their codes, not by their hash, so the buckets read back are always the word's own.
 */
class WordBucketCache {
  /** Per slot, from slot * CACHED_FEATURES on: the buckets of the word it holds. */
  readonly buckets = new Uint16Array((1 << CACHE_BITS) * CACHED_FEATURES);
  private readonly chars = new Uint16Array((1 << CACHE_BITS) * CACHED_WORD);
  /** 0 for a slot holding no word. */
  private readonly lengths = new Uint8Array(1 << CACHE_BITS);
  private readonly namespaces = new Uint32Array(1 << CACHE_BITS);
  private readonly counts = new Uint8Array(1 << CACHE_BITS);
  private readonly added = new Uint32Array(1 << CACHE_BITS);

  /** The slot holding the word `chars[0..length)` whose hash is `hash`; -1 - slot for the slot to claim for it. */
  find(chars: Uint16Array, length: number, namespace: number, hash: number): number {
    const slot = mix(hash) >>> (32 - CACHE_BITS);
    if (this.lengths[slot] !== length || this.namespaces[slot] !== namespace) return -1 - slot;
    const at = slot * CACHED_WORD;
    for (let i = 0; i < length; i += 1) if (this.chars[at + i] !== chars[i]) return -1 - slot;
    return slot;
  }

  /** Gives `slot` to the word, whose `count` buckets have been written at the slot's place in `buckets`. */
  claim(slot: number, chars: Uint16Array, length: number, namespace: number, count: number): void {
    const at = slot * CACHED_WORD;
    for (let i = 0; i < length; i += 1) this.chars[at + i] = chars[i];
    this.lengths[slot] = length;
    this.namespaces[slot] = namespace;
    this.counts[slot] = count;
  }

  count(slot: number): number {
    return this.counts[slot];
  }

  /** The ticket that last added the slot's word, as numbered by nextTicket. */
  addedIn(slot: number): number {
    return this.added[slot];
  }

  markAdded(slot: number, ticket: number): void {
    this.added[slot] = ticket;
  }

  /** The number of the ticket after `ticket`, forgetting every mark when the numbers start again. */
  nextTicket(ticket: number): number {
    if (ticket < 0xffffffff) return ticket + 1;
    this.added.fill(0);
    return 1;
  }
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
  /** Per bucket, the ticket that last added it: one byte each, so the table stays in the fastest cache. */
  private readonly stamps = new Uint8Array(FEATURE_BUCKETS);
  private stamp = 0;
  private indices = new Int32Array(4096);
  private count = 0;
  /** The current word's first MAX_WORD codes: later ones never reach a hash. */
  private readonly word = new Uint16Array(MAX_WORD);
  private previous = -1;
  private readonly cache = new WordBucketCache();
  /** Tells this call's words from earlier calls' in the cache. */
  private ticket = 0;
  /** The buckets of a word too long for the cache. */
  private readonly longWord = new Uint16Array(3 * MAX_WORD + 1);

  /** `segments` are the ticket's parts as MessageSegmenter splits them, when the caller has them already. */
  featurize(text: string, segments: readonly Segment[] = this.segmenter.split(text)): FeatureVector {
    this.stamp = this.stamp === 0xff ? 1 : this.stamp + 1;
    if (this.stamp === 1) this.stamps.fill(0);
    this.ticket = this.cache.nextTicket(this.ticket);
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
    let buckets = this.longWord;
    let first = 0;
    let count: number;
    if (length <= CACHED_WORD) {
      const cache = this.cache;
      let slot = cache.find(chars, length, namespace, word);
      if (slot < 0) {
        slot = -1 - slot;
        cache.claim(slot, chars, length, namespace, this.wordBuckets(word, length, namespace, cache.buckets, slot * CACHED_FEATURES));
      } else if (cache.addedIn(slot) === this.ticket) {
        // Said before in this ticket: its own buckets are all in already, only the pair is new.
        if (this.previous !== -1) this.addBucket(bucketOf(Math.imul(this.previous ^ SEED_PAIR, 31) ^ word));
        this.previous = word;
        return;
      }
      cache.markAdded(slot, this.ticket);
      buckets = cache.buckets;
      first = slot * CACHED_FEATURES;
      count = cache.count(slot);
    } else {
      count = this.wordBuckets(word, length, namespace, buckets, 0);
    }
    // In the order they were always added in: the word, the pair it ends, then its character n-grams.
    this.addBucket(buckets[first]);
    if (this.previous !== -1) this.addBucket(bucketOf(Math.imul(this.previous ^ SEED_PAIR, 31) ^ word));
    this.previous = word;
    this.addBuckets(buckets, first + 1, first + count);
  }

  /** addBucket for each of buckets[from..to), with the ticket's stamp and vector held in locals. */
  private addBuckets(buckets: Uint16Array, from: number, to: number): void {
    if (this.count + (to - from) > this.indices.length) this.grow(this.count + (to - from));
    const stamps = this.stamps;
    const stamp = this.stamp;
    const indices = this.indices;
    let count = this.count;
    for (let k = from; k < to; k += 1) {
      const bucket = buckets[k];
      if (stamps[bucket] === stamp) continue;
      stamps[bucket] = stamp;
      indices[count++] = bucket;
    }
    this.count = count;
  }

  /** The word's bucket, then those of the 3-5-grams of " word " (the spaces mark where it starts and ends), from `at` on: how many. */
  private wordBuckets(word: number, length: number, namespace: number, out: Uint16Array, at: number): number {
    const chars = this.word;
    let written = 0;
    out[at + written++] = bucketOf(word);
    for (let from = -1; from < length - 1; from += 1) {
      let h = SEED_CHARS ^ namespace;
      for (let n = 0; n < 5 && from + n <= length; n += 1) {
        const pos = from + n;
        const code = pos < 0 || pos >= length ? SPACE : chars[pos];
        h = Math.imul(h ^ code, 16777619);
        if (n >= 2) out[at + written++] = bucketOf(h);
      }
    }
    return written;
  }

  private addBucket(bucket: number): void {
    if (this.stamps[bucket] === this.stamp) return;
    this.stamps[bucket] = this.stamp;
    if (this.count === this.indices.length) this.grow(this.count + 1);
    this.indices[this.count++] = bucket;
  }

  private grow(least: number): void {
    let length = this.indices.length * 2;
    while (length < least) length *= 2;
    const grown = new Int32Array(length);
    grown.set(this.indices);
    this.indices = grown;
  }
}
