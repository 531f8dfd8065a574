/**
 * Trains the second opinion (src/second-opinion.model.ts) on the tuning sets and the held-out sets
 * heldout .. heldout26, and writes src/second-opinion.weights.ts. Deterministic: the same tickets and
 * seed give the same file. heldout27, and every set written after it, is never trained on: it is the
 * estimate for unseen text, and a set joins the training only once the rules have been studied on it.
 * (Up to lr-3 the model learnt from the tuning sets alone; scripts/second-opinion-sets.ts measured,
 * on heldout19..26 each left out in turn, 4.6 points less review at the same confident precision.)
 *
 * The disagreement thresholds and the rates the confidence update uses are chosen by k-fold
 * cross-validation: each fold's probabilities come from a model trained on the other folds, so the
 * model is always judged on tickets it never saw. The rules were written against these same
 * tickets and are nearly always right on them, so their errors are simulated: a label dropped from
 * a ticket that asks for it, or added to one that names the kind without asking for it (the traps
 * the rules actually fall into). The catch rate is the share of those the model contradicts.
 *
 * Its steps are exported so that scripts/second-opinion-sets.ts trains and judges other training sets
 * the same way.
 *
 * Run: npm run build && node dist/libs/classifier/scripts/train-second-opinion.js [--grid]
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RequestKind } from '@app/domain';
import { ConfidenceEstimator, REVIEW_THRESHOLD } from '../src/confidence-estimator';
import { FEATURE_BUCKETS, SecondOpinionFeaturizer } from '../src/second-opinion.features';
import { SECOND_OPINION_HEADS, SecondOpinionModel, SecondOpinionWeights } from '../src/second-opinion.model';
import { TicketReader } from '../src/ticket-reader';
import { Example, seededRandom, shuffled, trainHeads, TrainingOptions } from './logistic-regression';
import { LabelledSet, LabelledTicket, readLabelledSet, repoRoot } from './labelled-tickets';

/** What the shipped model is trained on: never heldout27 or a later set (see above). */
export const TRAINING_SETS: readonly LabelledSet[] = [
  'tuning', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8',
  'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16',
  'heldout17', 'heldout18', 'heldout19', 'heldout20', 'heldout21', 'heldout22', 'heldout23', 'heldout24',
  'heldout25', 'heldout26',
];

// Chosen by out-of-fold log loss over epochs 10-80, rates 0.2-3 and L2 0-1e-3: stronger L2 keeps the
// probabilities from the extremes that a few hundred tickets cannot justify.
const OPTIONS: TrainingOptions = { epochs: 30, learningRate: 0.2, l2: 1e-3, seed: 20250 };
const FOLDS = 5;
/**
 * Review the model may add on top of the rules' own. The training sets are not ordinary traffic (the
 * tuning sets gather the hard tickets, and the rules alone send more of them to an agent than the
 * issue's 15% ceiling allows), so the model is held to a share of its own instead of to that ceiling.
 */
const EXTRA_REVIEW_BUDGET = 0.03;
const LOWS = [0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2];
const HIGHS = [0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998];

export interface Scored {
  ticket: LabelledTicket;
  example: Example;
  rules: RequestKind[];
  confidence: number;
  /** Kinds the rules found named in the ticket, asked for or not. */
  named: Set<RequestKind>;
  probabilities: number[];
}

const targetsOf = (labels: readonly RequestKind[]): number[] =>
  SECOND_OPINION_HEADS.map((head) => (head === 'NONE' ? (labels.length === 0 ? 1 : 0) : labels.includes(head) ? 1 : 0));

function modelFrom(examples: readonly Example[], low: number, high: number, falseAlarmRate: number, catchRate: number): SecondOpinionWeights {
  const trained = trainHeads(examples, SECOND_OPINION_HEADS.length, OPTIONS);
  return { version: 'cv', buckets: FEATURE_BUCKETS, ...trained, low, high, falseAlarmRate, catchRate };
}

export function prepare(tickets: readonly LabelledTicket[]): Scored[] {
  const featurizer = new SecondOpinionFeaturizer();
  const reader = new TicketReader();
  const estimator = new ConfidenceEstimator();
  return tickets.map((ticket) => {
    const { indices, count } = featurizer.featurize(ticket.text);
    const reading = reader.read(ticket.text);
    return {
      ticket,
      example: { indices: indices.slice(0, count), targets: targetsOf(ticket.labels) },
      rules: reading.labels,
      confidence: estimator.confidence(reading),
      named: new Set(reading.evidence.map((e) => e.label)),
      probabilities: [],
    };
  });
}

