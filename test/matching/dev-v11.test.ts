import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/matching";

/**
 * The rules added in dev v11 (docs/matching-history.md, "What changed in dev v11"). Examples written for
 * these tests (none from corpus/matching).
 */
describe("dev v11: figures", () => {
  it("'half as many' / 'half as much' is a multiplier of one half, against 'el doble' it disagrees", () => {
    const esEn = { languageA: "es", languageB: "en" } as const;
    expect(compareClaims("El puerto recibió 4.200 cruceros en 2026, el doble que en 2025.", "The port received 4,200 cruise ships in 2026, half as many as in 2025.", esEn).reason).toMatch(/figure/);
    expect(compareClaims("El puerto recibió 4.200 cruceros en 2026, la mitad que en 2025.", "The port received 4,200 cruise ships in 2026, half as many as in 2025.", esEn).tier).toBe("same");
  });
});
