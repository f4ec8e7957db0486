/**
 * Logistic regression with L2, trained by seeded mini-batch AdaGrad. Deterministic: the seed fixes
 * the example order of every epoch, and all arithmetic is plain float64 in a fixed order, so the
 * same data and seed give the same weights (and the same JSON, byte for byte).
 *
 *   minimise  Σ_i w_i · logloss(σ(b + θ·x_i), y_i) / Σ_i w_i  +  (λ/2)·‖θ‖²
 */
import { mulberry32 } from "../prng";

export type Example = { ids: number[]; vals: number[]; label: 0 | 1; weight: number };

export type TrainOptions = {
  seed: number;
  epochs: number;
  /** L2 strength λ. */
  l2: number;
  learningRate: number;
  batchSize: number;
  dimension: number;
};

export const DEFAULT_TRAIN: Omit<TrainOptions, "dimension" | "seed"> = {
  epochs: 40,
  l2: 5e-5,
  learningRate: 0.3,
  batchSize: 16,
};

export type LinearModel = { bias: number; weights: Float64Array | Float32Array };

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function logit(model: LinearModel, ids: readonly number[], vals: readonly number[]): number {
  let z = model.bias;
  const w = model.weights;
  for (let k = 0; k < ids.length; k++) z += w[ids[k]] * vals[k];
  return z;
}

function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/** Where training is: after each mini-batch (one object, updated in place). */
export type TrainStep = { epoch: number; epochs: number; batch: number; batches: number };

/** Trains to the end at once (the CLI, tests). */
export function trainLogistic(examples: readonly Example[], opts: TrainOptions): LinearModel {
  return runSteps(trainLogisticSteps(examples, opts));
}

/** Runs a stepwise computation to its end. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same training, one mini-batch per step: a caller can stop between steps (the app trains in
 * slices of a few milliseconds, with the server free in between) without changing the arithmetic.
 */
export function* trainLogisticSteps(examples: readonly Example[], opts: TrainOptions): Generator<TrainStep, LinearModel> {
  const { dimension, epochs, l2, learningRate, batchSize } = opts;
  const weights = new Float64Array(dimension);
  const g2 = new Float64Array(dimension); // AdaGrad: running sum of squared gradients
  const grad = new Float64Array(dimension);
  let bias = 0;
  let biasG2 = 0;
  const model: LinearModel = { bias, weights };
  const rand = mulberry32(opts.seed);
  const order = examples.map((_, i) => i);
  const touched: number[] = [];
  // How many examples carry each feature: L2 is applied when a feature is touched, scaled so that
  // over an epoch every feature receives the full regularisation (lazy L2 for sparse data).
  const carriers = new Float64Array(dimension);
  for (const ex of examples) for (const id of new Set(ex.ids)) carriers[id]++;
  const batches = Math.ceil(examples.length / batchSize);
  const step: TrainStep = { epoch: 0, epochs, batch: 0, batches };
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, rand);
    step.epoch = epoch + 1;
    for (let start = 0; start < order.length; start += batchSize) {
      step.batch = start / batchSize + 1;
      yield step;
      const end = Math.min(order.length, start + batchSize);
      let batchWeight = 0;
      let biasGrad = 0;
      touched.length = 0;
      for (let b = start; b < end; b++) {
        const ex = examples[order[b]];
        model.bias = bias;
        const err = (sigmoid(logit(model, ex.ids, ex.vals)) - ex.label) * ex.weight;
        biasGrad += err;
        batchWeight += ex.weight;
        for (let k = 0; k < ex.ids.length; k++) {
          const id = ex.ids[k];
          if (grad[id] === 0) touched.push(id);
          grad[id] += err * ex.vals[k];
        }
      }
      if (batchWeight === 0) continue;
      for (const id of touched) {
        const g = grad[id] / batchWeight + (l2 * weights[id] * batches) / carriers[id];
        grad[id] = 0;
        g2[id] += g * g;
        weights[id] -= (learningRate * g) / (Math.sqrt(g2[id]) + 1e-8);
      }
      const gb = biasGrad / batchWeight;
      biasG2 += gb * gb;
      bias -= (learningRate * gb) / (Math.sqrt(biasG2) + 1e-8);
    }
  }
  model.bias = bias;
  return model;
}
