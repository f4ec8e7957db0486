/**
 * Chooses the approximate-match weights and threshold on the dev split only:
 * `npx tsx test/anchoring/eval/tune.ts`. Never reads the test split.
 *
 * Grid: quote weight fixed at 50 (the scale), prefix = suffix context weight, word share of the
 * quote similarity, position weight, and the threshold. Objective: the lowest cost on dev
 * (2 × wrong placements + missed placements, metrics.ts). Among weight settings with the lowest
 * cost, the one with the widest run of consecutive thresholds at that cost wins, and the
 * threshold is the middle of that run: a plateau, not a knife edge.
 */
import type { MatchWeights } from "@/lib/anchoring";
import { loadArticles, splitArticles } from "./corpus";
import { evaluate } from "./metrics";
import { versionPairs } from "./scripts";

const CONTEXT = [5, 10, 15, 20, 30, 40];
const WORD_SHARE = [0.25, 0.5, 0.75, 1];
const POSITION = [0, 2];
const THRESHOLDS = Array.from({ length: 31 }, (_, i) => Math.round((0.35 + i * 0.015) * 1000) / 1000);

const { dev } = splitArticles(loadArticles());
const pairs = versionPairs(dev);

type Best = { weights: MatchWeights; threshold: number; cost: number; plateau: [number, number] };
let best: Best | null = null;
for (const context of CONTEXT) {
  for (const wordShare of WORD_SHARE) {
    for (const position of POSITION) {
      const weights: MatchWeights = { quote: 50, wordShare, prefix: context, suffix: context, position };
      const costs = THRESHOLDS.map((threshold) => evaluate(pairs, { threshold, weights }).cost);
      const min = Math.min(...costs);
      // Widest run of consecutive thresholds at the minimum cost.
      let run: [number, number] = [0, 0];
      for (let i = 0; i < costs.length; i++) {
        if (costs[i] !== min) continue;
        let j = i;
        while (j + 1 < costs.length && costs[j + 1] === min) j++;
        if (j - i > run[1] - run[0] || costs[run[0]] !== min) run = [i, j];
        i = j;
      }
      const plateau: [number, number] = [THRESHOLDS[run[0]], THRESHOLDS[run[1]]];
      const threshold = THRESHOLDS[Math.floor((run[0] + run[1]) / 2)];
      process.stdout.write(`context ${String(context).padStart(2)} wordShare ${wordShare.toFixed(2)} position ${position}: min cost ${min} on thresholds ${plateau[0]}–${plateau[1]}\n`);
      const width = (b: Best) => b.plateau[1] - b.plateau[0];
      if (!best || min < best.cost || (min === best.cost && plateau[1] - plateau[0] > width(best))) {
        best = { weights, threshold, cost: min, plateau };
      }
    }
  }
}
process.stdout.write(`\nbest on dev: ${JSON.stringify(best)}\n`);
