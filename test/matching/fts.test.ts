import { describe, expect, it } from "vitest";
import { FTS_MAX_TERMS, ftsQueryFor } from "@/lib/matching";
import { ftsTable } from "./fts-table";

// A real FTS5 table proves that every generated expression parses.
const matches = ftsTable([
  "La megacárcel construida por Bukele tiene capacidad para 40.000 reclusos.",
  "Argentina’s Security Minister Patricia Bullrich visited El Salvador to sign agreements.",
  "Electric cars accounted for 18% of new car sales worldwide last year.",
  "The union called a national strike for next Thursday.",
]);

describe("ftsQueryFor", () => {
  it("ORs quoted prefix terms, accent-free", () => {
    const q = ftsQueryFor("Bukele construyó una megacárcel con capacidad para 40 mil presos.", "es");
    expect(q).toBe('"bukel"* OR "construy"* OR "megacarcel"* OR "capac"* OR "pres"*');
  });

  it("finds reworded candidates in both languages", () => {
    expect(matches(ftsQueryFor("Bukele construyó una megacárcel con capacidad para 40 mil presos.", "es"))[0]).toBe(1);
    expect(
      matches(ftsQueryFor("An Argentine delegation headed by Patricia Bullrich traveled to El Salvador.", "en"))[0],
    ).toBe(2);
    expect(matches(ftsQueryFor("Last year, 18 percent of all new cars sold globally were electric.", "en"))[0]).toBe(3);
  });

  it("uses a prefix that the surface word really starts with when the stem rewrites it", () => {
    expect(ftsQueryFor("city", "en")).toBe('"cit"*'); // stem "citi" is not a prefix of "city"
    expect(ftsQueryFor("cities", "en")).toBe('"citi"*');
  });

  it(`keeps at most ${FTS_MAX_TERMS} terms, preferring long words and names`, () => {
    const q = ftsQueryFor(
      "Argentina’s Security Minister Patricia Bullrich visited El Salvador to sign agreements with the Bukele government and its prosecutors",
      "en",
    );
    const terms = q.split(" OR ");
    expect(terms).toHaveLength(FTS_MAX_TERMS);
    expect(terms).toContain('"bullrich"*');
    expect(terms).not.toContain('"sign"*');
  });

  it('returns "" when nothing usable remains', () => {
    for (const text of ["", "   ", "the of and", "el de la", "!!! ??? *** ()", "74,000 2024", "\"\"\""]) {
      expect(ftsQueryFor(text)).toBe("");
    }
  });

  it.each([
    'foo" OR bar',
    '"unterminated',
    "budget) OR (1=1",
    "prices AND wages NOT taxes",
    "NEAR(inflation wages, 5)",
    "inflat* wag*",
    "body:inflation ^start",
    "inflation + wages - taxes",
    "OR AND NOT NEAR",
    "'; DROP TABLE claims_fts; --",
    "Bukele’s “mega-prison” {CECOT} [40,000] <inmates>",
    "Ελλάδα και Αθήνα 東京 محمد",
  ])("cannot break out of quoting: %s", (text) => {
    const q = ftsQueryFor(text);
    expect(q).not.toBe("");
    // every term is a quoted string followed by *, joined only by OR
    expect(q).toMatch(/^"[^"]+"\*( OR "[^"]+"\*)*$/);
    expect(() => matches(q)).not.toThrow();
  });

  it("turns FTS5 operators typed by a user into plain quoted terms", () => {
    const q = ftsQueryFor("prices AND wages NOT taxes NEAR inflation", "en");
    expect(q).toContain('"and"*');
    expect(q).toContain('"near"*');
    expect(() => matches(q)).not.toThrow();
  });
});
