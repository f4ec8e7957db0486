import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isSameClaim, SAME_CLAIM_THRESHOLD, type Language } from "@/lib/matching";

/**
 * Precision/recall of isSameClaim on the labelled set in test/fixtures/match-pairs.json.
 * Positives are the "same" pairs; "related", "numbers" and "unrelated" pairs are negatives.
 * The set was written before the matcher was tuned; the threshold was then chosen on the
 * even-indexed pairs only (see SAME_CLAIM_THRESHOLD), so the odd-indexed pairs are a held-out half.
 */

const LABELS = ["same", "related", "numbers", "unrelated"] as const;
type Label = (typeof LABELS)[number];
type Pair = { a: string; b: string; label: Label; language: Language };

function loadPairs(): Pair[] {
  const raw: unknown = JSON.parse(readFileSync(path.join(__dirname, "../fixtures/match-pairs.json"), "utf8"));
  if (!Array.isArray(raw)) throw new Error("match-pairs.json must be an array");
  return raw.map((item, i) => {
    const p = item as Partial<Pair>;
    if (typeof p.a !== "string" || typeof p.b !== "string" || !p.a.trim() || !p.b.trim())
      throw new Error(`pair ${i}: a and b must be non-empty strings`);
    if (!LABELS.includes(p.label as Label)) throw new Error(`pair ${i}: bad label ${String(p.label)}`);
    if (p.language !== "en" && p.language !== "es") throw new Error(`pair ${i}: bad language ${String(p.language)}`);
    return p as Pair;
  });
}

type Counts = { tp: number; fp: number; fn: number; tn: number };

function evaluate(pairs: Pair[]): Counts & { precision: number; recall: number } {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of pairs) {
    const predicted = isSameClaim(p.a, p.b, { language: p.language });
    const actual = p.label === "same";
    if (predicted && actual) c.tp++;
    else if (predicted) c.fp++;
    else if (actual) c.fn++;
    else c.tn++;
  }
  return { ...c, precision: c.tp / Math.max(1, c.tp + c.fp), recall: c.tp / Math.max(1, c.tp + c.fn) };
}

function fmt(r: ReturnType<typeof evaluate>): string {
  return `P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} (TP ${r.tp} FP ${r.fp} FN ${r.fn} TN ${r.tn})`;
}

const pairs = loadPairs();

describe("claim matching evaluation (test/fixtures/match-pairs.json)", () => {
  it("has a balanced, labelled set of at least 80 pairs", () => {
    expect(pairs.length).toBeGreaterThanOrEqual(80);
    const en = pairs.filter((p) => p.language === "en").length;
    const es = pairs.length - en;
    expect(Math.abs(en - es)).toBeLessThanOrEqual(pairs.length * 0.1);
    for (const label of LABELS) {
      for (const language of ["en", "es"] as const) {
        expect(pairs.some((p) => p.label === label && p.language === language)).toBe(true);
      }
    }
    for (const p of pairs) expect(p.a).not.toBe(p.b);
  });

  it("reaches precision >= 0.9 and recall >= 0.8 for 'same claim'", () => {
    const all = evaluate(pairs);
    const en = evaluate(pairs.filter((p) => p.language === "en"));
    const es = evaluate(pairs.filter((p) => p.language === "es"));
    const dev = evaluate(pairs.filter((_, i) => i % 2 === 0));
    const heldOut = evaluate(pairs.filter((_, i) => i % 2 === 1));
    console.log(
      `claim matching @${SAME_CLAIM_THRESHOLD} on ${pairs.length} pairs: ${fmt(all)} | en ${fmt(en)} | es ${fmt(es)} | dev ${fmt(dev)} | held-out ${fmt(heldOut)}`,
    );
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.8);
  });

  it("never predicts a 'numbers' pair (same wording, different figures) as the same claim", () => {
    const leaked = pairs.filter((p) => p.label === "numbers" && isSameClaim(p.a, p.b, { language: p.language }));
    expect(leaked).toEqual([]);
  });
});
