import * as lexicon from './classifier.lexicon';
import { rx, TRIGGERS } from './classifier.lexicon';
import { patternPrefixes } from './pattern-prefixes';
import { PrefixIndex } from './prefix-index';

const LEXICON_PATTERNS = [
  ...TRIGGERS.map((t) => t.pattern),
  ...Object.values(lexicon).filter((value): value is RegExp => value instanceof RegExp),
];

/** Texts made of lexicon words, the patterns' own prefixes and everyday words, cut and joined at random. */
function sampleTexts(count: number): string[] {
  const words = [
    'нужна', 'выгрузка', 'базы', 'не', 'нужен', 'root', 'доступ', 'к', 'серверу', 'пришлите', 'пожалуиста', 'админка',
    'уже', 'есть', 'please', 'send', 'us', 'a', 'backup', 'of', 'the', 'database', "don't", 'need', 'admin', 'rights',
    'курс', 'один', 'как', 'сделать', 'копию', 'всех', 'данных', 'is', 'fine', "it's", 'already', 'works', 'sudo',
    ...LEXICON_PATTERNS.flatMap((p) => patternPrefixes(p)?.prefixes ?? []),
  ];
  const separators = [' ', ' ', ' ', ', ', '. ', '\n', '-', "'", '! ', '? ', '', '"', ' — '];
  let seed = 12345;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed % n;
  };
  return Array.from({ length: count }, () => {
    let text = '';
    for (let k = 1 + next(14); k > 0; k -= 1) text += words[next(words.length)] + separators[next(separators.length)];
    return text;
  });
}

