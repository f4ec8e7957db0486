import { describe, expect, it } from "vitest";
import { claimFrame, compareClaims, compareFrames, THRESHOLDS } from "@/lib/matching";

/**
 * The rules added in dev v7 (docs/matching-history.md, "What changed in dev v7"). Examples written for
 * these tests (none from corpus/matching).
 */
const en = { languageA: "en", languageB: "en" } as const;
const es = { languageA: "es", languageB: "es" } as const;
const x = { languageA: "en", languageB: "es" } as const;

describe("dev v7: rule gaps", () => {
  it("opposite quantity directions left unpaired are a flip even when another direction word pairs", () => {
    const c = compareClaims("Bond yields fell 3% on Tuesday after the bank reported a drop in lending.", "Bond yields rose 3% on Tuesday after the bank reported a drop in lending.", en);
    expect(c.tier).not.toBe("same");
    expect(c.reason).toMatch(/^opposite direction/);
  });
  it("two Spanish 'ex-' words do not explain each other by 'former' alone", () => {
    expect(compareClaims("La Audiencia de Sevilla absolvió al exdiputado por falta de pruebas.", "La Audiencia de Sevilla absolvió al extesorero por falta de pruebas.", es).tier).not.toBe("same");
    expect(compareClaims("Un juez de Lima condenó a 12 años de cárcel al exministro de Salud por corrupción.", "A Lima judge sentenced the former health minister to 12 years in prison for corruption.", { languageA: "es", languageB: "en" }).tier).toBe("same");
  });
  it("a vote verb negates through a tally", () => {
    expect(compareClaims("The county board voted 5-2 to close the landfill next year.", "The county board voted 5-2 against closing the landfill next year.", en).tier).not.toBe("same");
  });
  it("a number glued to capitals that are no unit is a name, not a figure", () => {
    const f = claimFrame("Spain's 4G coverage reached 99% of homes.", "en");
    expect(f.units.find((u) => u.text === "4G")?.kind).toBe("content");
    expect(compareClaims("Spain's 4G coverage reached 99% of homes.", "Spain's fibre coverage reached 99% of homes.", en).tier).not.toBe("same");
    expect(claimFrame("Temperatures hit 42C in Seville.", "en").units.find((u) => u.kind === "quantity")?.quantity?.unit?.id).toBe("degc");
  });
  it("speeds are figures with a unit, in either language", () => {
    expect(claimFrame("Gusts reached 110 millas por hora.", "es").units.find((u) => u.kind === "quantity")?.quantity?.unit?.id).toBe("mph");
    expect(compareClaims("Winds of 110 mph hit the coast of Galicia on Sunday.", "Vientos de 110 millas por hora azotaron la costa de Galicia el domingo.", x).tier).toBe("same");
  });
});

describe("dev v7: a time reference one claim leaves out is evidence, not agreement", () => {
  it("is a weak period veto the model weighs (within a language, close pairs)", () => {
    const a = claimFrame("Wine exports from La Rioja grew 7% last year, driven by sales to Mexico, the regional government said.", "en");
    const b = claimFrame("Wine exports from La Rioja grew 7%, driven by sales to Mexico, the regional government said.", "en");
    const rules = compareFrames(a, b, { ...THRESHOLDS, soft: undefined });
    expect(rules.tier).not.toBe("same");
    expect(rules.reason).toBe("different period: last year / (not said)");
  });
});
