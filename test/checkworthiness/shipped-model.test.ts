/**
 * The committed weights are what `cli model train` makes (seed 1), and they reproduce the figures
 * recorded next to them (`cli model eval --record`) exactly: dev per language, and the holdout block
 * when the holdout-4 folder (corpus/checkworthiness/holdout-4/) exists. (The earlier holdouts, `hd-…`,
 * `h2-…` and `h3-…`, are spent and train under protocol v5; their cw-lr-2, cw-lr-3 and cw-lr-4
 * figures are history in docs/checkworthiness.md.) The cv block is recorded by
 * `cli model cv --record` and not recomputed here (five fits; see docs/checkworthiness.md).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { FIGURES_PATH, MODEL_PATH, serialiseModel } from "@/cli/commands/model";
import { HOLDOUT_DIR, loadCorpus, loadHoldout } from "@/lib/checkworthiness/corpus";
import { corpusSentences } from "@/lib/checkworthiness/dataset";
import { evaluateArticles } from "@/lib/checkworthiness/evaluate";
import { fitModel } from "@/lib/checkworthiness/fit";
import { CHECKWORTHINESS_MODEL_VERSION, CHECKWORTHY_THRESHOLD } from "@/lib/splitter";
import { shippedModel } from "@/lib/splitter/score";

const figures = JSON.parse(fs.readFileSync(FIGURES_PATH, "utf8"));

describe("the shipped check-worthiness model", () => {
  it("is the model the figures were recorded for", () => {
    expect(figures.model).toBe(CHECKWORTHINESS_MODEL_VERSION);
    expect(figures.threshold).toBe(CHECKWORTHY_THRESHOLD);
  });

  it("reproduces the recorded dev figures", () => {
    expect(evaluateArticles(loadCorpus(["dev"]), shippedModel())).toEqual(figures.dev);
  });

  it.runIf(fs.existsSync(HOLDOUT_DIR))("reproduces the recorded holdout-4 figures", () => {
    expect(figures.holdout, "run `model eval --holdout-dir corpus/checkworthiness/holdout-4 --record`").toBeDefined();
    expect(evaluateArticles(loadHoldout(), shippedModel())).toEqual(figures.holdout);
  });

  it("never trains on a holdout article", () => {
    const ids = new Set(loadCorpus(["train", "dev"]).map((a) => a.id));
    for (const a of loadHoldout()) expect(ids.has(a.id)).toBe(false);
  });

  it(
    "is byte for byte what `model train` (seed 1) makes from the corpus",
    () => {
      const file = fitModel(corpusSentences(loadCorpus(["train"])), corpusSentences(loadCorpus(["dev"])), { seed: 1 });
      expect(serialiseModel(file)).toBe(fs.readFileSync(MODEL_PATH, "utf8"));
    },
    180_000,
  );
});
