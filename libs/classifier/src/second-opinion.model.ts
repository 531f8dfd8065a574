import { inflateSync } from 'node:zlib';
import { RequestKind } from '@app/domain';
import { Segment } from './message-segmenter';
import { FEATURE_BUCKETS, SecondOpinionFeaturizer } from './second-opinion.features';
import { SECOND_OPINION_WEIGHTS } from './second-opinion.weights';

/** What the model answers: one probability per kind, and one that the ticket asks for none of them. */
export const SECOND_OPINION_HEADS = [RequestKind.ADMIN_ACCESS, RequestKind.BACKUP_EXPORT, RequestKind.ROOT_ACCESS, 'NONE'] as const;
export type SecondOpinionHead = (typeof SECOND_OPINION_HEADS)[number];

/** The shipped model, as written by scripts/train-second-opinion.ts. */
export interface SecondOpinionWeights {
  version: string;
  buckets: number;
  /** Per head: the intercept, and the factor that turns the stored int8 weights back into reals. */
  bias: readonly number[];
  scale: readonly number[];
  /** Deflated Int8Array, head after head, `buckets` weights each, in base64. */
  weights: string;
  /** The model contradicts a rule label it gives less than `low`, or a missing one it gives more than `high`. */
  low: number;
  high: number;
  /** Cross-validated on the training sets: how often the model contradicts right labels, and wrong ones. */
  falseAlarmRate: number;
  catchRate: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

// Inflated once per weights object, however many classifiers are made.
const decoded = new WeakMap<SecondOpinionWeights, Int8Array>();

function decode(model: SecondOpinionWeights): Int8Array {
  const cached = decoded.get(model);
  if (cached) return cached;
  const raw = inflateSync(Buffer.from(model.weights, 'base64'));
  const expected = SECOND_OPINION_HEADS.length * FEATURE_BUCKETS;
  if (raw.length !== expected) throw new Error(`second-opinion weights hold ${raw.length} values, expected ${expected}`);
  // Stored head after head; kept bucket after bucket, so one pass over a ticket's buckets reads
  // all four heads' weights from the same cache line.
  const heads = SECOND_OPINION_HEADS.length;
  const weights = new Int8Array(raw.length);
  for (let head = 0; head < heads; head += 1) {
    for (let bucket = 0; bucket < FEATURE_BUCKETS; bucket += 1) {
      weights[bucket * heads + head] = (raw[head * FEATURE_BUCKETS + bucket] << 24) >> 24;
    }
  }
  decoded.set(model, weights);
  return weights;
}

/**
 * An independent second opinion on the rules: a logistic regression per head over hashed words and
 * character n-grams, trained on the labelled tuning and studied held-out tickets (never heldout27 or a
 * later set). It never changes the labels; when it
 * contradicts them, the rules' confidence is updated by Bayes' rule with the model's measured
 * false-alarm and catch rates, so a confident answer the model disputes goes to an agent.
 */
export class SecondOpinionModel {
  private readonly featurizer = new SecondOpinionFeaturizer();
  private readonly weights: Int8Array;

  constructor(private readonly model: SecondOpinionWeights = SECOND_OPINION_WEIGHTS) {
    if (model.buckets !== FEATURE_BUCKETS) {
      throw new Error(`second-opinion weights have ${model.buckets} buckets, the featurizer ${FEATURE_BUCKETS}`);
    }
    this.weights = decode(model);
  }

  /**
   * The model's probability for each head, in SECOND_OPINION_HEADS order. `segments` are the
   * ticket's parts as MessageSegmenter splits them, when the caller has them already.
   */
  probabilities(text: string, segments?: readonly Segment[]): number[] {
    const { indices, count } = this.featurizer.featurize(text, segments);
    const norm = count === 0 ? 0 : 1 / Math.sqrt(count);
    const weights = this.weights;
    // Integer sums: the order they are taken in cannot change them.
    let admin = 0;
    let backup = 0;
    let root = 0;
    let none = 0;
    for (let i = 0; i < count; i += 1) {
      const at = indices[i] << 2;
      admin += weights[at];
      backup += weights[at + 1];
      root += weights[at + 2];
      none += weights[at + 3];
    }
    const { bias, scale } = this.model;
    return [
      sigmoid(bias[0] + scale[0] * norm * admin),
      sigmoid(bias[1] + scale[1] * norm * backup),
      sigmoid(bias[2] + scale[2] * norm * root),
      sigmoid(bias[3] + scale[3] * norm * none),
    ];
  }

  /** True when the model confidently contradicts the rules' labels on some head. */
  disagrees(labels: readonly RequestKind[], probabilities: readonly number[]): boolean {
    return SECOND_OPINION_HEADS.some((head, i) => {
      const given = head === 'NONE' ? labels.length === 0 : labels.includes(head);
      return given ? probabilities[i] < this.model.low : probabilities[i] > this.model.high;
    });
  }

  /**
   * The rules' confidence after hearing the model. Only a disagreement moves it, and only down:
   * the two are not independent (a ticket that fools one tends to fool the other), so agreement
   * is not taken as extra evidence.
   */
  adjust(text: string, labels: readonly RequestKind[], confidence: number, segments?: readonly Segment[]): number {
    if (!this.disagrees(labels, this.probabilities(text, segments))) return confidence;
    const right = confidence * this.model.falseAlarmRate;
    const wrong = (1 - confidence) * this.model.catchRate;
    return right + wrong === 0 ? confidence : Math.min(confidence, right / (right + wrong));
  }
}
