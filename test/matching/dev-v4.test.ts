import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/matching";

/**
 * The rules added in dev v4 (docs/matching-history.md, "What changed in dev v4"). Examples written for
 * these tests (none from corpus/matching).
 */
const en = { languageA: "en", languageB: "en" } as const;
const es = { languageA: "es", languageB: "es" } as const;

describe("dev v4 rules", () => {
  it("one qualifier dropped in a close pair is not the same claim", () => {
    const c = compareClaims("The council approved a permanent ban on cars in the old town from June.", "The council approved a ban on cars in the old town from June.", en);
    expect(c.tier).toBe("related");
    expect(c.slots.find((s) => !s.agrees)?.slot).toBe("detail");
  });
  it("a Spanish qualifier dropped: 'huelga indefinida' / 'huelga'", () => {
    const c = compareClaims("Los conductores de autobús convocaron una huelga indefinida desde el lunes en Sevilla.", "Los conductores de autobús convocaron una huelga desde el lunes en Sevilla.", es);
    expect(c.tier).not.toBe("same");
  });
  it("a dropped attribution source is still the same claim", () => {
    expect(compareClaims("Wheat exports fell 12% in March, the farmers' union said.", "Wheat exports fell 12% in March.", en).tier).toBe("same");
    expect(compareClaims("Las exportaciones de trigo cayeron un 12 % en marzo, según el sindicato.", "Las exportaciones de trigo cayeron un 12 % en marzo.", es).tier).toBe("same");
  });
  it("°C and °F: the same number is a unit clash, a conversion agrees", () => {
    expect(compareClaims("The lake warmed by 1.5 °C over the decade.", "The lake warmed by 1.5 °F over the decade.", en).tier).not.toBe("same");
    expect(compareClaims("Seville hit 45 °C on Sunday.", "Seville hit 113 °F on Sunday.", en).tier).toBe("same");
  });
});
