import { describe, expect, it } from "vitest";
import { crossGated, CROSS_RESIDUE_GATE } from "@/lib/matching/accounting";
import { align } from "@/lib/matching/align";
import { compareFrames, THRESHOLDS } from "@/lib/matching/compare";
import { claimFrame } from "@/lib/matching/frame";

/**
 * The cross-lingual residue gate of dev v14 (docs/matching-history.md, "What changed in dev v14").
 * Examples written for these tests (none from corpus/matching).
 */
const gated = (en: string, es: string) => {
  const a = claimFrame(en, "en"), b = claimFrame(es, "es");
  return { gate: crossGated(a, b, align(a, b)), rules: compareFrames(a, b, { ...THRESHOLDS, soft: undefined }).tier };
};

describe("dev v14: across languages a flagged residue one claim alone keeps goes to the model", () => {
  it("a comparison or record reference one claim alone states is gated", () => {
    const g = gated("Unemployment in Portugal fell to 6.1% in May.", "El paro en Portugal bajó al 6,1 % en mayo, su nivel más bajo en tres años.");
    expect(g.gate).toBe(true);
  });

  it("a noun after a nationality one claim alone states is gated", () => {
    expect(gated("42% of Italian farmers use drones.", "El 42 % de los italianos usa drones.").gate).toBe(true);
  });

  it("a pair with nothing left unexplained is not gated, and the gate can be turned off", () => {
    expect(gated("Unemployment in Portugal fell to 6.1% in May.", "El paro en Portugal bajó al 6,1 % en mayo.").gate).toBe(false);
    const mode = CROSS_RESIDUE_GATE.mode;
    CROSS_RESIDUE_GATE.mode = "off";
    try {
      expect(gated("Unemployment in Portugal fell to 6.1% in May.", "El paro en Portugal bajó al 6,1 % en mayo, su nivel más bajo en tres años.").gate).toBe(false);
    } finally {
      CROSS_RESIDUE_GATE.mode = mode;
    }
  });

  it("within a language nothing is gated", () => {
    const a = claimFrame("Unemployment fell to 6.1% in May.", "en"), b = claimFrame("Unemployment fell to 6.1% in May, the lowest in three years.", "en");
    expect(crossGated(a, b, align(a, b))).toBe(false);
  });
});
