import { describe, expect, it } from "vitest";
import { claimFrame, compareClaims, compareFrames, THRESHOLDS } from "@/lib/matching";

/**
 * The rules added in dev v6 (docs/matching-history.md, "What changed in dev v6"). Examples written for
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

describe("dev v6: a loose pair the rules pass is weighed by the model", () => {
  const es = { languageA: "es", languageB: "es" } as const;
  it("a topic neighbour sharing its subject is related, with its unexplained words as the reason", () => {
    const a = "El Museo del Prado de Madrid cerrará sus salas de Goya por una avería en la climatización.";
    const b = "El Museo del Prado de Madrid recibió un récord de visitantes en sus salas de Goya.";
    expect(compareFrames(claimFrame(a, "es"), claimFrame(b, "es"), { ...THRESHOLDS, soft: undefined }).tier).toBe("same");
    const c = compareClaims(a, b, es);
    expect(c.tier).toBe("related");
    expect(c.reason).toBe("different object: 'cerrará', 'avería', 'climatización' / 'recibió', 'visitantes'");
  });
  it("a loose rewording that keeps the figures is still the same claim", () => {
    expect(compareClaims("El paro en Andalucía bajó al 15,2 % en el tercer trimestre, según la EPA.", "Según la EPA, la tasa de desempleo andaluza se redujo hasta el 15,2 % entre julio y septiembre.", es).tier).toBe("same");
  });
});
