import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CURRENT_DEV, DEV_DIRS, evaluateDir, formatFigures, loadPairs, matchingDir, MATCHING_SETS, type Figures } from "@/lib/matching/evaluate";

/**
 * compareClaims on the labelled pairs (docs/matching.md, the protocol). Every rule, threshold and
 * model weight is chosen on the dev data in force (DEV_DIRS: every set of MATCHING_SETS that had
 * joined by CURRENT_DEV; its holdouts were each scored once and are spent). This test recomputes the
 * recorded figures of that dev version from the code, so a change that moves them fails here. A
 * held-out block recorded by `record.ts --holdout-dir DIR --block NAME` is reproduced too,
 * aggregates only, when its directory is present — and must never be tuned against. A block whose
 * directory has joined the dev data (`spent: true`: scored once under the dev version before it
 * joined) is history: it is not reproduced by the current code.
 */

type HeldOutBlock = { dir: string; heldOut: true; groups: Figures["groups"] };
const recorded = JSON.parse(readFileSync(path.join(__dirname, "recorded-figures.json"), "utf8")) as Record<string, unknown>;
const recordedDev = recorded[`devV${CURRENT_DEV}`] as Figures;
const heldOut = Object.entries(recorded).filter((e): e is [string, HeldOutBlock] => typeof e[1] === "object" && e[1] !== null && (e[1] as HeldOutBlock).heldOut === true && (e[1] as { spent?: boolean }).spent !== true);

describe(`claim matching on corpus/matching (dev v${CURRENT_DEV})`, () => {
  it("has the labelled pairs: 786 + 639 + 550 + 475 + 528 + 508 + 500 + 500 + 500 + 560 + 534 + 520 + 513 + 519 + 506 + 536 + 542 + 512 + 560 + 520 + 505 + 500 + 500 + 500 + 500 + 500 + 500 + 500 + 502 + 507 + 500 + 500 = 16,822 dev v22, no pair id shared", () => {
    expect(MATCHING_SETS.filter((set) => set.joinedDev <= 22).map((set) => [set.folder, loadPairs(matchingDir(set.folder)).length])).toEqual([
      ["pairs", 786], ["holdout", 639], ["holdout-d", 550], ["holdout-e", 475], ["holdout-f", 528],
      ["holdout-g", 508], ["holdout-h", 500], ["holdout-i", 500], ["holdout-j", 500], ["holdout-k", 560], ["holdout-l", 534], ["holdout-m", 520], ["holdout-n", 513],
      ["holdout-o", 519], ["holdout-p", 506], ["holdout-q", 536], ["holdout-r", 542],
      ["holdout-s", 512], ["holdout-t", 560], ["holdout-u", 520], ["holdout-v", 505], ["holdout-w", 500], ["holdout-x", 500], ["holdout-y", 500], ["holdout-z", 500], ["holdout-qa", 500], ["holdout-qb", 500], ["holdout-qc", 500], ["holdout-qd", 502], ["holdout-qe", 507], ["holdout-qf", 500], ["holdout-qg", 500],
    ]);
    const ids = loadPairs(DEV_DIRS).map((p) => p.id);
    expect(ids.length).toBe(16822);
    expect(new Set(ids).size).toBe(16822);
  });

  it(`reproduces the recorded dev v${CURRENT_DEV} figures`, () => {
    const dev = evaluateDir(DEV_DIRS);
    console.log(formatFigures(`dev v${CURRENT_DEV} (rules, thresholds and model weights chosen here)`, dev));
    expect(dev).toEqual(recordedDev);
  });

  for (const [name, block] of heldOut) {
    const dir = path.join(process.cwd(), block.dir);
    it.skipIf(!existsSync(dir))(`reproduces the recorded held-out block ${name} (${block.dir}; aggregates only)`, () => {
      const ids = new Set(loadPairs(DEV_DIRS).map((p) => p.id));
      expect(loadPairs(dir).filter((p) => ids.has(p.id)).length).toBe(0); // a count: no held-out pair is printed
      expect(evaluateDir(dir).groups).toEqual(block.groups);
    });
  }
});
