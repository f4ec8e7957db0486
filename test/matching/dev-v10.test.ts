import { describe, expect, it } from "vitest";
import { claimFrame, compareClaims } from "@/lib/matching";

/**
 * The rules added in dev v10 (docs/matching-history.md, "What changed in dev v10"). Examples written for
 * these tests (none from corpus/matching).
 */
const en = { languageA: "en", languageB: "en" } as const;
const es = { languageA: "es", languageB: "es" } as const;
const enEs = { languageA: "en", languageB: "es" } as const;
const figure = (text: string, language: "en" | "es") => claimFrame(text, language).units.find((u) => u.kind === "quantity")!.quantity!;

describe("dev v10: periods", () => {
  it("relative periods of different lengths disagree, across languages too", () => {
    expect(compareClaims("Car sales rose 5% last month, the dealers' association said.", "Car sales rose 5% last year, the dealers' association said.", en).tier).not.toBe("same");
    expect(compareClaims("Car sales rose 5% last week.", "Las ventas de coches subieron un 5 % el mes pasado.", enEs).tier).not.toBe("same");
    expect(compareClaims("Car sales rose 5% last week.", "Las ventas de coches subieron un 5 % la semana pasada.", enEs).tier).toBe("same");
  });
  it("a duration against a figure of time: equal is no missing figure, unequal disagrees", () => {
    expect(compareClaims("The ministry declared a 30-day alert over the floods in two provinces.", "El ministerio declaró la alerta durante 45 días por las inundaciones en dos provincias.", enEs).reason).toMatch(/figure/);
    expect(compareClaims("Los pilotos harán una huelga de 48 horas en el aeropuerto.", "Los pilotos harán huelga durante dos días en el aeropuerto.", es).reason ?? "").not.toMatch(/figure/);
  });
  it("the twelve months to a month are the year that ends there", () => {
    const figureConflict = (a: string, b: string) => compareClaims(a, b, en).slots.some((s) => s.slot === "figure" && !s.agrees);
    expect(figureConflict("Exports fell 12% between May 2025 and April 2026, the agency said.", "Exports fell 12% in the 12 months to April 2026, the agency said.")).toBe(false);
    expect(figureConflict("Exports fell 12% between May 2024 and April 2026, the agency said.", "Exports fell 12% in the 12 months to April 2026, the agency said.")).toBe(true);
  });
  it("'before' bounds a month, and a record one claim states across languages is not dropped", () => {
    expect(compareClaims("The bridge will reopen in June 2027.", "El puente reabrirá antes de junio de 2027.", enEs).tier).not.toBe("same");
    expect(compareClaims("The bridge will reopen before June 2027.", "El puente reabrirá antes de junio de 2027.", enEs).tier).toBe("same");
    expect(compareClaims("Madrid recorded 44.1C on Sunday, its hottest day on record.", "Madrid registró 44,1 °C el domingo.", enEs).tier).not.toBe("same");
  });
});

describe("dev v10: figures", () => {
  it("'de hasta' is an upper bound; against a figure said as possible it agrees", () => {
    expect(figure("Habrá multas de hasta 600 euros.", "es").comparator?.kind).toBe("le");
    expect(compareClaims("Se esperan temperaturas de hasta 41 grados en Sevilla el viernes.", "El termómetro podría llegar a los 41 grados en Sevilla el viernes.", es).reason ?? "").not.toMatch(/comparator/);
    expect(compareClaims("The city raised parking fines by 10%.", "La ciudad subió las multas de aparcamiento en un porcentaje de hasta el 10 %.", enEs).tier).not.toBe("same");
  });
  it("'nearly' is a bound below the figure", () => {
    expect(compareClaims("The library lent 52,000 books last year.", "The library lent nearly 52,000 books last year.", en).tier).not.toBe("same");
  });
  it("'M€' is millions of euros and a euro sign after the figure is the euro", () => {
    expect(figure("El Gobierno aprobó 2.300 M€ para la red.", "es")).toMatchObject({ value: 2.3e9, unit: { id: "eur" } });
    expect(figure("La entrada cuesta 25 € por persona.", "es").unit?.id).toBe("eur");
  });
});

describe("dev v10: glossary gaps", () => {
  it("translates words two authors left unexplained", () => {
    expect(compareClaims("The city will spend $12 million on new bike lanes.", "La ciudad destinará 12 millones de dólares a nuevos carriles bici.", enEs).tier).toBe("same");
    expect(compareClaims("The fossil belongs to a reptile that lived 80 million years ago.", "El fósil pertenece a un reptil que vivió hace 80 millones de años.", enEs).tier).toBe("same");
  });
});
