import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateSplit, formatFigures, loadPairs, pairsOfSplit, type Figures } from "@/lib/matching/evaluate";

/**
 * compareClaims on corpus/matching/pairs (docs/matching.md). Every rule and threshold was chosen on
 * the dev split; the test split was scored once, after that, and its figures recorded in
 * recorded-figures.json. This test reproduces both sets of figures exactly from the code, so a
 * change that moves them shows up here (and must not be tuned against the test figures).
 */

const recorded = JSON.parse(readFileSync(path.join(__dirname, "recorded-figures.json"), "utf8")) as { dev: Figures; test: Figures };

describe("claim matching on corpus/matching (dev and test splits)", () => {
  it("has the labelled pairs, split by family", () => {
    const all = loadPairs();
    expect(all.length).toBe(786);
    const dev = pairsOfSplit("dev");
    const test = pairsOfSplit("test");
    expect(dev.length + test.length).toBe(all.length);
    const devFamilies = new Set(dev.map((p) => p.family));
    expect(test.some((p) => devFamilies.has(p.family))).toBe(false);
  });

  it("reproduces the recorded dev figures", () => {
    const dev = evaluateSplit("dev");
    console.log(formatFigures("dev (rules and thresholds chosen here)", dev));
    expect(dev).toEqual(recorded.dev);
  });

  it("reproduces the recorded test figures", () => {
    const test = evaluateSplit("test");
    console.log(formatFigures("test (scored once, recorded)", test));
    expect(test).toEqual(recorded.test);
  });
});
