import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/matching";
import { MODEL_FLOOR } from "@/lib/matching/compare";
import { organisationsCompatible } from "@/lib/matching/entities";
import { claimFrame } from "@/lib/matching/frame";
import { en, es } from "./compare-in";

/**
 * Dev v16 (docs/matching-history.md, "What changed in dev v16"): a bound before a multiplier, parts per
 * million and billion as units, the unqualified government is not a region's, and a pair the rules
 * do not pass reaches the model only from MODEL_FLOOR. Examples written for these tests (none from
 * corpus/matching).
 */
const quantities = (text: string, language: "en" | "es") => claimFrame(text, language).units.flatMap((u) => (u.quantity ? [u.quantity] : []));

describe("dev v16: a bound before a multiplier", () => {
  it("reads 'more than doubled' as a bounded ×2 and 'casi se triplicó' as an approximate ×3", () => {
    expect(quantities("Flood claims in Leeds more than doubled in 2025.", "en")).toEqual([
      expect.objectContaining({ value: 2, comparator: { kind: "gt", text: "more than" } }),
      expect.objectContaining({ value: 2025, year: true }),
    ]);
    expect(quantities("El precio del cacao casi se triplicó en un año.", "es")[0]).toMatchObject({ value: 3, comparator: { kind: "approx" } });
    expect(quantities("Flood claims in Leeds doubled in 2025.", "en")[0]!.comparator).toBeUndefined();
  });

  it("'doubled' and 'more than doubled' are not the same claim; 'doubled' and 'rose twofold' may be", () => {
    const bounded = en("Flood claims in Leeds doubled in 2025.", "Flood claims in Leeds more than doubled in 2025.");
    expect(bounded.tier).not.toBe("same");
    expect(bounded.reason).toMatch(/comparator/);
    expect(en("Flood claims in Leeds doubled in 2025.", "In 2025 flood claims in Leeds doubled.").tier).toBe("same");
  });
});

describe("dev v16: parts per million and parts per billion", () => {
  it("are units of one dimension with different factors", () => {
    const [ppb] = quantities("Arsenic in the well water reached 14 parts per billion.", "en");
    const [ppm] = quantities("El arsénico del pozo llegó a 14 partes por millón.", "es");
    expect(ppb!.unit).toMatchObject({ id: "ppb", dimension: "concentration" });
    expect(ppm!.unit).toMatchObject({ id: "ppm", dimension: "concentration" });
    const pair = en("Arsenic in the well water reached 14 parts per billion.", "Arsenic in the well water reached 14 parts per million.");
    expect(pair.tier).not.toBe("same");
    expect(pair.reason).toMatch(/^different unit/);
  });
});

describe("dev v16: the unqualified government is the national one", () => {
  it("is not the government of a region, but is the government of a country", () => {
    expect(organisationsCompatible(["government"], ["es-andalusia-government"])).toBe(false);
    expect(organisationsCompatible(["government"], ["es-government"])).toBe(true);
    const pair = es("El Gobierno aprobó un plan de 300 millones de euros contra la sequía.", "La Junta de Andalucía aprobó un plan de 300 millones de euros contra la sequía.");
    expect(pair.tier).not.toBe("same");
    expect(pair.reason).toMatch(/^different organisation/);
  });
});

describe("dev v16: the model's floor", () => {
  it("leaves two claims that share almost nothing to the rules", () => {
    const pair = en("The coastguard rescued 40 sailors off Cornwall on Sunday.", "Milk prices in Wales will rise in the spring, farmers said.");
    expect(pair.score).toBeLessThan(MODEL_FLOOR);
    expect(pair.tier).toBe("different");
  });
});

describe("dev v16: the reason for words left over across languages", () => {
  it("says no translation paired them instead of naming a swap; a hard conflict keeps its slot", () => {
    const leftOver = compareClaims("The harbour authority in Bergen fined 14 cruise ships for smoke in 2025.", "La autoridad portuaria de Bergen multó a 14 cruceros por humo en 2025.", { languageA: "en", languageB: "es" });
    expect(leftOver.tier).toBe("related");
    expect(leftOver.reason).toBe("no counterpart in the other language: 'harbour', 'smoke' / 'portuaria', 'humo'");
    const figure = compareClaims("Bergen fined 14 cruise ships in 2025.", "Bergen multó a 41 cruceros en 2025.", { languageA: "en", languageB: "es" });
    expect(figure.reason).toMatch(/^different figure/);
  });
});
