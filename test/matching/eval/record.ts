/**
 * Writes the figures of the current code into test/matching/recorded-figures.json.
 *
 *   npx tsx test/matching/eval/record.ts
 *     records the dev data in force (DEV_DIRS, with per-kind counts) as block `devV${CURRENT_DEV}`
 *     (earlier devV blocks are kept as history);
 *   npx tsx test/matching/eval/record.ts --holdout-dir corpus/matching/holdout-qd --block holdoutQD
 *     scores a held-out directory — which the protocol allows ONCE, after every rule, lexicon
 *     entry and threshold is fixed — and records only its per-group aggregates as block NAME
 *     (with the directory, so test/matching/corpus-evaluation.test.ts reproduces it when the
 *     directory is present). Nothing per pair or per kind is printed or stored; dev v3 is not
 *     touched. (Every spent holdout was recorded this way under the dev version before it joined;
 *     docs/matching.md and docs/matching-history.md say which.)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CURRENT_DEV, DEV_DIRS, evaluateDir, formatFigures, formatGroups, loadPairs } from "@/lib/matching/evaluate";

const file = path.join(process.cwd(), "test", "matching", "recorded-figures.json");
const recorded = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const holdoutDir = arg("--holdout-dir");
if (holdoutDir !== undefined) {
  const block = arg("--block");
  if (!block || !/^[A-Za-z][A-Za-z0-9]*$/.test(block) || /^devV\d+$/.test(block) || ["v1", "protocol", "holdout"].includes(block) || block in recorded) {
    throw new Error("--block NAME is required (letters and digits; not an existing record such as devV20 or holdoutQC)");
  }
  const dir = path.resolve(holdoutDir);
  if (DEV_DIRS.includes(dir)) throw new Error(`${holdoutDir} is dev data (dev v${CURRENT_DEV}), not a held-out set`);
  if (!existsSync(dir)) throw new Error(`no such directory: ${holdoutDir}`);
  const groups = evaluateDir(dir).groups;
  console.log(formatGroups(`${block}: ${path.relative(process.cwd(), dir)} (${groups.all.pairs} pairs, aggregates only)`, groups));
  recorded[block] = { dir: path.relative(process.cwd(), dir), heldOut: true, groups };
} else {
  const dev = evaluateDir(DEV_DIRS);
  console.log(formatFigures(`dev v${CURRENT_DEV} (${loadPairs(DEV_DIRS).length} pairs: every choice was made here)`, dev));
  recorded[`devV${CURRENT_DEV}`] = dev;
}
writeFileSync(file, `${JSON.stringify(recorded, null, 2)}\n`);
