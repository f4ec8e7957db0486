import { describe, expect, it } from "vitest";
import { CROSS_FUNCTION, crossGated } from "@/lib/matching/accounting";
import { align } from "@/lib/matching/align";
import { compareClaims } from "@/lib/matching";
import { claimFrame } from "@/lib/matching/frame";

/**
 * Dev v15 (docs/matching-history.md, "What changed in dev v15"): across languages, words one language
 * writes as function words or inside a body's name no longer send a pair to the model; a level
 * against a change of the same figure is a conflict; "NO2" and a vote tally's "none" are not
 * negations. Examples written for these tests (none from corpus/matching).
 */
const gated = (en: string, es: string) => {
  const a = claimFrame(en, "en"), b = claimFrame(es, "es");
  return crossGated(a, b, align(a, b));
};
const cross = (en: string, es: string) => compareClaims(en, es, { languageA: "en", languageB: "es" });

describe("dev v15: function words and body names across languages are not a flagged residue", () => {
  it("'a partir de' is 'from', not a departure; not when the other claim says 'until'", () => {
    expect(gated("Lisbon will ban diesel buses from March 2027.", "Lisboa prohibirá los autobuses diésel a partir de marzo de 2027.")).toBe(false);
    expect(gated("Lisbon will ban diesel buses until March 2027.", "Lisboa prohibirá los autobuses diésel a partir de marzo de 2027.")).toBe(true);
    CROSS_FUNCTION.on = false;
    try {
      expect(gated("Lisbon will ban diesel buses from March 2027.", "Lisboa prohibirá los autobuses diésel a partir de marzo de 2027.")).toBe(true);
    } finally {
      CROSS_FUNCTION.on = true;
    }
  });

  it("'against' is 'contra'; 'más' + adjective is an English superlative", () => {
    expect(gated("Doctors in Lyon will vaccinate 40,000 children against measles.", "Los médicos de Lyon vacunarán contra el sarampión a 40.000 niños.")).toBe(false);
    expect(gated("The Prado's Velázquez show drew 610,000 visitors, the most visited in its history.", "La muestra de Velázquez del Prado atrajo a 610.000 visitantes, la más visitada de su historia.")).toBe(false);
  });

  it("a country qualifying a body the other claim names, and a body's own name, are accounted for", () => {
    expect(gated("Spain's National Police seized 2 tonnes of cocaine in Vigo.", "La Policía Nacional incautó 2 toneladas de cocaína en Vigo.")).toBe(false);
  });
});

describe("dev v15: a level against a change of the same figure, across languages", () => {
  it("'to 1,300 euros' / 'subirá en 1.300 euros' disagree; 'to' / 'subirá a' agree", () => {
    expect(cross("The grant will rise to 1,300 euros a year in 2026.", "La beca subirá en 1.300 euros al año en 2026.").reason).toMatch(/^different comparator/);
    expect(cross("The grant will rise to 1,300 euros a year in 2026.", "La beca subirá a 1.300 euros al año en 2026.").reason ?? "").not.toMatch(/^different comparator/);
  });
});

describe("dev v15: negation cues that are not negations", () => {
  it("'NO2' is nitrogen dioxide; '12 votes to none' is a tally", () => {
    expect(claimFrame("El NO2 en Bilbao bajó un 12 % en 2025.", "es").negations).toEqual([]);
    expect(claimFrame("The council approved the budget by 12 votes to none.", "en").negations).toEqual([]);
    expect(claimFrame("The council did not approve the budget.", "en").negations.length).toBe(1);
  });
});
