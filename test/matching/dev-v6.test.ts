import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/matching";

/**
 * The rules added in dev v6 (docs/matching.md, "What changed in dev v6"). Examples written for
 * these tests (none from corpus/matching).
 */
const x = { languageA: "es", languageB: "en" } as const;

describe("dev v6: a name spelt the same in both claims", () => {
  it("is one name whatever kind each side read it as", () => {
    expect(compareClaims("Vaca Muerta produjo 300.000 barriles de petróleo por día en mayo.", "Vaca Muerta produced 300,000 barrels of oil per day in May.", x).tier).toBe("same");
  });
  it("a different name is still a difference", () => {
    expect(compareClaims("Vaca Muerta produjo 300.000 barriles de petróleo por día en mayo.", "Loma Campana produced 300,000 barrels of oil per day in May.", x).tier).not.toBe("same");
  });
});

describe("dev v6: Spanish morphology and figure comparisons across languages", () => {
  it("an 'ex-' word says 'former'", () => {
    expect(compareClaims("Un juez de Lima condenó a 12 años de cárcel al exministro de Salud por corrupción.", "A Lima judge sentenced the former health minister to 12 years in prison for corruption.", x).tier).toBe("same");
  });
  it("'frente a' + a figure is 'down from' / 'up from' + the figure; the figures still decide", () => {
    expect(compareClaims("Los robos en Valencia bajaron a 410 el año pasado, frente a 530 en 2023.", "Robberies in Valencia fell to 410 last year, down from 530 in 2023.", x).tier).toBe("same");
    expect(compareClaims("Los robos en Valencia bajaron a 410 el año pasado, frente a 530 en 2023.", "Robberies in Valencia fell to 410 last year, down from 580 in 2023.", x).tier).not.toBe("same");
  });
  it("a Spanish word's WordNet synonyms come from its own concepts, not from every word of its stem", () => {
    const es = { languageA: "es", languageB: "es" } as const;
    expect(compareClaims("Perú y Chile firmaron un acuerdo para suprimir los permisos de trabajo entre los dos países.", "Perú y Chile firmaron un acuerdo para suprimir los permisos de estudiante entre los dos países.", es).tier).not.toBe("same");
  });
});
