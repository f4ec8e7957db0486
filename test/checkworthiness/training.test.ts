/**
 * Training is reproducible (same data and seed, same bytes), the seed matters, and desk labels
 * join the training data. Small samples of the train and dev splits keep this fast.
 */
import { describe, expect, it } from "vitest";
import { serialiseModel } from "@/cli/commands/model";
import { loadCorpus } from "@/lib/checkworthiness/corpus";
import { corpusSentences, deskSentences } from "@/lib/checkworthiness/dataset";
import { fitModel, MIN_ARTICLES } from "@/lib/checkworthiness/fit";
import { CheckworthinessModel } from "@/lib/checkworthiness/model";
import { trainLogistic, logit, sigmoid } from "@/lib/checkworthiness/train";

const train = corpusSentences(loadCorpus(["train"])).filter((_, i) => i % 12 === 0);
const dev = corpusSentences(loadCorpus(["dev"])).filter((_, i) => i % 12 === 0);

describe("model training", () => {
  it("gives byte-identical weights for the same seed", () => {
    const a = serialiseModel(fitModel(train, dev, { seed: 7, epochs: 5 }));
    const b = serialiseModel(fitModel(train, dev, { seed: 7, epochs: 5 }));
    expect(a).toBe(b);
    const c = serialiseModel(fitModel(train, dev, { seed: 8, epochs: 5 }));
    expect(c).not.toBe(a);
  });

  it("writes a file the scorer loads, with its threshold and band", () => {
    const file = fitModel(train, dev, { seed: 7, epochs: 5 });
    const model = new CheckworthinessModel(JSON.parse(serialiseModel(file)));
    expect(model.threshold).toBe(file.threshold);
    expect(file.band[0]).toBeLessThanOrEqual(file.band[1]);
    const r = model.score(train[0].text, train[0].context);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(1);
  });

  it("adds desk labels to training, weighted", () => {
    const desk = deskSentences([
      { text: "The council approved the new bus lanes on Tuesday.", language: "en", checkworthy: true },
      { text: "Sign up for our morning newsletter.", language: "en", checkworthy: false, weight: 3 },
    ]);
    expect(desk.map((d) => [d.label, d.weight, d.source])).toEqual([
      [1, 1, "desk"],
      [0, 3, "desk"],
    ]);
    const file = fitModel([...train, ...desk], dev, { seed: 7, epochs: 5 });
    expect(file.training.examples).toMatchObject({ deskEn: 2, deskEs: 0 });
    expect(() => deskSentences([{ text: "", language: "en", checkworthy: true }])).toThrow(/empty/);
    expect(() => deskSentences([{ text: "x", language: "fr" as "en", checkworthy: true }])).toThrow(/language/);
  });

  it("trains only the n-grams found in at least MIN_ARTICLES training articles", () => {
    const all = fitModel(train, dev, { seed: 7, epochs: 5, minArticles: 1 });
    const pruned = fitModel(train, dev, { seed: 7, epochs: 5 });
    expect(MIN_ARTICLES).toBeGreaterThan(1);
    expect(pruned.training).toMatchObject({ minArticles: MIN_ARTICLES });
    expect(pruned.fast.hashed.weights.length).toBeLessThan(all.fast.hashed.weights.length / 1.5);
  });

  it("learns a separable problem (logistic regression with L2)", () => {
    const examples = Array.from({ length: 200 }, (_, i) => ({ ids: [i % 2, 2], vals: [1, 1], label: (i % 2) as 0 | 1, weight: 1 }));
    const m = trainLogistic(examples, { seed: 1, epochs: 30, l2: 1e-3, learningRate: 0.3, batchSize: 16, dimension: 3 });
    expect(sigmoid(logit(m, [1, 2], [1, 1]))).toBeGreaterThan(0.9);
    expect(sigmoid(logit(m, [0, 2], [1, 1]))).toBeLessThan(0.1);
  });
});
