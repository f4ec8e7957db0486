import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/matching";

/**
 * The rules added in dev v12 (docs/matching.md, "What changed in dev v12"). Examples written for
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
