/**
 * Classifier benchmark: accuracy on the labelled sets and speed on ~1 KB tickets.
 * Run: npm run bench:classify (builds, then runs dist/test/bench/classify.bench.js).
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { REQUEST_KINDS } from '@app/domain';
import { CLASSIFIER_VERSION, TicketClassifier } from '@app/classifier';
import { scoreClassifications } from '../../libs/classifier/scripts/classifier-metrics';
import { LabelledSet, readLabelledSet } from '../../libs/classifier/scripts/labelled-tickets';

const THROUGHPUT_TICKETS = 20_000;
const SOAK_TICKETS = 100_000;
const TARGET_CHARS = 1024;

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A collector we can call between phases, so heap figures compare live data, not garbage. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    gc();
    gc();
  };
}

/** ~1 KB tickets made of real labelled texts, joined until they reach the size. */
function kilobyteTickets(texts: string[], count: number): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < count) {
    let text = '';
    while (text.length < TARGET_CHARS) text += (text ? '\n\n' : '') + texts[i++ % texts.length];
    out.push(text.slice(0, TARGET_CHARS + 200));
  }
  return out;
}

export async function runClassifierBench(log: (line: string) => void = () => undefined): Promise<Record<string, number>> {
  const classifier = new TicketClassifier();
  const figures: Record<string, number> = {};
  const corpus: string[] = [];

  for (const set of ['dev', 'tuning', 'heldout'] as LabelledSet[]) {
    const tickets = readLabelledSet(set);
    if (!tickets) {
      log(`${set}: labelled file missing, skipped`);
      continue;
    }
    corpus.push(...tickets.map((t) => t.text));
    const m = scoreClassifications(tickets, tickets.map((t) => classifier.classify(t.text)));
    figures[`${set}.tickets`] = m.tickets;
    figures[`${set}.exactMatch`] = m.exactMatch;
    figures[`${set}.confidentPrecision`] = m.confidentPrecision;
    figures[`${set}.coverage`] = m.coverage;
    figures[`${set}.reviewRate`] = m.reviewRate;
    log(`${set} (${m.tickets} tickets): exact match ${pct(m.exactMatch)}; confident answers: coverage ${pct(m.coverage)}, precision ${pct(m.confidentPrecision)}; needsReview ${pct(m.reviewRate)}; language ${pct(m.languageAccuracy)}`);
    for (const kind of REQUEST_KINDS) {
      const s = m.perLabel[kind];
      figures[`${set}.${kind}.precision`] = s.precision;
      figures[`${set}.${kind}.recall`] = s.recall;
      log(`  ${kind.padEnd(14)} precision ${pct(s.precision)}  recall ${pct(s.recall)}`);
    }
    for (const miss of m.misses) {
      log(`  miss ${miss.id}: expected [${miss.expected.join(',')}] got [${miss.got.join(',')}]${miss.needsReview ? ' (sent to review)' : ''}`);
    }
  }
  if (corpus.length === 0) throw new Error('no labelled tickets found: run from the repository');

  const gc = collector();
  const tickets = kilobyteTickets(corpus, THROUGHPUT_TICKETS);
  const meanChars = tickets.reduce((sum, t) => sum + t.length, 0) / tickets.length;
  for (let i = 0; i < 2_000; i += 1) classifier.classify(tickets[i]);
  const started = process.hrtime.bigint();
  for (const text of tickets) classifier.classify(text);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  figures['throughput.ticketsPerSecond'] = Math.round(tickets.length / seconds);
  figures['throughput.meanChars'] = Math.round(meanChars);
  log(`throughput: ${figures['throughput.ticketsPerSecond']} tickets/s on one core (${tickets.length} tickets, mean ${Math.round(meanChars)} chars)`);

  gc();
  const before = process.memoryUsage();
  for (let i = 0; i < SOAK_TICKETS; i += 1) classifier.classify(tickets[i % tickets.length]);
  gc();
  const after = process.memoryUsage();
  // The tickets stay referenced until after the second reading, so both readings hold the same live data.
  figures['memory.ticketsHeld'] = tickets.length;
  figures['memory.heapBeforeMiB'] = before.heapUsed / 1048576;
  figures['memory.heapAfterMiB'] = after.heapUsed / 1048576;
  figures['memory.rssBeforeMiB'] = before.rss / 1048576;
  figures['memory.rssAfterMiB'] = after.rss / 1048576;
  log(`memory over ${SOAK_TICKETS} more tickets: heap ${mib(before.heapUsed)} -> ${mib(after.heapUsed)}, RSS ${mib(before.rss)} -> ${mib(after.rss)}`);
  return figures;
}

if (require.main === module) {
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  log(`classifier ${CLASSIFIER_VERSION}`);
  runClassifierBench(log).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
