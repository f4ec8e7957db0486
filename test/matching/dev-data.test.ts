import { describe, expect, it } from "vitest";
import { CURRENT_DEV, DEV_DIRS, devDirs, matchingDir, MATCHING_SETS } from "@/lib/matching/evaluate";

/**
 * The dev data of each round (docs/matching.md): the holdouts scored once under the version before
 * join it, and nothing else. A round adds its row here and moves CURRENT_DEV.
 */
const JOINED: [version: number, folders: string[]][] = [
  [19, ["holdout-z", "holdout-qa"]],
  [20, ["holdout-qb", "holdout-qc"]],
  [21, ["holdout-qd", "holdout-qe"]],
  [22, ["holdout-qf", "holdout-qg"]],
];

describe.each(JOINED)("dev v%i: the dev data", (version, folders) => {
  it(`adds ${folders.join(" and ")} to dev v${version - 1}, and nothing else`, () => {
    expect(MATCHING_SETS.filter((s) => s.joinedDev === version).map((s) => s.folder)).toEqual(folders);
    expect(devDirs(version)).toEqual([...devDirs(version - 1), ...folders.map(matchingDir)]);
  });
});

describe("the dev version in force", () => {
  it("is dev v22, read by the eval scripts and the corpus test as DEV_DIRS", () => {
    expect(CURRENT_DEV).toBe(22);
    expect(DEV_DIRS).toEqual(devDirs(22));
  });
});
