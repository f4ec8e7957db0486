import { describe, expect, it } from "vitest";
import { compareClaims } from "@/lib/matching";

/**
 * The rules and glossary entries added in dev v13 (docs/matching-history.md, "What changed in dev v13").
 * Examples written for these tests (none from corpus/matching).
 */
const enEs = { languageA: "en", languageB: "es" } as const;

describe("dev v13: across languages a figure one claim alone adds", () => {
  it("a figure in digits that only one claim states is a detail, even with a word left untranslated", () => {
    const c = compareClaims("The carmaker will open a $4 billion plant in Ohio that will employ 2,500 people.", "El fabricante de coches abrirá en Ohio una planta que dará empleo a 2.500 personas.", enEs);
    expect(c.tier).not.toBe("same");
    expect(c.reason).toMatch(/one says more/);
  });
});

describe("dev v13: glossary gaps", () => {
  it("'season' / 'campaña', 'former treasurer' / 'extesorero', 'copies' / 'ejemplares' are translations", () => {
    expect(compareClaims("Spain harvested 1.2 million tonnes of rice this season.", "España cosechó 1,2 millones de toneladas de arroz esta campaña.", enEs).reason ?? "").not.toMatch(/season|campaña/);
    expect(compareClaims("The former treasurer was sentenced to four years.", "El extesorero fue condenado a cuatro años.", enEs).reason ?? "").not.toMatch(/treasurer|extesorero/);
    expect(compareClaims("The novel sold 300,000 copies in 2025.", "La novela vendió 300.000 ejemplares en 2025.", enEs).reason ?? "").not.toMatch(/copies|ejemplares/);
  });
});
