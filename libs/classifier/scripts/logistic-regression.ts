import { deflateSync } from 'node:zlib';
import { FEATURE_BUCKETS } from '../src/second-opinion.features';

/** One training example: its distinct feature buckets (each worth 1/√n) and a 0/1 target per head. */
export interface Example {
  indices: Int32Array;
  targets: number[];
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface TrainedHeads {
  bias: number[];
  scale: number[];
  /** Deflated int8 weights, head after head, in base64. */
  weights: string;
}

/** mulberry32: a small seeded generator, so the same data always trains the same model. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Logistic regression per head by AdaGrad stochastic gradient descent with L2 on the weights a step
 * touches; the example order is drawn from the seed. The weights are then quantised to int8 with one
 * scale per head: the quantised model is what ships, so it is also what cross-validation measures.
 */
export function trainHeads(examples: readonly Example[], heads: number, options: TrainingOptions): TrainedHeads {
  const random = seededRandom(options.seed);
  const w = Array.from({ length: heads }, () => new Float64Array(FEATURE_BUCKETS));
  const g2 = Array.from({ length: heads }, () => new Float64Array(FEATURE_BUCKETS).fill(1e-8));
  const bias = new Array<number>(heads).fill(0);
  const biasG2 = new Array<number>(heads).fill(1e-8);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (const example of shuffled(examples, random)) {
      const n = example.indices.length;
      const value = n === 0 ? 0 : 1 / Math.sqrt(n);
      for (let h = 0; h < heads; h += 1) {
        let z = bias[h];
        for (let i = 0; i < n; i += 1) z += w[h][example.indices[i]] * value;
        const error = 1 / (1 + Math.exp(-z)) - example.targets[h];
        biasG2[h] += error * error;
        bias[h] -= (options.learningRate * error) / Math.sqrt(biasG2[h]);
        for (let i = 0; i < n; i += 1) {
          const k = example.indices[i];
          const grad = error * value + options.l2 * w[h][k];
          g2[h][k] += grad * grad;
          w[h][k] -= (options.learningRate * grad) / Math.sqrt(g2[h][k]);
        }
      }
    }
  }
  const quantised = new Int8Array(heads * FEATURE_BUCKETS);
  const scale = w.map((weights, h) => {
    let max = 0;
    for (const x of weights) max = Math.max(max, Math.abs(x));
    const s = max === 0 ? 1 : max / 127;
    for (let k = 0; k < FEATURE_BUCKETS; k += 1) quantised[h * FEATURE_BUCKETS + k] = Math.round(weights[k] / s);
    return s;
  });
  const packed = deflateSync(Buffer.from(quantised.buffer), { level: 9 }).toString('base64');
  return { bias, scale, weights: packed };
}
