import { describe, expect, it } from "vitest";
import { claimFrame, compareClaims } from "@/lib/matching";

/**
 * The rules added in dev v9 (docs/matching-history.md, "What changed in dev v9"). Examples written for
 * these tests (none from corpus/matching).
 */
const en = { languageA: "en", languageB: "en" } as const;
const es = { languageA: "es", languageB: "es" } as const;
const enEs = { languageA: "en", languageB: "es" } as const;
const figures = (text: string, language: "en" | "es") => claimFrame(text, language).units.filter((u) => u.kind === "quantity").map((u) => u.quantity!.value);

describe("dev v9: figure formats", () => {
  it("a plain space between digit groups is a thousands separator", () => {
    expect(figures("La región recibió 12 400 visitantes en agosto.", "es")).toEqual([12400]);
    expect(figures("The port handled 1 250 000 containers in 2024.", "en")).toEqual([1250000, 2024]);
  });
  it("a glued 'm' before what only millions count is a million", () => {
    expect(figures("The mine produced 12m tonnes of ore.", "en")).toEqual([12e6]);
    expect(figures("The club built a 5m wall.", "en")).toEqual([5]);
  });
  it("decades, basis points, cents and square metres are units", () => {
    expect(compareClaims("Las exportaciones de cobre cayeron a su nivel más bajo en tres décadas.", "Las exportaciones de cobre cayeron a su nivel más bajo en 30 años.", es).tier).toBe("same");
    expect(compareClaims("The central bank cut its key rate by 50 basis points to 4%.", "El banco central recortó su tasa de referencia en 50 puntos básicos, hasta el 4 %.", enEs).tier).toBe("same");
    expect(compareClaims("Bus fares will rise by 20 cents in March.", "Bus fares will rise by 20% in March.", en).tier).not.toBe("same");
    expect(claimFrame("Se vendieron 90 metros cuadrados.", "es").units.find((u) => u.kind === "quantity")!.quantity!.unit!.id).toBe("m2");
  });
});

describe("dev v9: words", () => {
  it("a stem that cuts a long suffix gives a listed word no synonyms ('international' is not 'domestic')", () => {
    expect(compareClaims("The airline will cut fares on domestic routes for two months.", "The airline will cut fares on international routes for two months.", en).tier).not.toBe("same");
  });
  it("the general glossary translates common news words", () => {
    expect(compareClaims("The city will replace lead pipes in 3,000 homes.", "La ciudad sustituirá las tuberías de plomo de 3.000 viviendas.", enEs).tier).toBe("same");
  });
  it("a claim that adds a figure says more even when the other's unpaired words are explained", () => {
    expect(compareClaims("The town will spend $4 million to replace lead pipes in 3,000 homes.", "La ciudad sustituirá las tuberías de plomo de 3.000 viviendas.", enEs).tier).not.toBe("same");
  });
});