/** Fills each ticket's probabilities from a model trained without its fold. */
function crossValidate(scored: Scored[]): void {
  const order = shuffled(scored, seededRandom(OPTIONS.seed + 1));
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const held = order.filter((_, i) => i % FOLDS === fold);
    const rest = order.filter((_, i) => i % FOLDS !== fold).map((s) => s.example);
    const model = new SecondOpinionModel(modelFrom(rest, 0.5, 0.5, 1, 0));
    for (const s of held) s.probabilities = model.probabilities(s.ticket.text);
  }
}

/** Label sets the rules could plausibly have got wrong on each ticket, as described above. */
function simulatedErrors(s: Scored): RequestKind[][] {
  const errors: RequestKind[][] = [];
  for (const head of SECOND_OPINION_HEADS) {
    if (head === 'NONE') continue;
    const has = s.ticket.labels.includes(head);
    if (has) errors.push(s.ticket.labels.filter((l) => l !== head));
    else if (s.named.has(head)) errors.push([...s.ticket.labels, head].sort());
  }
  return errors;
}

export interface Outcome {
  low: number;
  high: number;
  falseAlarmRate: number;
  catchRate: number;
  reviewRate: number;
  confidentPrecision: number;
  rulesReviewRate: number;
}

function evaluate(scored: readonly Scored[], low: number, high: number): Outcome {
  const judge = new SecondOpinionModel(modelFrom([], low, high, 1, 0));
  let rightTickets = 0;
  let alarms = 0;
  let errors = 0;
  let caught = 0;
  for (const s of scored) {
    const right = s.rules.join() === s.ticket.labels.join();
    if (right) {
      rightTickets += 1;
      if (judge.disagrees(s.rules, s.probabilities)) alarms += 1;
    }
    for (const wrong of simulatedErrors(s)) {
      errors += 1;
      if (judge.disagrees(wrong, s.probabilities)) caught += 1;
    }
  }
  const falseAlarmRate = Math.max(alarms, 1) / Math.max(rightTickets, 1);
  const catchRate = caught / Math.max(errors, 1);
  // The combined pipeline, as TicketClassifier runs it, on the cross-validated probabilities.
  const combined = new SecondOpinionModel(modelFrom([], low, high, falseAlarmRate, catchRate));
  let confident = 0;
  let confidentRight = 0;
  let rulesReview = 0;
  for (const s of scored) {
    if (s.confidence < REVIEW_THRESHOLD) rulesReview += 1;
    const disputed = combined.disagrees(s.rules, s.probabilities);
    const c = disputed ? bayes(s.confidence, falseAlarmRate, catchRate) : s.confidence;
    if (c >= REVIEW_THRESHOLD) {
      confident += 1;
      if (s.rules.join() === s.ticket.labels.join()) confidentRight += 1;
    }
  }
  const n = scored.length;
  return {
    low,
    high,
    falseAlarmRate,
    catchRate,
    reviewRate: (n - confident) / n,
    confidentPrecision: confidentRight / Math.max(confident, 1),
    rulesReviewRate: rulesReview / n,
  };
}

const bayes = (c: number, a: number, b: number): number => Math.min(c, (c * a) / (c * a + (1 - c) * b));

function modelReport(scored: readonly Scored[]): string {
  const lines = SECOND_OPINION_HEADS.map((head, h) => {
    let right = 0;
    for (const s of scored) if ((s.probabilities[h] > 0.5 ? 1 : 0) === s.example.targets[h]) right += 1;
    return `  ${String(head).padEnd(14)} accuracy at 0.5: ${((right / scored.length) * 100).toFixed(1)}%`;
  });
  let exact = 0;
  for (const s of scored) {
    const labels = SECOND_OPINION_HEADS.filter((head, h) => head !== 'NONE' && s.probabilities[h] > 0.5);
    if (labels.join() === s.ticket.labels.join()) exact += 1;
  }
  let loss = 0;
  for (const s of scored) s.probabilities.forEach((p, h) => (loss -= Math.log(s.example.targets[h] ? Math.max(p, 1e-9) : Math.max(1 - p, 1e-9))));
  return [`model alone, out of fold: exact label set ${((exact / scored.length) * 100).toFixed(1)}%, log loss ${(loss / scored.length).toFixed(3)}`, ...lines].join('\n');
}

