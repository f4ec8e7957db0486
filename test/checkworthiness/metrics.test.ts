import { describe, expect, it } from "vitest";
import { atThreshold, averagePrecision, curve, precisionAtRecall } from "@/lib/checkworthiness/metrics";

const items = [
  { score: 0.9, label: 1 },
  { score: 0.8, label: 0 },
  { score: 0.7, label: 1 },
  { score: 0.7, label: 1 },
  { score: 0.2, label: 0 },
] as const;

describe("check-worthiness metrics", () => {
  it("counts precision, recall and F1 at a threshold", () => {
    expect(atThreshold([...items], 0.7)).toEqual({ n: 5, positives: 3, precision: 0.75, recall: 1, f1: 6 / 7 });
    expect(atThreshold([...items], 0.95)).toMatchObject({ precision: 1, recall: 0 });
  });

  it("takes tied scores together on the curve", () => {
    expect(curve([...items]).map((p) => p.threshold)).toEqual([0.9, 0.8, 0.7, 0.2]);
  });

  it("computes average precision and the best precision at recall >= 0.95", () => {
    // recall steps: 1/3 at P=1, 0 at 0.8, 2/3 at P=0.75 (ties), 0 at 0.2
    expect(averagePrecision([...items])).toBeCloseTo((1 / 3) * 1 + (2 / 3) * 0.75, 12);
    expect(precisionAtRecall([...items], 0.95)).toEqual({ precision: 0.75, threshold: 0.7 });
  });
});
