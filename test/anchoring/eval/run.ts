/**
 * Re-anchoring evaluation runner: `npx tsx test/anchoring/eval/run.ts [--split dev|test|both] [--by-script]`.
 * Prints per-outcome precision/recall and exact-offset accuracy (metrics.ts). The reported figures
 * are in docs/anchoring.md and test/anchoring/eval/figures.json; evaluation.test.ts reproduces them.
 */
import { loadArticles, splitArticles } from "./corpus";
import { evaluate, formatScores } from "./metrics";
import { SCRIPTS, versionPairs } from "./scripts";

const args = process.argv.slice(2);
const split = args.includes("--split") ? args[args.indexOf("--split") + 1] : "both";
const { dev, test } = splitArticles(loadArticles());
const sides = split === "both" ? { dev, test } : split === "dev" ? { dev } : { test };
for (const [name, articles] of Object.entries(sides)) {
  const pairs = versionPairs(articles);
  process.stdout.write(`${formatScores(`${name} (${articles.length} articles)`, evaluate(pairs))}\n\n`);
  if (args.includes("--by-script")) {
    for (const s of SCRIPTS) process.stdout.write(`${formatScores(`  ${name} / ${s.name}`, evaluate(pairs.filter((p) => p.script === s.name)))}\n`);
    process.stdout.write("\n");
  }
}
