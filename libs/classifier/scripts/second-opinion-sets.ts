/**
 * Would the second opinion gain from training on more labelled sets? Each question compares, on
 * judged sets S, a model A with a model B trained on more sets, exactly as train-second-opinion.ts
 * trains the shipped model (thresholds and rates from cross-validation on its own training tickets,
 * never from S). B is trained once per S on its pool minus S; a training ticket whose text is also in
 * S is left out, so B never sees a judged text. S is then classified by the current rules with each.
 *
 * The rules were studied on every judged set, so they are nearly always right there: the sets
 * measure how much needless review each model adds, and how many unsure answers its relabelling
 * mends, much more than how many rule errors it catches.
 *
 * - `lr-4` (decided before its first run, adopted): A the tuning sets only (lr-3), B the tuning sets
 *   and heldout .. heldout26, judged on heldout19 .. heldout26. Adopt B only if, pooled, its review
 *   rate is at least 1.5 points below A's and its confident precision is not below A's. It was:
 *   review 13.9 -> 9.3%, precision 100.0 -> 100.0%.
 * - `lr-5` (decided before its first run): A lr-4 (its training sets), B lr-4's sets and heldout27 ..
 *   heldout32, judged on heldout27 .. heldout32 (studied, never trained on). Adopt B only if, pooled,
 *   it is no worse than A on any of exact match, review rate and confident precision. heldout33 and
 *   every later set are neither trained on nor judged: they stay the estimate for unseen text. Kept A
 *   (rules-2025.30): exact 99.5 -> 99.5%, review 9.5 -> 9.9%, precision 100.0 -> 100.0% (91 s).
 *
 * Run: npm run build && node dist/libs/classifier/scripts/second-opinion-sets.js [lr-4|lr-5]
 */
import { TicketClassifier } from '../src';
import { SecondOpinionModel } from '../src/second-opinion.model';
import { ClassifierMetrics, scoreClassifications } from './classifier-metrics';
import { LabelledSet, LabelledTicket } from './labelled-tickets';
import { prepare, readTrainingTickets, Scored, trainSecondOpinion, TRAINING_SETS } from './train-second-opinion';

const LR4_SETS: readonly LabelledSet[] = TRAINING_SETS.slice(0, TRAINING_SETS.indexOf('heldout26') + 1);
const SINCE_LR4: readonly LabelledSet[] = ['heldout27', 'heldout28', 'heldout29', 'heldout30', 'heldout31', 'heldout32'];

interface Question {
  /** A's training sets. */
  a: readonly LabelledSet[];
  /** B's training sets, each judged set left out in turn. */
  b: readonly LabelledSet[];
  judged: readonly LabelledSet[];
  adopt: (a: Tally, b: Tally) => boolean;
}

const REVIEW_GAIN_NEEDED = 0.015;
const QUESTIONS: Record<string, Question> = {
  'lr-4': {
    a: ['tuning'],
    b: LR4_SETS,
    judged: ['heldout19', 'heldout20', 'heldout21', 'heldout22', 'heldout23', 'heldout24', 'heldout25', 'heldout26'],
    adopt: (a, b) => reviewRate(a) - reviewRate(b) >= REVIEW_GAIN_NEEDED && precision(b) >= precision(a),
  },
  'lr-5': {
    a: LR4_SETS,
    b: [...LR4_SETS, ...SINCE_LR4],
    judged: SINCE_LR4,
    adopt: (a, b) => b.exact >= a.exact && reviewRate(b) <= reviewRate(a) && precision(b) >= precision(a),
  },
};

interface Tally {
  tickets: number;
  exact: number;
  review: number;
  confident: number;
  confidentRight: number;
}

function tally(m: ClassifierMetrics): Tally {
  const confident = Math.round(m.coverage * m.tickets);
  return {
    tickets: m.tickets,
    exact: Math.round(m.exactMatch * m.tickets),
    review: m.tickets - confident,
    confident,
    confidentRight: Math.round(m.confidentPrecision * confident),
  };
}

const add = (a: Tally, b: Tally): Tally => ({
  tickets: a.tickets + b.tickets,
  exact: a.exact + b.exact,
  review: a.review + b.review,
  confident: a.confident + b.confident,
  confidentRight: a.confidentRight + b.confidentRight,
});

const reviewRate = (t: Tally): number => t.review / t.tickets;
const precision = (t: Tally): number => (t.confident === 0 ? 1 : t.confidentRight / t.confident);
const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const row = (name: string, t: Tally): string =>
  `${name.padEnd(10)} ${pct(t.exact / t.tickets)} ${pct(reviewRate(t))} ${pct(precision(t))} (${t.confident - t.confidentRight} wrong of ${t.confident})`;

function judge(classifier: TicketClassifier, tickets: LabelledTicket[]): Tally {
  return tally(scoreClassifications(tickets, tickets.map((t) => classifier.classify(t.text))));
}

function main(): void {
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const name = process.argv[2] ?? 'lr-5';
  const question = QUESTIONS[name];
  if (!question) throw new Error(`no question ${name}: ask one of ${Object.keys(QUESTIONS).join(', ')}`);
  const sets = [...new Set([...question.a, ...question.b])];
  const prepared = new Map<LabelledSet, Scored[]>(sets.map((set) => [set, prepare(readTrainingTickets([set]))]));
  const pooled = (from: readonly LabelledSet[]): Scored[] => from.flatMap((set) => prepared.get(set)!);
  const modelA = new TicketClassifier(new SecondOpinionModel(trainSecondOpinion(pooled(question.a)).weights));
  const empty: Tally = { tickets: 0, exact: 0, review: 0, confident: 0, confidentRight: 0 };
  let pooledA = empty;
  let pooledB = empty;
  log(`${name}: A trained on ${question.a.join(' ')}; B on ${question.b.join(' ')} but the judged set`);
  log('set        A: exact review precision           B: exact review precision           B trained on');
  for (const judged of question.judged) {
    const tickets = prepared.get(judged)!.map((s) => s.ticket);
    const judgedTexts = new Set(tickets.map((t) => t.text));
    const pool = pooled(question.b.filter((set) => set !== judged));
    const training = pool.filter((s) => !judgedTexts.has(s.ticket.text));
    const trained = trainSecondOpinion(training);
    const a = judge(modelA, tickets);
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
  log(
    `exact B - A ${pooledB.exact - pooledA.exact} tickets, review gain ${pct(reviewRate(pooledA) - reviewRate(pooledB)).trim()} points, ` +
      `confident precision B - A ${pct(precision(pooledB) - precision(pooledA)).trim()} points: ${question.adopt(pooledA, pooledB) ? 'adopt B' : 'keep A'}`,
  );
}

if (require.main === module) main();