export interface TrainedSecondOpinion {
  weights: SecondOpinionWeights;
  chosen: Outcome;
  /** Every threshold pair tried, and the model alone out of fold: for the log. */
  outcomes: Outcome[];
  report: string;
}

/**
 * Cross-validates on `prepared` (prepare() of the training tickets), picks the thresholds that catch
 * the most simulated rule errors within the review budget, then trains the model on all of them.
 */
export function trainSecondOpinion(prepared: readonly Scored[]): TrainedSecondOpinion {
  // Copies, so one preparation can serve several trainings.
  const scored = prepared.map((s) => ({ ...s, probabilities: [] }));
  crossValidate(scored);
  const outcomes = LOWS.flatMap((low) => HIGHS.map((high) => evaluate(scored, low, high)));
  const affordable = outcomes.filter((o) => o.reviewRate - o.rulesReviewRate <= EXTRA_REVIEW_BUDGET);
  if (affordable.length === 0) throw new Error(`no thresholds add at most ${EXTRA_REVIEW_BUDGET} review`);
  const chosen = affordable.reduce((a, b) => (b.catchRate > a.catchRate || (b.catchRate === a.catchRate && b.reviewRate < a.reviewRate) ? b : a));
  const final = trainHeads(scored.map((s) => s.example), SECOND_OPINION_HEADS.length, OPTIONS);
  const round = (x: number): number => Number(x.toPrecision(6));
  const weights: SecondOpinionWeights = {
    version: `lr-${scored.length}t-seed${OPTIONS.seed}`,
    buckets: FEATURE_BUCKETS,
    bias: final.bias.map(round),
    scale: final.scale.map(round),
    low: chosen.low,
    high: chosen.high,
    falseAlarmRate: round(chosen.falseAlarmRate),
    catchRate: round(chosen.catchRate),
    weights: final.weights,
  };
  return { weights, chosen, outcomes, report: modelReport(scored) };
}

/** The tickets of `sets`, in order; stops when one is missing. */
export function readTrainingTickets(sets: readonly LabelledSet[]): LabelledTicket[] {
  return sets.flatMap((set) => {
    const tickets = readLabelledSet(set);
    if (!tickets) throw new Error(`labelled set ${set} is missing: training needs it`);
    return tickets;
  });
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function weightsSource({ weights, chosen }: TrainedSecondOpinion): string {
  return [
    `// Generated by libs/classifier/scripts/train-second-opinion.ts from the tuning sets and heldout..heldout26; do not edit.`,
    `// Cross-validated (${FOLDS} folds): catches ${pct(chosen.catchRate)} of simulated rule errors, false alarms on ${pct(chosen.falseAlarmRate)} of right answers.`,
    "import type { SecondOpinionWeights } from './second-opinion.model';",
    '',
    'export const SECOND_OPINION_WEIGHTS: SecondOpinionWeights = {',
    `  version: '${weights.version}',`,
    `  buckets: ${weights.buckets},`,
    `  bias: [${weights.bias.join(', ')}],`,
    `  scale: [${weights.scale.join(', ')}],`,
    `  low: ${weights.low},`,
    `  high: ${weights.high},`,
    `  falseAlarmRate: ${weights.falseAlarmRate},`,
    `  catchRate: ${weights.catchRate},`,
    `  weights:\n    '${weights.weights}',`,
    '};',
    '',
  ].join('\n');
}

function main(): void {
  const tickets = readTrainingTickets(TRAINING_SETS);
  const trained = trainSecondOpinion(prepare(tickets));
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  log(`${tickets.length} tickets of ${TRAINING_SETS.length} sets (tuning, heldout..heldout26), ${FOLDS}-fold cross-validation`);
  log(trained.report);
  if (process.argv.includes('--grid')) for (const o of trained.outcomes) log(JSON.stringify(o));
  const best = trained.chosen;
  log(`chosen: low ${best.low}, high ${best.high}: catches ${pct(best.catchRate)} of simulated rule errors, false alarms on ${pct(best.falseAlarmRate)} of right answers`);
  log(`combined, out of fold: review ${pct(best.reviewRate)} (rules alone ${pct(best.rulesReviewRate)}), confident precision ${pct(best.confidentPrecision)}`);
  writeFileSync(join(repoRoot(), 'libs/classifier/src/second-opinion.weights.ts'), weightsSource(trained));
  log(`wrote libs/classifier/src/second-opinion.weights.ts (${Math.round(trained.weights.weights.length / 1024)} KB of weights)`);
}

if (require.main === module) main();
