import { createHash } from 'node:crypto';
import { LabelledSet, readLabelledSet } from '../../../libs/classifier/scripts/labelled-tickets';
import { seededRandom } from '../../../libs/classifier/scripts/logistic-regression';
import { kilobyteLetters, kilobyteTickets, THROUGHPUT_TICKETS } from '../../bench/classify.bench';

/**
 * The texts whose classifications are pinned by the golden file: every labelled ticket, the
 * benchmark's generated shapes, oversize inputs around the length limit, and deterministic
 * rewrites of the labelled tickets (case, quoting, mixed alphabets, folded letters, odd spacing)
 * that reach the corners of normalisation. A speed-up of the classifier must leave all of them alone.
 */
export interface GoldenGroup {
  name: string;
  texts: string[];
  /** Per-text hashes for small groups; large groups are pinned in chunks of this many texts. */
  chunk: number;
  /** Built from the dev file outside the repository: absent when that file is. */
  needsDevFile: boolean;
}

const REPO_SETS: LabelledSet[] = ['tuning', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'];
const CHUNK = 100;

const LOOKALIKES: Record<string, string> = { a: 'а', o: 'о', e: 'е', c: 'с', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' };
const BACK: Record<string, string> = Object.fromEntries(Object.entries(LOOKALIKES).map(([l, c]) => [c, l]));
const FOLDABLE: Record<string, string> = { е: 'ё', и: 'й', ь: 'ъ', Е: 'Ё', И: 'Й' };
const SPACING: Record<string, string> = { ' ': '\u00a0', '-': '–', '"': '«', "'": '’', '\n': '\r\n' };

type Rewrite = (text: string, next: () => number) => string;

const charwise = (table: Record<string, string>, rate: number): Rewrite => (text, next) =>
  Array.from(text, (c) => (table[c] !== undefined && next() < rate ? table[c] : c)).join('');

const REWRITES: Rewrite[] = [
  (text) => text.toUpperCase(),
  (text, next) => Array.from(text, (c) => (next() < 0.3 ? c.toUpperCase() : c)).join(''),
  charwise(LOOKALIKES, 0.3),
  charwise(BACK, 0.3),
  charwise(FOLDABLE, 0.4),
  charwise(SPACING, 0.5),
  (text) => `Thanks, see below.\n\nOn Mon, 3 Mar 2025 at 10:00, Support wrote:\n${text.split('\n').map((l) => `> ${l}`).join('\n')}`,
  (text) => `Да, именно так.\n\n-----Original Message-----\nFrom: client@example.org\n${text}`,
  (text) => `${text}\n\nС уважением,\nПётр Иванов\nтел. 8 900 000-00-00`,
  (text) => `${text}\n— Mei Ling, Registrar\nP.S. ${text.slice(0, 80)}`,
  (text) => text.replace(/[.!?]/g, ' — ').replace(/,/g, ' , '),
  (text) => text.replace(/\s+/g, '\t  '),
  (text, next) => text.slice(Math.floor(next() * text.length / 3), text.length - Math.floor(next() * text.length / 3)),
  (text) => `${text} Никогда не нужна. ${text.split(' ').reverse().join(' ')}?`,
];

/** Each labelled text through two of the rewrites, chosen by the seeded generator. */
function rewritten(texts: string[]): string[] {
  const next = seededRandom(20250301);
  const out: string[] = [];
  for (const text of texts) {
    for (let k = 0; k < 2; k += 1) {
      const first = REWRITES[Math.floor(next() * REWRITES.length)];
      const second = REWRITES[Math.floor(next() * REWRITES.length)];
      out.push(second(first(text, next), next));
    }
  }
  return out;
}

/** Texts across the 20,000-character limit, plus empty and blank ones. */
function oversize(texts: string[]): string[] {
  const joined = texts.join('\n\n');
  const out = ['', ' ', '\n\n', '?', '-', '\u00a0\t\r\n'];
  for (const length of [19_990, 19_999, 20_000, 20_001, 20_010, 21_000, 25_000, 40_000, 100_000]) {
    out.push(joined.slice(0, length), joined.slice(joined.length - length));
  }
  out.push('root '.repeat(5_000), 'Пришлите бэкап. '.repeat(2_000), 'a'.repeat(30_000));
  return out;
}

export function goldenGroups(): GoldenGroup[] {
  const repo = REPO_SETS.flatMap((set) => readLabelledSet(set) ?? []);
  const dev = readLabelledSet('dev');
  const groups: GoldenGroup[] = [];
  for (const set of ['dev', ...REPO_SETS] as LabelledSet[]) {
    const tickets = set === 'dev' ? dev : readLabelledSet(set);
    if (tickets) groups.push({ name: set, texts: tickets.map((t) => t.text), chunk: 1, needsDevFile: set === 'dev' });
  }
  const repoTexts = repo.map((t) => t.text);
  groups.push({ name: 'letters', texts: kilobyteLetters(repo, repo.length), chunk: CHUNK, needsDevFile: false });
  groups.push({ name: 'joined', texts: kilobyteTickets(repoTexts, 4_000), chunk: CHUNK, needsDevFile: false });
  groups.push({ name: 'oversize', texts: oversize(repoTexts), chunk: 1, needsDevFile: false });
  groups.push({ name: 'rewritten', texts: rewritten(repoTexts), chunk: CHUNK, needsDevFile: false });
  if (dev) {
    // The benchmark's own inputs, built as it builds them: the dev file first, then the repository's sets.
    const all = [...dev, ...repo];
    groups.push({ name: 'bench-letters', texts: kilobyteLetters(all, all.length), chunk: CHUNK, needsDevFile: true });
    groups.push({ name: 'bench-joined', texts: kilobyteTickets(all.map((t) => t.text), THROUGHPUT_TICKETS), chunk: CHUNK * 10, needsDevFile: true });
  }
  return groups;
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Case name → hash of everything `read` returns for the text (any JSON-serialisable output). */
export function fingerprints(group: GoldenGroup, read: (text: string) => unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (let from = 0; from < group.texts.length; from += group.chunk) {
    const slice = group.texts.slice(from, from + group.chunk);
    const hashes = slice.map((text) => hash(JSON.stringify(read(text))));
    const key = group.chunk === 1 ? `${group.name}:${from}` : `${group.name}:${from}-${from + slice.length - 1}`;
    out.set(key, group.chunk === 1 ? hashes[0] : hash(hashes.join('')));
  }
  return out;
}
