import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/matching";
import { claimFrame } from "@/lib/matching/frame";
import { romanValue } from "@/lib/matching/roman";

/**
 * Dev v18 (docs/matching.md, "What changed in dev v18"): Roman numerals are figures. Examples
 * written for these tests (none from corpus/matching).
 */
describe("dev v18: Roman numerals", () => {
  it("reads canonical capitals from II to XXXIX, and nothing else", () => {
    expect([romanValue("II"), romanValue("IV"), romanValue("XVI"), romanValue("XIX"), romanValue("XXXIX")]).toEqual([2, 4, 16, 19, 39]);
    for (const word of ["I", "V", "X", "IIII", "VX", "IC", "xvi", "MD", "XL"]) expect(romanValue(word)).toBeUndefined();
  });

  it("makes 'siglo XV' and 'siglo XVIII' different figures, and 'siglo XVI' the '16th century'", () => {
    const frame = claimFrame("El museo compró un retablo del siglo XVI.", "es");
    expect(frame.units.find((u) => u.text === "XVI")?.quantity).toEqual({ value: 16, year: false });
    const centuries = compareClaims("El museo de Valladolid compró un retablo del siglo XV.", "El museo de Valladolid compró un retablo del siglo XVIII.", { languageA: "es", languageB: "es" });
    expect(centuries.tier).not.toBe("same");
    expect(centuries.reason).toMatch(/^different figure: XV \/ XVIII/);
    const across = compareClaims("The Valladolid museum bought a 16th-century altarpiece.", "El museo de Valladolid compró un retablo del siglo XVI.", { languageA: "en", languageB: "es" });
    expect(across.slots.find((s) => s.slot === "figure")).toMatchObject({ agrees: true });
  });
});
