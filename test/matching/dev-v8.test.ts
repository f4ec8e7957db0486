import { describe, expect, it } from "vitest";
import { claimFrame, compareClaims } from "@/lib/matching";

/**
 * The rules added in dev v8 (docs/matching-history.md, "What changed in dev v8"). Examples written for
 * these tests (none from corpus/matching).
 */
const en = { languageA: "en", languageB: "en" } as const;
const es = { languageA: "es", languageB: "es" } as const;

describe("dev v8: figure formats", () => {
  it("'US$' glued to a figure is the dollar, not the place US", () => {
    const f = claimFrame("The city will spend US$30m on new buses.", "en");
    expect(f.units.some((u) => u.kind === "place")).toBe(false);
    expect(compareClaims("The city will spend $30 million on new buses.", "The city will spend US$30m on new buses.", en).tier).toBe("same");
  });
  it("other dollars and reais written before the figure keep their currency", () => {
    const c = compareClaims("Quebec will spend C$2 billion on new hospitals.", "Quebec will spend US$2 billion on new hospitals.", en);
    expect(c.tier).not.toBe("same");
    expect(c.reason).toMatch(/^different unit/);
    expect(compareClaims("El regulador multó a la empresa con 40 millones de reales.", "El regulador multó a la empresa con R$ 40 millones.", es).tier).toBe("same");
    expect(compareClaims("The regulator fined the firm A$40 million.", "The regulator fined the firm $40 million.", en).tier).not.toBe("same");
  });
  it("'Q3' is the third quarter", () => {
    expect(compareClaims("Chile's exports rose 4% in the third quarter, the central bank said.", "Chile's exports rose 4% in Q3, the central bank said.", en).tier).toBe("same");
    expect(compareClaims("Chile's exports rose 4% in Q2, the central bank said.", "Chile's exports rose 4% in Q3, the central bank said.", en).tier).not.toBe("same");
  });
  it("a duration goes on past its unit: 'horas y media', 'and a half'", () => {
    expect(compareClaims("El Gobierno fijó la jornada en 37,5 horas semanales.", "El Gobierno fijó la jornada en 37 horas y media semanales.", es).tier).toBe("same");
    expect(compareClaims("The trial lasted 2.5 hours, the court said.", "The trial lasted 2 hours and a half, the court said.", en).tier).toBe("same");
    expect(compareClaims("El Gobierno fijó la jornada en 38 horas semanales.", "El Gobierno fijó la jornada en 37 horas y media semanales.", es).tier).not.toBe("same");
  });
});

describe("dev v8: a listed form keeps its own concepts", () => {
  it("'international' is not 'internal' / 'domestic' through their shared stem", () => {
    const keysOf = (text: string, word: string) => claimFrame(text, "en").units.find((u) => u.text === word)!.keys.filter((k) => k.startsWith("c:"));
    const domestic = keysOf("The airport will raise fees for domestic flights.", "domestic");
    const international = keysOf("The airport will raise fees for international flights.", "international");
    expect(domestic.length).toBeGreaterThan(0);
    expect(international.filter((k) => domestic.includes(k))).toEqual([]);
  });
});