describe('patternPrefixes', () => {
  it.each<[string, RegExp, string[], boolean]>([
    ['reads the words of an alternation', rx(String.raw`\b(нуж\w*|надо)\b`), ['нуж', 'надо'], true],
    ['stops at a wide class', rx(String.raw`\b(копи\w* )?баз\w*`), ['копи', 'баз'], true],
    ['spells out a small class', rx(String.raw`\bбаз[уы]\b`), ['базу', 'базы'], true],
    ['keeps an optional part both ways', rx(String.raw`\bне (очень )?нуж`), ['не оче', 'не нуж'], true],
    ['reads a start of text as a word start', /^(если|if)\b/, ['если', 'if'], true],
    ['takes a line break that starts a match', /(^|\n)(send|give)/g, ['send', 'give', '\nsend', '\ngive'], true],
    ['knows a match without a boundary can start inside a word', /(доступ|access)/g, ['доступ', 'access'], false],
  ])('%s', (_case, pattern, prefixes, atWordStart) => {
    const read = patternPrefixes(pattern, 6);
    expect(read?.prefixes.slice().sort()).toEqual(prefixes.slice().sort());
    expect(read?.atWordStart).toBe(atWordStart);
  });

  it.each<[string, RegExp]>([
    ['a pattern that can match empty text', /a*/g],
    ['a pattern starting with a wide class', /\s*если/],
    ['a case-insensitive pattern', /root/i],
    ['a back-reference', /(a)\1/],
  ])('gives up on %s', (_case, pattern) => {
    expect(patternPrefixes(pattern)).toBeNull();
  });

  it('finds every match of every lexicon pattern at one of its prefixes, at a word start when it says so', () => {
    const isWord = (c: string | undefined): boolean => c !== undefined && /[a-zа-я0-9]/.test(c);
    let checked = 0;
    for (const pattern of LEXICON_PATTERNS) {
      const read = patternPrefixes(pattern);
      if (!read) continue;
      const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (const text of sampleTexts(300)) {
        for (const m of text.matchAll(global)) {
          const at = m.index ?? 0;
          expect(read.prefixes.some((p) => text.startsWith(p, at))).toBe(true);
          if (read.atWordStart && isWord(text[at])) expect(isWord(text[at - 1])).toBe(false);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

/** Has `index` remember `texts` as one set, and gives them joined by line breaks. */
function remember(index: PrefixIndex, texts: readonly string[]): string {
  index.forgetSeen();
  let offset = 0;
  for (const text of texts) {
    index.index(text);
    index.rememberSeen(offset);
    offset += text.length + 1;
  }
  return texts.join('\n');
}

describe(PrefixIndex.name, () => {
  const need = rx(String.raw`\b(нуж\w*|need\w*)\b`);
  const refuse = rx(String.raw`\bне нуж\w*`);
  const index = new PrefixIndex([need, refuse]);

  it('rules a pattern out of a stretch holding none of its prefixes, and not out of one that does', () => {
    index.index('добрый день. нам нужна выгрузка, спасибо');
    expect(index.mayMatch(need)).toBe(true);
    expect(index.mayMatch(need, 0, 12)).toBe(false);
    expect(index.mayMatch(need, 13, 30)).toBe(true);
    expect(index.mayMatch(refuse)).toBe(false);
  });

  it('does not rule on a stretch that starts inside a word, nor on a pattern it does not know', () => {
    index.index('ненужна');
    expect(index.mayMatch(need, 2, 7)).toBe(true);
    expect(index.mayMatch(/anything/g, 0, 7)).toBe(true);
  });

  it('remembers what a set of texts may hold', () => {
    index.forgetSeen();
    index.index('нам нужна выгрузка');
    index.rememberSeen();
    index.index('спасибо');
    index.rememberSeen();
    expect(index.mayMatchSeen(need)).toBe(true);
    expect(index.mayMatchSeen(refuse)).toBe(false);
    index.forgetSeen();
    expect(index.mayMatchSeen(need)).toBe(false);
  });

  it('answers as scanning does: never rules out a match, and finds the same matches', () => {
    const full = new PrefixIndex(LEXICON_PATTERNS);
    let ruledOut = 0;
    let found = 0;
    for (const text of sampleTexts(150)) {
      full.index(text);
      const from = text.indexOf(' ') + 1;
      for (const pattern of LEXICON_PATTERNS) {
        for (const [a, b] of [[0, text.length], [from, text.length], [0, Math.max(0, text.lastIndexOf(' '))]]) {
          const slice = text.slice(a, b);
          pattern.lastIndex = 0;
          const matches = pattern.test(slice);
          expect(full.test(pattern, slice, a)).toBe(matches);
          if (!full.mayMatch(pattern, a, b)) {
            ruledOut += 1;
            expect(matches).toBe(false);
          }
          if (!pattern.global) continue;
          pattern.lastIndex = 0;
          const scanned = [...slice.matchAll(pattern)].map((m) => ({ start: m.index, end: (m.index ?? 0) + m[0].length }));
          expect(full.spans(pattern, slice, a)).toEqual(scanned);
          found += scanned.length;
        }
      }
    }
    expect(ruledOut).toBeGreaterThan(500);
    expect(found).toBeGreaterThan(500);
  });

  it('finds a match running across the line break that joins two texts', () => {
    const command = /(^|[.!?\n] *)(send|give) /g;
    const joinedIndex = new PrefixIndex([command]);
    joinedIndex.forgetSeen();
    joinedIndex.index('thanks, and');
    joinedIndex.rememberSeen(0);
    joinedIndex.index('send us the dump');
    joinedIndex.rememberSeen(12);
    expect(joinedIndex.testSeen(command, 'thanks, and\nsend us the dump')).toBe(true);
  });

  it('tests texts joined by line breaks as scanning the joined text does, matches across a join included', () => {
    const full = new PrefixIndex(LEXICON_PATTERNS);
    const texts = sampleTexts(150);
    let matched = 0;
    for (let k = 0; k < texts.length; k += 3) {
      const set = texts.slice(k, k + 1 + (k % 3));
      const joined = remember(full, set);
      for (const pattern of LEXICON_PATTERNS) {
        pattern.lastIndex = 0;
        const matches = pattern.test(joined);
        expect(full.testSeen(pattern, joined)).toBe(matches);
        if (matches) matched += 1;
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('tests a sentence of texts joined by line breaks as scanning the sentence alone does', () => {
    const full = new PrefixIndex(LEXICON_PATTERNS);
    const texts = sampleTexts(150);
    let matched = 0;
    for (let k = 0; k < texts.length; k += 2) {
      const set = texts.slice(k, k + 2);
      const joined = remember(full, set);
      for (const sentence of joined.matchAll(/[^.!?\n]+[.!?\n]*/g)) {
        for (const pattern of LEXICON_PATTERNS) {
          pattern.lastIndex = 0;
          const matches = pattern.test(sentence[0]);
          expect(full.testSeenIn(pattern, joined, sentence.index ?? 0, sentence[0])).toBe(matches);
          if (matches) matched += 1;
        }
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('finds the matches of each stretch between breaks as scanning the stretch does', () => {
    const full = new PrefixIndex(LEXICON_PATTERNS);
    let found = 0;
    for (const text of sampleTexts(150)) {
      full.index(text);
      const breaks = [...text.matchAll(/[.\n]/g)].map((m) => m.index ?? 0);
      for (const pattern of LEXICON_PATTERNS) {
        if (!full.knows(pattern) || !pattern.global) continue;
        const scanned: Array<{ start: number; end: number }> = [];
        for (let k = 0; k <= breaks.length; k += 1) {
          const from = k === 0 ? 0 : breaks[k - 1] + 1;
          const stretch = text.slice(from, k < breaks.length ? breaks[k] : text.length);
          pattern.lastIndex = 0;
          for (const m of stretch.matchAll(pattern)) scanned.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
        }
        expect(full.spansInStretches(pattern, breaks) ?? []).toEqual(scanned);
        found += scanned.length;
      }
    }
    expect(found).toBeGreaterThan(200);
  });
});
