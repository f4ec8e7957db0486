/**
 * Re-anchoring evaluation runner: `npx tsx test/anchoring/eval/run.ts [--split dev|test|both] [--by-script]`.
 * Prints per-outcome precision/recall, exact-offset accuracy and the score margins around the
 * threshold (metrics.ts). The reported figures
 * are in docs/anchoring.md and test/anchoring/eval/figures.json; evaluation.test.ts reproduces them.
 */
import { REANCHOR_THRESHOLD } from "@/lib/anchoring";
import { loadArticles, splitArticles } from "./corpus";
import { evaluate, formatScores, margins } from "./metrics";
import { SCRIPTS, versionPairs } from "./scripts";

const args = process.argv.slice(2);
const split = args.includes("--split") ? args[args.indexOf("--split") + 1] : "both";
const { dev, test } = splitArticles(loadArticles());
const sides = split === "both" ? { dev, test } : split === "dev" ? { dev } : { test };
for (const [name, articles] of Object.entries(sides)) {
  const pairs = versionPairs(articles);
  process.stdout.write(`${formatScores(`${name} (${articles.length} articles)`, evaluate(pairs))}\n`);
  const m = margins(pairs);
  process.stdout.write(`  margins: lowest correct changed score ${m.lowestChanged.toFixed(3)}, highest score of a gone sentence's best candidate ${m.highestGone.toFixed(3)} (threshold ${REANCHOR_THRESHOLD})\n\n`);
  if (args.includes("--by-script")) {
    for (const s of SCRIPTS) process.stdout.write(`${formatScores(`  ${name} / ${s.name}`, evaluate(pairs.filter((p) => p.script === s.name)))}\n`);
    process.stdout.write("\n");
  }
}
