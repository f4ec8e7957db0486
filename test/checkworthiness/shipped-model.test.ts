/**
 * The committed weights are what `cli model train` makes (seed 1), and they reproduce the figures
 * recorded next to them (`cli model eval --record`) exactly: dev and test, per language.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { FIGURES_PATH, MODEL_PATH, serialiseModel } from "@/cli/commands/model";
import { loadCorpus } from "@/lib/checkworthiness/corpus";
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

  it("reproduces the recorded test figures", () => {
    expect(evaluateArticles(loadCorpus(["test"]), shippedModel())).toEqual(figures.test);
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
