/**
 * Writes the figures of the current code into test/matching/recorded-figures.json:
 * `npx tsx test/matching/eval/record.ts` records dev v2 (all of corpus/matching/pairs, with the
 * per-kind counts); `--holdout` also scores corpus/matching/holdout — which the protocol allows
 * ONCE, at the very end, after every rule, lexicon entry and threshold is fixed — and records its
 * per-group aggregates only (no per-pair or per-kind output is printed or stored).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEV_V2_DIR, evaluateDir, formatFigures, HOLDOUT_DIR, loadPairs } from "@/lib/matching/evaluate";

const file = path.join(process.cwd(), "test", "matching", "recorded-figures.json");
const recorded = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

const dev = evaluateDir(DEV_V2_DIR);
console.log(formatFigures(`dev v2 (${loadPairs(DEV_V2_DIR).length} pairs: every choice was made here)`, dev));
recorded.devV2 = dev;

if (process.argv.includes("--holdout")) {
  const holdout = evaluateDir(HOLDOUT_DIR);
  const groups = holdout.groups;
  console.log(`\nholdout (${groups.all.pairs} pairs, scored once)`);
  console.log("group   pairs  TP  FP  FN  precision  recall  F1");
  for (const [name, g] of Object.entries(groups)) {
    console.log(`${name.padEnd(7)} ${String(g.pairs).padStart(5)} ${String(g.tp).padStart(3)} ${String(g.fp).padStart(3)} ${String(g.fn).padStart(3)}  ${g.precision.toFixed(3).padStart(9)}  ${g.recall.toFixed(3).padStart(6)}  ${g.f1.toFixed(3)}`);
  }
  recorded.holdout = { groups };
}
writeFileSync(file, `${JSON.stringify(recorded, null, 2)}\n`);
