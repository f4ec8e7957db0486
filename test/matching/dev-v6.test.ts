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
