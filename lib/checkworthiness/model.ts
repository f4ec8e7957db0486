/**
 * The check-worthiness scorer: logistic regression over the features of features.ts, with weights
 * from a committed JSON file (model-v5.json, made by `cli model train`).
 *
 * Two stages share one feature space. The fast stage uses the word-form features only; when its
 * probability falls inside the uncertainty band (chosen on dev), the full stage adds part-of-speech
 * and entity features (pos-features.ts) and its probability is the score. Taggers are slow, and
 * most sentences are clearly a claim or clearly not, so they run only where they can change the
 * outcome.
 *
 * Every score comes with its reasons: the feature groups that moved the log-odds most, in plain
 * words, each with its contribution.
 */
import type { ScoreReason } from "../vocabulary";
import * as m_feature_names from "./feature-names";
import type { Features, SentenceContext } from "./features";
import * as m_features from "./features";
import * as m_layout from "./layout";
import * as m_tokens from "./tokens";
import * as m_hashing from "./hashing";
import { posFeatures, type PosFeatures } from "./pos-features";
import { sigmoid } from "./train";

// Named imports are bound once here: under tsx (bench, CLI) every use of an imported binding is a
// getter call, and these are used per character or per word.
const { NAMED_FEATURES, namedPhrase } = m_feature_names;
const { extractInto, FeatureSink } = m_features;
const { tokenize } = m_tokens;
const { layoutGate } = m_layout;
const { DIMENSION, HASH_BITS, NAMED_COUNT } = m_hashing;

/** Hashed weights are listed by bucket, ascending, as gaps from the previous bucket. */
export type StageFile = { bias: number; named: Record<string, number>; hashed: { gaps: number[]; weights: number[] } };

export type ModelFile = {
  version: string;
  hashBits: number;
  /** checkworthy = score >= threshold (score rounded to two decimals). */
  threshold: number;
  /** Fast-stage probabilities in [low, high] go to the full stage. */
  band: [number, number];
  fast: StageFile;
  full: StageFile;
  training: Record<string, unknown>;
};

export type ModelScore = {
  score: number;
  checkworthy: boolean;
  reasons: ScoreReason[];
  /** Which stage gave the score. */
  stage: "fast" | "full";
};

/** Weights as float32: half the memory of float64, so the random reads of hashed ids hit the cache. */
export type Stage = { bias: number; weights: Float32Array };

/** At most this many reasons; contributions that round to 0.00 are left out. */
const MAX_REASONS = 5;
/** Local copies: under tsx, imported bindings are getters, and these are read in hot loops. */
const NAMED = NAMED_COUNT;
const SIZE = DIMENSION;

export function loadStage(file: StageFile): Stage {
  const weights = new Float32Array(SIZE);
  NAMED_FEATURES.forEach((f, i) => (weights[i] = file.named[f.name] ?? 0));
  let bucket = 0;
  file.hashed.gaps.forEach((gap, k) => {
    bucket += gap;
    weights[NAMED + bucket] = file.hashed.weights[k];
  });
  return { bias: file.bias, weights };
}

/**
 * Labels are built once per (feature, word) and kept: a label is then the same string object every
 * time, already hashed, which keeps the shared-reason lookup cheap. Bounded like the word cache.
 */
const LABELS = new Map<number, Map<string, string>>();
let labelCount = 0;

function labelsOf(group: number): Map<string, string> {
  let byKey = LABELS.get(group);
  if (byKey === undefined) {
    if (labelCount >= 200_000) (LABELS.clear(), (labelCount = 0));
    byKey = new Map();
    LABELS.set(group, byKey);
  }
  return byKey;
}

const WORD_LABEL = -1;

function groupLabel(group: number, f: Features): string {
  if (group >= NAMED) {
    const token = (group - NAMED) >> 1;
    const raw = f.tokens.raw;
    // Bigram labels are too many to keep; word labels are one per distinct word.
    if ((group - NAMED) & 1) return `the words “${raw[token - 1]} ${raw[token]}”`;
    const byWord = labelsOf(WORD_LABEL);
    let label = byWord.get(raw[token]);
    if (label === undefined) byWord.set(raw[token], (label = `the word “${raw[token]}”`)), labelCount++;
    return label;
  }
  const trigger = triggerOf(f, group);
  if (trigger === "") return namedPhrase(group, "");
  const byTrigger = labelsOf(group);
  let label = byTrigger.get(trigger);
  if (label === undefined) byTrigger.set(trigger, (label = namedPhrase(group, trigger))), labelCount++;
  return label;
}

function triggerOf(f: Features, index: number): string {
  for (let k = 0; k < f.triggers.length; k += 2) if (f.triggers[k] === index) return f.triggers[k + 1] as string;
  return "";
}

/** Per-group contributions, reused across calls (scoring runs once per sentence of every article). */
let contrib = new Float64Array(1024);
let seen = new Uint8Array(1024);
/** Named groups with a contribution (word groups are read by position: NAMED .. NAMED + 2·count). */
const touched: number[] = [];
let wordGroups = 0;

/** z + Σ w·x (in order, like training's logit), gathering each group's contribution on the way. */
function collect(z: number, weights: Float32Array, ids: readonly number[], vals: readonly number[], groups: readonly number[], count: number): number {
  for (let k = 0; k < count; k++) {
    const c = weights[ids[k]] * vals[k];
    if (c === 0) continue;
    z += c;
    const g = groups[k];
    if (g < NAMED && seen[g] === 0) (seen[g] = 1), touched.push(g);
    contrib[g] += c;
  }
  return z;
}

