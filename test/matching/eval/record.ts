/**
 * Writes the figures of the current code into test/matching/recorded-figures.json.
 *
 *   npx tsx test/matching/eval/record.ts
 *     records dev v19 (corpus/matching/pairs + holdout + holdout-d + holdout-e + holdout-f +
 *     holdout-g + holdout-h + holdout-i + holdout-j + holdout-k + holdout-l + holdout-m + holdout-n + holdout-o + holdout-p + holdout-q + holdout-r + holdout-s + holdout-t + holdout-u + holdout-v + holdout-w + holdout-x + holdout-y + holdout-z + holdout-qa, with per-kind counts) as block `devV19` (devV18, devV17, devV16, devV15, devV14, devV13, devV12, devV11, devV10, devV9, devV8, devV7, devV6, devV5 and devV4 are kept as history);
 *   npx tsx test/matching/eval/record.ts --holdout-dir corpus/matching/holdout-qb --block holdoutQB
 *     scores a held-out directory — which the protocol allows ONCE, after every rule, lexicon
 *     entry and threshold is fixed — and records only its per-group aggregates as block NAME
 *     (with the directory, so test/matching/corpus-evaluation.test.ts reproduces it when the
 *     directory is present). Nothing per pair or per kind is printed or stored; dev v3 is not
 *     touched. (holdoutD was recorded this way under dev v3, holdoutE under dev v4, holdoutF
 *     under dev v5, holdoutG under dev v6, holdoutH under dev v7, holdoutI under dev v8, holdoutJ under dev v9, holdoutK under dev v10, holdoutL under dev v11, holdoutM and holdoutN under dev v12, holdoutO and holdoutP under dev v13, holdoutQ and holdoutR under dev v14, holdoutS, holdoutT and holdoutU under dev v15, holdoutV and holdoutW under dev v16, holdoutX and holdoutY under dev v17, holdoutZ and holdoutQA under dev v18; all twenty-four are history, spent, dev data since.)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEV_V19_DIRS, evaluateDir, formatFigures, formatGroups, loadPairs } from "@/lib/matching/evaluate";

const file = path.join(process.cwd(), "test", "matching", "recorded-figures.json");
const recorded = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const holdoutDir = arg("--holdout-dir");
if (holdoutDir !== undefined) {
  const block = arg("--block");
  if (!block || !/^[A-Za-z][A-Za-z0-9]*$/.test(block) || ["devV19", "devV18", "devV17", "devV16", "devV15", "devV14", "devV13", "devV12", "devV11", "devV10", "devV9", "devV8", "devV7", "devV6", "devV5", "devV4", "devV3", "devV2", "v1", "protocol", "holdout"].includes(block) || block in recorded) {
    throw new Error("--block NAME is required (letters and digits; not an existing record such as devV19 or holdoutQA)");
  }
  const dir = path.resolve(holdoutDir);
  if (DEV_V19_DIRS.includes(dir)) throw new Error(`${holdoutDir} is dev data (dev v19), not a held-out set`);
  if (!existsSync(dir)) throw new Error(`no such directory: ${holdoutDir}`);
  const groups = evaluateDir(dir).groups;
  console.log(formatGroups(`${block}: ${path.relative(process.cwd(), dir)} (${groups.all.pairs} pairs, aggregates only)`, groups));
  recorded[block] = { dir: path.relative(process.cwd(), dir), heldOut: true, groups };
} else {
  const dev = evaluateDir(DEV_V19_DIRS);
  console.log(formatFigures(`dev v19 (${loadPairs(DEV_V19_DIRS).length} pairs: every choice was made here)`, dev));
  recorded.devV19 = dev;
}
writeFileSync(file, `${JSON.stringify(recorded, null, 2)}\n`);
