import { describe, expect, it } from "vitest";
import { CURRENT_DEV, DEV_DIRS, DEV_V20_DIRS, DEV_V21_DIRS, matchingDir, MATCHING_SETS } from "@/lib/matching/evaluate";

/** Dev v21 (docs/matching.md, "What changed in dev v21"): holdouts qd and qe, scored once under dev v20, are spent and join the dev data. */
describe("dev v21: the dev data", () => {
  it("adds holdout-qd and holdout-qe to dev v20, and nothing else", () => {
    expect(MATCHING_SETS.filter((s) => s.joinedDev === 21).map((s) => s.folder)).toEqual(["holdout-qd", "holdout-qe"]);
    expect(DEV_V21_DIRS).toEqual([...DEV_V20_DIRS, matchingDir("holdout-qd"), matchingDir("holdout-qe")]);
  });

  it("is the dev version in force", () => {
    expect(CURRENT_DEV).toBe(21);
    expect(DEV_DIRS).toEqual(DEV_V21_DIRS);
  });
});
