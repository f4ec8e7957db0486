/**
 * Classification figures for check-worthiness: precision, recall and F1 at a threshold, the area
 * under the precision–recall curve (average precision: Σ (R_k − R_{k−1}) · P_k over the distinct
 * scores, highest first, ties taken together), and the best precision at recall ≥ 0.95.
 */

export type Scored = { score: number; label: 0 | 1 };

export type Figures = { n: number; positives: number; precision: number; recall: number; f1: number };

export function atThreshold(items: readonly Scored[], threshold: number): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const it of items) {
    const yes = it.score >= threshold;
    if (yes && it.label === 1) tp++;
    else if (yes) fp++;
    else if (it.label === 1) fn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { n: items.length, positives: tp + fn, precision, recall, f1 };
}

/** Operating points of the curve: one per distinct score, highest first. */
export function curve(items: readonly Scored[]): Array<{ threshold: number; precision: number; recall: number }> {
  const sorted = [...items].sort((a, b) => b.score - a.score);
  const positives = sorted.reduce((s, it) => s + it.label, 0);
  const out: Array<{ threshold: number; precision: number; recall: number }> = [];
  let tp = 0;
  let seen = 0;
  for (let i = 0; i < sorted.length; ) {
    const score = sorted[i].score;
    while (i < sorted.length && sorted[i].score === score) {
      tp += sorted[i].label;
      seen++;
      i++;
    }
    out.push({ threshold: score, precision: tp / seen, recall: positives === 0 ? 1 : tp / positives });
  }
  return out;
}

export function averagePrecision(items: readonly Scored[]): number {
  let ap = 0;
  let prevRecall = 0;
  for (const p of curve(items)) {
    ap += (p.recall - prevRecall) * p.precision;
    prevRecall = p.recall;
  }
  return ap;
}

/** Best precision over thresholds that keep recall ≥ `minRecall`, and the threshold that gives it. */
export function precisionAtRecall(items: readonly Scored[], minRecall = 0.95): { precision: number; threshold: number } {
  let best = { precision: 0, threshold: 0 };
  for (const p of curve(items)) if (p.recall >= minRecall && p.precision > best.precision) best = { precision: p.precision, threshold: p.threshold };
  return best;
}
