/**
 * Scores re-anchoring against the truth of version pairs. A claim counts as right for its
 * outcome only when the status is right and, unless orphaned, the offsets are exactly the
 * expected ones, so "changed" precision is the share of changed placements that found the right
 * sentence and called it changed.
 */
import { reanchor, type ReanchorOptions } from "@/lib/anchoring";
import type { Outcome, VersionPair } from "./scripts";

export const OUTCOMES: readonly Outcome[] = ["kept", "moved", "changed", "orphaned"];

export type Tally = { truth: number; predicted: number; correct: number; precision: number; recall: number };

export type Scores = {
  pairs: number;
  claims: number;
  outcomes: Record<Outcome, Tally>;
  /** Claims still in the new body, and how many were placed at exactly the expected offsets. */
  offsets: { placeable: number; exact: number; accuracy: number };
  /** Placed at the wrong offsets, or placed though the sentence is gone. */
  wrong: number;
  /** Orphaned though the sentence is still there. */
  missed: number;
  added: Tally;
  /** The tuning objective: a wrong placement carries a verdict to the wrong text, so it costs twice a miss. */
  cost: number;
};

const tally = (truth: number, predicted: number, correct: number): Tally => ({
  truth, predicted, correct,
  precision: predicted === 0 ? 1 : correct / predicted,
  recall: truth === 0 ? 1 : correct / truth,
});

export function evaluate(pairs: readonly VersionPair[], options?: ReanchorOptions): Scores {
  const n = Object.fromEntries(OUTCOMES.map((o) => [o, { truth: 0, predicted: 0, correct: 0 }])) as Record<Outcome, { truth: number; predicted: number; correct: number }>;
  let claims = 0, placeable = 0, exact = 0, wrong = 0, missed = 0;
  let addedTruth = 0, addedPredicted = 0, addedCorrect = 0;
  for (const pair of pairs) {
    const result = reanchor(pair.oldBody, pair.newBody, pair.claims, options);
    result.placements.forEach((p, i) => {
      const t = pair.truth[i];
      claims++;
      n[t.outcome].truth++;
      n[p.status].predicted++;
      const placed = p.status !== "orphaned";
      const onTarget = placed && p.start === t.start && p.end === t.end;
      if (t.outcome !== "orphaned") placeable++;
      if (onTarget) exact++;
      if (placed && !onTarget) wrong++;
      if (!placed && t.outcome !== "orphaned") missed++;
      if (p.status === t.outcome && (onTarget || !placed)) n[t.outcome].correct++;
    });
    const want = new Set(pair.added.map((s) => `${s.start}:${s.end}`));
    addedTruth += want.size;
    addedPredicted += result.added.length;
    addedCorrect += result.added.filter((s) => want.has(`${s.start}:${s.end}`)).length;
  }
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, tally(n[o].truth, n[o].predicted, n[o].correct)])) as Record<Outcome, Tally>;
  return {
    pairs: pairs.length, claims, outcomes,
    offsets: { placeable, exact, accuracy: placeable === 0 ? 1 : exact / placeable },
    wrong, missed, added: tally(addedTruth, addedPredicted, addedCorrect),
    cost: 2 * wrong + missed,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);

export function formatScores(label: string, s: Scores): string {
  const lines = [`${label}: ${s.pairs} version pairs, ${s.claims} claims`];
  lines.push(`  ${"outcome".padEnd(9)} ${"truth".padStart(6)} ${"predicted".padStart(9)} ${"correct".padStart(8)} ${"precision".padStart(9)} ${"recall".padStart(7)}`);
  for (const [name, t] of [...OUTCOMES.map((o) => [o, s.outcomes[o]] as const), ["added", s.added] as const]) {
    lines.push(`  ${name.padEnd(9)} ${String(t.truth).padStart(6)} ${String(t.predicted).padStart(9)} ${String(t.correct).padStart(8)} ${pct(t.precision).padStart(9)} ${pct(t.recall)}`);
  }
  lines.push(`  exact offsets: ${s.offsets.exact}/${s.offsets.placeable} = ${pct(s.offsets.accuracy).trim()} of claims still present; wrong placements ${s.wrong}, missed ${s.missed}, cost ${s.cost}`);
  return lines.join("\n");
}

/**
 * How close the decisions come to the threshold: the lowest score of a correct "changed"
 * placement, and the highest score that a claim whose sentence is gone reaches when nothing is
 * given up (threshold 0). Reporting only; the threshold is not chosen from these.
 */
export function margins(pairs: readonly VersionPair[], options?: ReanchorOptions): { lowestChanged: number; highestGone: number } {
  let lowestChanged = 1;
  let highestGone = 0;
  for (const pair of pairs) {
    const tuned = reanchor(pair.oldBody, pair.newBody, pair.claims, options);
    const open = reanchor(pair.oldBody, pair.newBody, pair.claims, { ...options, threshold: 0 });
    pair.truth.forEach((t, i) => {
      const p = tuned.placements[i];
      if (t.outcome === "changed" && p.status === "changed" && p.start === t.start) lowestChanged = Math.min(lowestChanged, p.score);
      const q = open.placements[i];
      if (t.outcome === "orphaned" && q.status === "changed") highestGone = Math.max(highestGone, q.score);
    });
  }
  return { lowestChanged, highestGone };
}
