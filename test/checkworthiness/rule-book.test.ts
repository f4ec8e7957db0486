/**
 * The rule book's examples and the sentences quoted in issue 12, scored by the shipped model.
 */
import { describe, expect, it } from "vitest";
import { CHECKWORTHY_THRESHOLD, scoreSentence, splitIntoClaims } from "@/lib/splitter";
import { LAYOUT_EXAMPLES, RULE_BOOK_EXAMPLES } from "./rule-book-examples";

const labelsOf = (text: string, language: "en" | "es") => scoreSentence(text, { language }).reasons.map((r) => r.label);

describe("rule book examples, one sentence each", () => {
  it.each(RULE_BOOK_EXAMPLES.map((e) => [e.language, e.kind, e.checkworthy ? "yes" : "no", e.text, e] as const))(
    "%s %s (%s): %s",
    (_l, _k, _cw, _t, e) => {
      const r = scoreSentence(e.text, { language: e.language });
      expect(r.checkworthy).toBe(e.checkworthy);
      expect(r.checkworthy).toBe(r.score >= CHECKWORTHY_THRESHOLD);
    },
  );

  it("covers every kind of the rule book in both languages", () => {
    for (const language of ["en", "es"] as const) {
      const kinds = new Set(RULE_BOOK_EXAMPLES.filter((e) => e.language === language).map((e) => e.kind));
      for (const kind of ["figure", "event", "attribution", "comparison", "causal", "record", "quote-fact", "opinion", "feeling", "prediction", "plan", "question", "non-answer", "procedural", "promotion", "personal", "vague"]) {
        expect(kinds, `${language} ${kind}`).toContain(kind);
      }
    }
  });
});

describe("layout kinds in their place in an article", () => {
  it.each(LAYOUT_EXAMPLES.map((e) => [e.language, e.kind, e.sentence, e] as const))("%s %s: %s", (_l, _k, _s, e) => {
    const claim = splitIntoClaims(e.body, { language: e.language }).find((c) => c.text === e.sentence);
    expect(claim).toBeDefined();
    expect(claim!.checkworthy).toBe(false);
    expect(claim!.reasons[0].weight).toBeLessThan(0);
  });
});

describe("explanations in plain words", () => {
  it("names what moved the score", () => {
    expect(labelsOf("The minister resigned after a dispute with the prime minister over the pension reform.", "en")).toContain(
      "reports a completed event (resigned)",
    );
    expect(labelsOf("A spokesman declined to say when the report would be released.", "en")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^a non-answer/)]),
    );
    expect(labelsOf("The bridge will reopen in the spring.", "en")).toEqual(expect.arrayContaining([expect.stringMatching(/^a plan or future tense/)]));
    expect(labelsOf("Unemployment fell to 4.1% in March.", "en")).toEqual(expect.arrayContaining(["a percentage", "contains a figure (4.1)"]));
    expect(labelsOf("La empresa no respondió a las consultas de este diario.", "es")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^a non-answer/)]),
    );
    expect(labelsOf("El ministerio presentará el proyecto la próxima semana.", "es")).toEqual(
      expect.arrayContaining([expect.stringMatching(/future/)]),
    );
  });

  it("gives at most five short reasons, never hash ids, each with a non-zero weight", () => {
    for (const e of RULE_BOOK_EXAMPLES) {
      const { reasons } = scoreSentence(e.text, { language: e.language });
      expect(reasons.length).toBeGreaterThan(0);
      expect(reasons.length).toBeLessThanOrEqual(5);
      expect(new Set(reasons.map((r) => r.label)).size).toBe(reasons.length);
      for (const r of reasons) {
        expect(r.label).toMatch(/^[\p{L}"“”'’(). ,:;…–-]|^the word/u);
        expect(r.label).not.toMatch(/\b(?:w|b|s|pb):|\d{5,}|bucket|hash/);
        expect(r.label.length).toBeLessThan(80);
        expect(r.weight).not.toBe(0);
      }
    }
  });

  it("does not read 'adds', 'report' or 'Read the full report' as attribution", () => {
    for (const text of [
      "The new line adds pressure on a network that is already stretched.",
      "The department's report, published in March, runs to 240 pages.",
      "Read the full report here.",
    ]) {
      expect(labelsOf(text, "en").some((l) => l.startsWith("attributed to a source"))).toBe(false);
    }
  });

  it("does not let a weekday alone make a claim", () => {
    expect(scoreSentence("Residents at Tuesday's meeting were divided.", { language: "en" }).checkworthy).toBe(false);
    expect(scoreSentence("Hubo momentos de tensión en la reunión del martes.", { language: "es" }).checkworthy).toBe(false);
  });
});
