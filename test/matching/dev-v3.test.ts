import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/matching";
import { align } from "@/lib/matching/align";
import { residueOf } from "@/lib/matching/accounting";
import { claimFrame } from "@/lib/matching/frame";

/**
 * The rules added in dev v3 (docs/matching-history.md, "What changed in dev v3"). Examples written for
 * these tests (none from corpus/matching).
 */

type Case = [a: string, b: string, slot: string];

describe("dev v3 rules: differences that stop an auto-match", () => {
  const cases: Case[] = [
    // "a majority of" is more than 50 %
    ["A majority of nurses backed the strike, the union said.", "62% of nurses backed the strike, the union said.", "figure"],
    // an ordinal period of its own
    ["Rain stopped play on the first day of the final Test in Leeds.", "Rain stopped play on the second day of the final Test in Leeds.", "period"],
    // a nation inside the country the other names
    ["Wales recorded its driest spring in 60 years, the Met Office said.", "Britain recorded its driest spring in 60 years, the Met Office said."],
    // a function word inside a hyphenated compound
    ["The state charges in-state drivers a $40 toll on the new bridge.", "The state charges out-of-state drivers a $40 toll on the new bridge.", "object"],
    // "voted against" negates its complement
    ["Teachers in Denver voted to strike from Monday over pay.", "Teachers in Denver voted against a strike from Monday over pay.", "negation"],
    // one extra word next to a partial match: a different compound
    ["The firm will train 40 new drivers before the winter.", "The firm will train 40 new driving instructors before the winter.", "detail"],
  ].map((c) => [c[0]!, c[1]!, c[2] ?? "place"] as Case);
  it.each(cases)("%s / %s → not the same claim (%s)", (a, b, slot) => {
    const c = compareClaims(a, b, { languageA: "en", languageB: "en" });
    expect(c.tier).not.toBe("same");
    expect(c.slots.find((s) => !s.agrees)?.slot).toBe(slot);
  });
});

describe("dev v3 rules: what is still the same claim", () => {
  it("a city still stands for its country ('Madrid' / 'Spain' is no nested-place conflict)", () => {
    const c = compareClaims("Madrid will host the climate summit in November, the government said.", "Spain will host the climate summit in November, the government said.");
    expect(c.slots.find((s) => s.slot === "place" && !s.agrees)).toBeUndefined();
  });
  it("a place that qualifies a body is not the claim's place ('Spain's Interior Ministry')", () => {
    const c = compareClaims("More than 900 migrants reached the Balearic Islands in May, Spain's Interior Ministry said.", "More than 900 migrants reached the Balearic Islands in May, the Interior Ministry said.");
    expect(c.slots.find((s) => s.slot === "place" && !s.agrees)).toBeUndefined();
  });
  it("a ratio of two bare numbers is a share: 'ocho de cada diez' = '80 %'", () => {
    const c = compareClaims("Ocho de cada diez hogares de Lima tienen internet, según el censo.", "El 80 % de los hogares de Lima tienen internet, según el censo.", { languageA: "es", languageB: "es" });
    expect(c.slots.find((s) => s.slot === "figure")?.agrees).toBe(true);
  });
  it("a Spanish subjunctive is explained by its verb's translation ('entren' / 'enter')", () => {
    const a = claimFrame("Madrid will charge lorries 10 euros to enter the centre.", "en");
    const b = claimFrame("Madrid cobrará 10 euros a los camiones que entren en el centro.", "es");
    const r = residueOf(a, b, align(a, b));
    expect(r.b.map((u) => u.text)).not.toContain("entren");
  });
});
