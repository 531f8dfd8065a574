/**
 * Would the second opinion gain from training on the held-out sets as well as the tuning sets?
 *
 * For each judged set S (heldout19 .. heldout26), variant B is trained, exactly as
 * train-second-opinion.ts trains the shipped model (thresholds and rates from cross-validation on
 * its own training tickets, never from S), on the sets the shipped model learns from
 * (TRAINING_SETS: the tuning sets and heldout .. heldout26) but S; S is then classified by the
 * current rules with that model. Variant A is the model as trained up to lr-3, on the tuning sets only (trained here again: it gives lr-3's weights and
 * thresholds). heldout27 was the estimate for unseen text when this was decided; it and every set
 * written after it (heldout28 …) are neither trained on nor judged here. A training ticket whose
 * text is also in S is left out of B's training, so B never sees a judged text.
 *
 * The rules were studied on every judged set, so they are nearly always right there: the sets
 * measure how much needless review each model adds, much more than how many rule errors it catches.
 *
 * Decided before the first run: adopt B only if, pooled over the judged sets, its review rate is
 * at least 1.5 points below A's and its confident precision is not below A's.
 *
 * Run: npm run build && node dist/libs/classifier/scripts/second-opinion-sets.js
 */
import { TicketClassifier } from '../src';
import { SecondOpinionModel } from '../src/second-opinion.model';
import { ClassifierMetrics, scoreClassifications } from './classifier-metrics';
import { LabelledSet, LabelledTicket } from './labelled-tickets';
import { prepare, readTrainingTickets, Scored, trainSecondOpinion, TRAINING_SETS } from './train-second-opinion';

const JUDGED: readonly LabelledSet[] = ['heldout19', 'heldout20', 'heldout21', 'heldout22', 'heldout23', 'heldout24', 'heldout25', 'heldout26'];
const REVIEW_GAIN_NEEDED = 0.015;

interface Tally {
  tickets: number;
  review: number;
  confident: number;
  confidentRight: number;
}

function tally(m: ClassifierMetrics): Tally {
  const confident = Math.round(m.coverage * m.tickets);
  return { tickets: m.tickets, review: m.tickets - confident, confident, confidentRight: Math.round(m.confidentPrecision * confident) };
}

const add = (a: Tally, b: Tally): Tally => ({
  tickets: a.tickets + b.tickets,
  review: a.review + b.review,
  confident: a.confident + b.confident,
  confidentRight: a.confidentRight + b.confidentRight,
});

const reviewRate = (t: Tally): number => t.review / t.tickets;
const precision = (t: Tally): number => (t.confident === 0 ? 1 : t.confidentRight / t.confident);
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const row = (name: string, t: Tally): string =>
  `${name.padEnd(10)} ${pct(reviewRate(t))} ${pct(precision(t))} (${t.confident - t.confidentRight} wrong of ${t.confident})`;

function judge(classifier: TicketClassifier, tickets: LabelledTicket[]): Tally {
  return tally(scoreClassifications(tickets, tickets.map((t) => classifier.classify(t.text))));
}

function main(): void {
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  // The sets the shipped model may learn from, so a set written later stays out of both without a second list.
  const trainable = TRAINING_SETS;
  const prepared = new Map<LabelledSet, Scored[]>(trainable.map((set) => [set, prepare(readTrainingTickets([set]))]));
  const tuningOnly = new TicketClassifier(new SecondOpinionModel(trainSecondOpinion(prepared.get('tuning')!).weights));
  const empty: Tally = { tickets: 0, review: 0, confident: 0, confidentRight: 0 };
  let pooledA = empty;
  let pooledB = empty;
  log('set        A: review precision           B: review precision           B trained on');
  for (const judged of JUDGED) {
    const tickets = prepared.get(judged)!.map((s) => s.ticket);
    const judgedTexts = new Set(tickets.map((t) => t.text));
    const pool = trainable.filter((set) => set !== judged).flatMap((set) => prepared.get(set)!);
    const training = pool.filter((s) => !judgedTexts.has(s.ticket.text));
    const trained = trainSecondOpinion(training);
    const a = judge(tuningOnly, tickets);
    const b = judge(new TicketClassifier(new SecondOpinionModel(trained.weights)), tickets);
    pooledA = add(pooledA, a);
    pooledB = add(pooledB, b);
    const { low, high, falseAlarmRate, catchRate } = trained.chosen;
    log(
      `${row(judged, a)}   ${row('', b).trim()}   ${training.length} tickets (${pool.length - training.length} sharing S's text left out), ` +
        `low ${low} high ${high}, false alarms ${pct(falseAlarmRate).trim()}%, catches ${pct(catchRate).trim()}%`,
    );
  }
  log(`${row('pooled', pooledA)}   ${row('', pooledB).trim()}`);
  const gain = reviewRate(pooledA) - reviewRate(pooledB);
  const adopt = gain >= REVIEW_GAIN_NEEDED && precision(pooledB) >= precision(pooledA);
  log(
    `review gain ${pct(gain).trim()} points (needs ${pct(REVIEW_GAIN_NEEDED).trim()}), confident precision B - A ` +
      `${pct(precision(pooledB) - precision(pooledA)).trim()} points: ${adopt ? 'adopt B' : 'keep A'}`,
  );
}

if (require.main === module) main();
