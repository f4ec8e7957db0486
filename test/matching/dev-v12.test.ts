import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/matching";

/**
 * The rules added in dev v12 (docs/matching-history.md, "What changed in dev v12"). Examples written for
 * these tests (none from corpus/matching).
 */
const es = { languageA: "es", languageB: "es" } as const;
const en = { languageA: "en", languageB: "en" } as const;

describe("dev v12: figure formats", () => {
  it("'ºC' written with the ordinal indicator is degrees Celsius", () => {
    expect(compareClaims("Murcia alcanzó 44,1 grados el viernes.", "Murcia alcanzó 44,1 ºC el viernes.", es).tier).toBe("same");
    expect(compareClaims("Murcia alcanzó 44,1 grados el viernes.", "Murcia alcanzó 41,4 ºC el viernes.", es).reason).toMatch(/figure/);
  });

  it("fifths and tenths of a whole are percentages, also when the count is a number word", () => {
    expect(compareClaims("Nine-tenths of the wells in the county are dry.", "90% of the wells in the county are dry.", en).tier).toBe("same");
    expect(compareClaims("Two-fifths of the wells in the county are dry.", "60% of the wells in the county are dry.", en).reason).toMatch(/figure/);
    expect(compareClaims("Dos quintas partes de los pozos del condado están secos.", "El 40 % de los pozos del condado están secos.", es).tier).toBe("same");
  });
});

describe("dev v12: glossary gaps", () => {
  const esEn = { languageA: "es", languageB: "en" } as const;
  it("'metro cuadrado' is 'square metre'", () => {
    expect(compareClaims("Cayeron 95 litros por metro cuadrado en Girona en seis horas.", "Girona got 95 litres per square metre in six hours.", esEn).reason ?? "").not.toMatch(/cuadrado|square/);
  });
});

describe("dev v12: a negated comparative states a record", () => {
  it("'no month has been warmer than', 'never been hotter than', 'más alta jamás medida' are no negation", () => {
    expect(compareClaims("August 2026 was the wettest month ever recorded in Leeds, with 212 mm of rain.", "No month on record in Leeds has been wetter than August 2026, with 212 mm of rain.", en).reason ?? "").not.toMatch(/negation/);
    expect(compareClaims("Córdoba registró 47,1 grados el lunes, la temperatura más alta jamás medida en la ciudad.", "Córdoba registró 47,1 grados el lunes, la mayor temperatura de su historia.", es).reason ?? "").not.toMatch(/negation/);
  });

  it("a negation that bounds a figure or a verb stays what it was", () => {
    expect(compareClaims("The bank said inflation will be no more than 3% next year.", "The bank said inflation will be 3% next year.", en).tier).not.toBe("same");
    expect(compareClaims("The union did not accept the offer.", "The union accepted the offer.", en).reason).toMatch(/negation/);
  });
});
