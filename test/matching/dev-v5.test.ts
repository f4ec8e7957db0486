import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/matching";

/**
 * The rules added in dev v5 (docs/matching.md, "What changed in dev v5"). Examples written for
 * these tests (none from corpus/matching).
 */
const en = { languageA: "en", languageB: "en" } as const;

describe("dev v5: negation", () => {
  it("two negated clauses do not cancel out against a claim with no negation", () => {
    const c = compareClaims("The council will not close the library in March, and staff will not be moved.", "The council will close the library in March and move its staff.", en);
    expect(c.tier).not.toBe("same");
    expect(c.reason).toBe("negation: not, not / (none)");
  });
});
