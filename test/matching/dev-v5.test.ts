import { describe, expect, it } from "vitest";
import { claimFrame, compareClaims, compareFrames, THRESHOLDS } from "@/lib/matching";
import { FEATURE_NAMES, SOFT_VETO_MODEL, softVetoProbability } from "@/lib/matching/soft-veto";

/**
 * The rules added in dev v5 (docs/matching-history.md, "What changed in dev v5"). Examples written for
 * these tests (none from corpus/matching).
 */
const en = { languageA: "en", languageB: "en" } as const;
const rulesOnly = { ...THRESHOLDS, soft: undefined };

describe("dev v5: the soft-veto model", () => {
  it("has one weight per feature in both groups and thresholds in (0, 1]", () => {
    for (const m of [SOFT_VETO_MODEL.within, SOFT_VETO_MODEL.cross]) {
      expect(m.weights.length).toBe(FEATURE_NAMES.length);
      expect(m.mean.length).toBe(FEATURE_NAMES.length);
      expect(m.sd.every((x) => x > 0)).toBe(true);
    }
    expect(SOFT_VETO_MODEL.features).toEqual([...FEATURE_NAMES]);
    for (const t of [SOFT_VETO_MODEL.threshold.within, SOFT_VETO_MODEL.threshold.cross]) expect(t > 0 && t <= 1).toBe(true);
    const p = softVetoProbability(FEATURE_NAMES.map(() => 0.5));
    expect(p > 0 && p < 1).toBe(true);
  });

  it("a rewording whose unexplained words are weak evidence is the same claim, with no reason", () => {
    const a = claimFrame("El museo de Bilbao recibirá 85 piezas romanas devueltas por coleccionistas de Italia.", "es");
    const b = claimFrame("Coleccionistas italianos devolverán 85 objetos romanos que pasarán al museo de Bilbao.", "es");
    expect(compareFrames(a, b, rulesOnly).tier).toBe("related");
    const c = compareFrames(a, b);
    expect(c.tier).toBe("same");
    expect(c.reason).toBeNull();
    expect(c.slots.every((s) => s.agrees)).toBe(true);
  });

  it("a one-word flip of a common noun in an otherwise identical claim stays related", () => {
    const c = compareClaims("The district will hire 300 new nurses before the winter, the health board said.", "The district will hire 300 new cleaners before the winter, the health board said.", en);
    expect(c.tier).toBe("related");
    expect(c.reason).toBe("different object: nurses / cleaners");
  });

  it("strong slots stay hard vetoes whatever the model says", () => {
    expect(compareClaims("The district will hire 300 new nurses before the winter.", "The district will hire 30 new nurses before the winter.", en).tier).not.toBe("same");
    expect(compareClaims("Texas will hire 300 new nurses before the winter.", "Ohio will hire 300 new nurses before the winter.", en).tier).not.toBe("same");
  });
});

describe("dev v5: negation", () => {
  it("two negated clauses do not cancel out against a claim with no negation", () => {
    const c = compareClaims("The council will not close the library in March, and staff will not be moved.", "The council will close the library in March and move its staff.", en);
    expect(c.tier).not.toBe("same");
    expect(c.reason).toBe("negation: not, not / (none)");
  });
});

describe("dev v5: places and the glossary gaps", () => {
  const x = { languageA: "es", languageB: "en" } as const;
  it("two cities of one country, each paired only with the country a body implies, are different places", () => {
    const c = compareClaims("La Policía Nacional detuvo a 20 personas en Sevilla por robos en viviendas.", "Spain's National Police arrested 20 people in Granada over home burglaries.", x);
    expect(c.tier).not.toBe("same");
    expect(c.reason).toBe("different place: Sevilla / Granada");
    expect(compareClaims("La Policía Nacional detuvo a 20 personas en Sevilla por robos en viviendas.", "Spain's National Police arrested 20 people in Seville over home burglaries.", x).tier).toBe("same");
  });
  it("a capital standing for its country next to the cities both claims name is no conflict", () => {
    expect(compareClaims("Colombia y Venezuela reabrirán los consulados en Cúcuta y San Cristóbal en enero.", "Bogotá and Caracas will reopen their consulates in Cúcuta and San Cristóbal in January.", x).tier).toBe("same");
  });
  it("a glossary-23 translation is explained (hachís / hashish)", () => {
    expect(compareClaims("La Guardia Civil incautó 900 kilos de hachís en una lancha en Huelva.", "Spain's Civil Guard seized 900 kilos of hashish from a speedboat in Huelva.", x).tier).toBe("same");
  });
});
