import { describe, expect, it } from "vitest";
import { DEV_V18_DIRS, DEV_V19_DIRS, matchingDir, MATCHING_SETS } from "@/lib/matching/evaluate";

/**
 * Dev v19 (docs/matching.md, "What changed in dev v19"): holdouts z and qa, scored once under dev
 * v18, are spent and join the dev data. Examples written for these tests (none from corpus/matching).
 */
describe("dev v19: the dev data", () => {
  it("adds holdout-z and holdout-qa to dev v18, and nothing else", () => {
    expect(MATCHING_SETS.filter((s) => s.joinedDev === 19).map((s) => s.folder)).toEqual(["holdout-z", "holdout-qa"]);
    expect(DEV_V19_DIRS).toEqual([...DEV_V18_DIRS, matchingDir("holdout-z"), matchingDir("holdout-qa")]);
  });
});