/** Start a sentence's contributions. */
function begin(f: Features): void {
  for (const g of touched) (contrib[g] = 0), (seen[g] = 0);
  touched.length = 0;
  contrib.fill(0, NAMED, NAMED + wordGroups);
  wordGroups = 2 * f.tokens.count;
  if (contrib.length < NAMED + wordGroups) (contrib = new Float64Array(2 * (NAMED + wordGroups))), (seen = new Uint8Array(contrib.length));
}

/**
 * Reasons are shared, frozen objects: the same few hundred (label, weight) pairs recur across an
 * article's sentences, and a 1 MB text keeps ~17,000 claims alive, so sharing them spares the
 * garbage collector most of the objects. Bounded like the word cache.
 */
const REASONS = new Map<string, Map<number, ScoreReason>>();
let sharedReasons = 0;
function reason(label: string, weight: number): ScoreReason {
  let byWeight = REASONS.get(label);
  if (byWeight === undefined) {
    if (sharedReasons >= 100_000) (REASONS.clear(), (sharedReasons = 0));
    byWeight = new Map();
    REASONS.set(label, byWeight);
  }
  let r = byWeight.get(weight);
  if (r === undefined) {
    r = Object.freeze({ label, weight });
    byWeight.set(weight, r);
    sharedReasons++;
  }
  return r;
}

const TOP = MAX_REASONS + 1;
const topGroup = new Int32Array(TOP);
const topSize = new Float64Array(TOP);

/** The groups that moved the log-odds most (gathered by `collect`), as plain-English reasons. */
let picked = 0;

/** Keep group `g` if it is among the TOP largest |contribution| so far (ties: lower group first). */
function consider(g: number): void {
  const a = Math.abs(contrib[g]);
  if (a < 0.005) return; // rounds to 0.00: never shown
  if (picked === TOP && (a < topSize[TOP - 1] || (a === topSize[TOP - 1] && g > topGroup[TOP - 1]))) return;
  let at = picked < TOP ? picked++ : TOP - 1;
  while (at > 0 && (topSize[at - 1] < a || (topSize[at - 1] === a && topGroup[at - 1] > g))) {
    topSize[at] = topSize[at - 1];
    topGroup[at] = topGroup[at - 1];
    at--;
  }
  topSize[at] = a;
  topGroup[at] = g;
}

function explain(f: Features): ScoreReason[] {
  // One more than shown, because two groups can read the same ("the word “the”" twice) and merge.
  picked = 0;
  for (let t = 0; t < touched.length; t++) consider(touched[t]);
  for (let g = NAMED; g < NAMED + wordGroups; g++) consider(g);
  const labels: string[] = [];
  const sums: number[] = [];
  const named: boolean[] = [];
  const n = picked;
  for (let k = 0; k < n; k++) {
    const label = groupLabel(topGroup[k], f);
    const j = labels.indexOf(label);
    if (j >= 0) sums[j] += contrib[topGroup[k]];
    else if (labels.length < MAX_REASONS) labels.push(label), sums.push(contrib[topGroup[k]]), named.push(topGroup[k] < NAMED);
  }
  const reasons: ScoreReason[] = [];
  for (let k = 0; k < labels.length; k++) {
    const weight = Math.round(sums[k] * 100) / 100;
    if (weight !== 0) reasons.push(named[k] ? reason(labels[k], weight) : { label: labels[k], weight });
  }
  return reasons;
}

export class CheckworthinessModel {
  readonly version: string;
  readonly threshold: number;
  readonly band: readonly [number, number];
  private readonly fast: Stage;
  private readonly full: Stage;
  // Reused for every sentence: scoring is synchronous and nothing keeps them past a call.
  private readonly sink = new FeatureSink();
  private readonly tokens = tokenize("", "en");

  constructor(file: ModelFile) {
    if (file.hashBits !== HASH_BITS) throw new Error(`model ${file.version}: hashBits ${file.hashBits}, this build uses ${HASH_BITS}`);
    this.version = file.version;
    this.threshold = file.threshold;
    this.band = file.band;
    this.fast = loadStage(file.fast);
    this.full = loadStage(file.full);
  }

  /** Probability from the cascade, before rounding (evaluation and threshold choice use `score`). */
  score(text: string, context: SentenceContext): ModelScore {
    const gate = layoutGate(text, context.line, context.firstLine);
    if (gate !== null) return { score: 0, checkworthy: false, reasons: [{ label: gate, weight: -1 }], stage: "fast" };
    const f = extractInto(this.sink, text, context, this.tokens);
    begin(f);
    const p1 = sigmoid(collect(this.fast.bias, this.fast.weights, f.ids, f.vals, f.groups, f.count));
    if (p1 < this.band[0] || p1 > this.band[1]) return this.result(p1, "fast", explain(f));
    const pos = posFeatures(text, context.language);
    // Same order of additions as training saw them: sentence features, then tagger features.
    begin(f);
    const w = this.full.weights;
    const z = collect(collect(this.full.bias, w, f.ids, f.vals, f.groups, f.count), w, pos.ids, pos.vals, pos.groups, pos.ids.length);
    return this.result(sigmoid(z), "full", explain(f));
  }

  private result(p: number, stage: "fast" | "full", reasons: ScoreReason[]): ModelScore {
    const score = Math.round(p * 100) / 100;
    return { score, checkworthy: score >= this.threshold, reasons, stage };
  }
}
