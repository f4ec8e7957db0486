import { describe, expect, it } from "vitest";
import { textQuery, type VariantLookup } from "@/lib/search/query";
import { classifyVariants, isStemmable, searchStem, stemPrefix } from "@/lib/search/stemming";
import { stripAccents } from "@/lib/matching/normalize";

const fold = (w: string) => stripAccents(w).toLowerCase();

describe("search stems (accent-folded words, as the index holds them)", () => {
  it.each([
    ["en", ["gang", "gangs"]],
    ["en", ["city", "cities"]],
    ["en", ["arrest", "arrests", "arrested", "arresting"]],
    ["en", ["hope", "hoped", "hoping"]],
    ["es", ["pandilla", "pandillas"]],
    ["es", ["aprobación", "aprobaciones", "aprobó", "aprobaron", "aprobar"]],
    ["es", ["subió", "subir", "subieron"]],
    ["es", ["creció", "crecer", "crecieron"]],
    ["es", ["tenía", "tener"]],
    ["es", ["ley", "leyes"]],
    ["es", ["detenido", "detenidos"]],
  ] as const)("%s: %j share one stem", (language, words) => {
    const stems = new Set(words.map((w) => searchStem(fold(w), language)));
    expect([...stems]).toHaveLength(1);
  });

  it("keeps different words apart", () => {
    expect(searchStem("rose", "en")).not.toBe(searchStem("rosa", "en"));
    expect(searchStem("gang", "en")).not.toBe(searchStem("gangster", "en"));
    expect(searchStem("budget", "es")).not.toBe(searchStem("budgets", "es")); // Spanish leaves an English plural alone
  });

  it("gives the prefix every form starts with, or null when it is too short to scan for", () => {
    expect(stemPrefix("cities", searchStem("cities", "en"))).toBe("cit"); // "citi": "city" has no final i
    expect(stemPrefix("hope", searchStem("hope", "en"))).toBe("hop"); // "hope": "hoping" has no e
    expect(stemPrefix("gangs", searchStem("gangs", "en"))).toBe("gang");
    expect(stemPrefix("subio", searchStem("subio", "es"))).toBe("sub");
    expect(stemPrefix("olas", "ol")).toBeNull();
    expect(stemPrefix("policy", searchStem("policy", "en"))).toBe("polic");
    expect(isStemmable("74")).toBe(false);
    expect(isStemmable("covid19")).toBe(false);
    expect(isStemmable("de")).toBe(false);
  });

  it("sorts vocabulary words into forms of every language and forms of one language only", () => {
    const v = classifyVariants("gangs", ["gang", "gangs", "gangster", "ganga"], ["en", "es"]);
    expect(v.any).toEqual(["gangs"]);
    expect(v.only).toEqual({ en: ["gang"] }); // Spanish keeps the English plural apart
    expect(classifyVariants("gangs", ["gang", "gangster"], ["en"])).toEqual({ any: ["gangs", "gang"], only: {} });
    const es = classifyVariants("aprobo", ["aprob", "aprobaron", "aprobacion", "aprobaciones", "aproximado"], ["en", "es"]);
    expect(es.only.es).toEqual(["aprob", "aprobaron", "aprobacion", "aprobaciones"]);
  });
});

describe("the text query with word forms", () => {
  const lookup: VariantLookup = (word) =>
    ({ gangs: { any: ["gangs"], only: { en: ["gang"] } }, members: { any: ["members", "member"], only: {} } })[word] ?? { any: [word], only: {} };

  it("ranks and highlights every form, and binds a one-language form to that language's claims", () => {
    const q = textQuery("gangs members", undefined, lookup)!;
    expect(q.text).toBe('(("gangs" OR "gang") AND ("members" OR "member"))');
    expect(q.match).toBe(
      '(({text notes evidence} : "gangs" OR ({text notes evidence} : "gang" AND meta : "len")) AND {text notes evidence} : ("members" OR "member"))',
    );
    expect(q).toMatchObject({ bound: true, single: false });
  });

  it("leaves phrases, prefixes, numbers and exclusions as typed where they are not words", () => {
    expect(textQuery('"gangs members" gang*', undefined, lookup)!.text).toBe('("gangs members" AND "gang"*)');
    expect(textQuery("74,000 -gangs", undefined, lookup)!).toMatchObject({
      text: '("74 000") NOT (("gangs" OR "gang"))',
      bound: true,
    });
    expect(textQuery("members", undefined, lookup)).toEqual({
      text: '("members" OR "member")',
      match: '{text notes evidence} : ("members" OR "member")',
      bound: false,
      single: true,
    });
  });
});
