import { describe, expect, it } from "vitest";
import {
  CHECKWORTHY_THRESHOLD,
  scoreSentence,
  splitIntoClaims,
  type ClaimDraft,
  type Language,
} from "@/lib/splitter";

/** A labelled sentence inside a body; the body gives line context (headline position, byline...). */
type Labelled = { sentence: string; checkworthy: boolean; body?: string; language?: Language };

const SEED_MILEI_BODY =
  "El Salvador’s President Nayib Bukele met with Argentine President Javier Milei on Monday at the Casa Rosada in Buenos Aires, marking Bukele’s first official visit to Argentina since Milei took office. The meeting comes amid rising concerns over human rights violations in both countries, as both leaders have faced criticism for their controversial policies.\n" +
  "Both leaders have been praised and criticized for their hardline approaches to crime. Bukele’s administration has been noted for its aggressive crackdown on gang violence, which has led to the arrest of over 74,000 individuals since a state of emergency was declared in March 2022. However, reports indicate that less than a third of those arrested are actual gang members, with many detained based on flimsy evidence.\n" +
  "Bukele and Milei first met during Bukele’s inauguration in June 2024, shortly after Milei assumed the presidency.";

const SEED_VISIT_BODY =
  "President Nayib Bukele to Visit Argentina in September and Meet with President Javier Milei\n\n" +
  "By Eddie Galdamez  |  September 13, 2024\n" +
  "Nayib Bukele to Visit ArgentinaPresident Javier Milei and President Nayib Bukele.\n\n" +
  "Salvadoran President Nayib Bukele will visit Argentina to meet with President Javier Milei at the end of September. Argentinian newspaper La Nacion confirmed Bukele’s visit following the signing of a security agreement between the two nations in June.\n\n" +
  "Milei visited El Salvador on June 1, when Bukele was sworn in and assumed a new term as president. The Argentinian president traveled to El Salvador with the Secretary General of the Presidency, Karina Milei.\n\n" +
  "The Argentinian Minister of Security visited the terrorism confinement center (CECOT), the largest prison in the Americas, and met with Salvadoran officials to gain insights into the country’s security policies.\n\n" +
  "SEE ALSO: El Salvador’s State of Exception; A Security Measure Implemented to Fight Gangs\n\n" +
  "Bukele’s supporters argue that his policies have drastically reduced crime in El Salvador, offering a model for other countries facing criminal violence. However, critics disagree.\n\n" +
  "Both leaders are friends. That is a shame.";

const SEED_CASES: Labelled[] = [
  {
    body: SEED_MILEI_BODY,
    sentence:
      "However, reports indicate that less than a third of those arrested are actual gang members, with many detained based on flimsy evidence.",
    checkworthy: true,
  },
  {
    body: SEED_MILEI_BODY,
    sentence:
      "Bukele’s administration has been noted for its aggressive crackdown on gang violence, which has led to the arrest of over 74,000 individuals since a state of emergency was declared in March 2022.",
    checkworthy: true,
  },
  {
    body: SEED_MILEI_BODY,
    sentence: "Bukele and Milei first met during Bukele’s inauguration in June 2024, shortly after Milei assumed the presidency.",
    checkworthy: true,
  },
  {
    body: SEED_MILEI_BODY,
    sentence: "Both leaders have been praised and criticized for their hardline approaches to crime.",
    checkworthy: false,
  },
  {
    body: SEED_VISIT_BODY,
    sentence: "President Nayib Bukele to Visit Argentina in September and Meet with President Javier Milei",
    checkworthy: false,
  },
  { body: SEED_VISIT_BODY, sentence: "By Eddie Galdamez  |  September 13, 2024", checkworthy: false },
  {
    body: SEED_VISIT_BODY,
    sentence: "Nayib Bukele to Visit ArgentinaPresident Javier Milei and President Nayib Bukele.",
    checkworthy: false,
  },
  {
    body: SEED_VISIT_BODY,
    sentence: "SEE ALSO: El Salvador’s State of Exception; A Security Measure Implemented to Fight Gangs",
    checkworthy: false,
  },
  {
    body: SEED_VISIT_BODY,
    sentence: "Milei visited El Salvador on June 1, when Bukele was sworn in and assumed a new term as president.",
    checkworthy: true,
  },
  {
    body: SEED_VISIT_BODY,
    sentence:
      "Argentinian newspaper La Nacion confirmed Bukele’s visit following the signing of a security agreement between the two nations in June.",
    checkworthy: true,
  },
  {
    body: SEED_VISIT_BODY,
    sentence:
      "The Argentinian Minister of Security visited the terrorism confinement center (CECOT), the largest prison in the Americas, and met with Salvadoran officials to gain insights into the country’s security policies.",
    checkworthy: true,
  },
  {
    body: SEED_VISIT_BODY,
    sentence:
      "Bukele’s supporters argue that his policies have drastically reduced crime in El Salvador, offering a model for other countries facing criminal violence.",
    checkworthy: true,
  },
  { body: SEED_VISIT_BODY, sentence: "However, critics disagree.", checkworthy: false },
  { body: SEED_VISIT_BODY, sentence: "Both leaders are friends.", checkworthy: false },
  { body: SEED_VISIT_BODY, sentence: "That is a shame.", checkworthy: false },
];

/** Stand-alone sentences (scored as their own line, not first line of a body). */
const SENTENCE_CASES: Labelled[] = [
  // English, check-worthy
  { sentence: "Inflation rose 3.5% in March, the statistics office said.", checkworthy: true },
  { sentence: "Unemployment is higher than it was in 2019.", checkworthy: true },
  // A promise is a plan, not a claim (rule book: "A completed act is a claim, a plan is not").
  { sentence: "“We will cut taxes by half,” the minister said on Tuesday.", checkworthy: false },
  { sentence: "The government spent $1.2 billion on new prisons last year.", checkworthy: true },
  { sentence: "According to the IACHR, more than 200 detainees have died in custody.", checkworthy: true },
  // English, not check-worthy
  { sentence: "Why would Milei travel to El Salvador now?", checkworthy: false },
  { sentence: "READ MORE: Inflation hits 5% in Argentina", checkworthy: false },
  { sentence: "Related: Bukele wins re-election with 85% of the vote", checkworthy: false },
  { sentence: "Photo: Presidency of El Salvador", checkworthy: false },
  { sentence: "Salvadoran President Nayib Bukele at the Casa Rosada", checkworthy: false },
  { sentence: "I think this is a great idea.", checkworthy: false },
  { sentence: "Meanwhile, the debate continues.", checkworthy: false },
  // Spanish, check-worthy
  { sentence: "Según la Fiscalía, más de 75.000 personas han sido detenidas desde marzo de 2022.", checkworthy: true, language: "es" },
  { sentence: "El desempleo cayó un 3,5 % en el último trimestre, según el Banco Central.", checkworthy: true, language: "es" },
  { sentence: "El presidente Nayib Bukele llegó a Buenos Aires el lunes.", checkworthy: true, language: "es" },
  { sentence: "«Vamos a reducir la pobreza a la mitad», afirmó el ministro.", checkworthy: false, language: "es" },
  { sentence: "La inflación de Argentina es mayor que la de Chile.", checkworthy: true, language: "es" },
  // Spanish, not check-worthy
  { sentence: "¿Qué pasará con los detenidos?", checkworthy: false, language: "es" },
  { sentence: "Creo que es una vergüenza.", checkworthy: false, language: "es" },
  { sentence: "Ambos presidentes son amigos.", checkworthy: false, language: "es" },
  { sentence: "Por Ana López | 13 de septiembre de 2024", checkworthy: false, language: "es" },
  { sentence: "LEE TAMBIÉN: Bukele viaja a Argentina para reunirse con Milei", checkworthy: false, language: "es" },
  { sentence: "VEA TAMBIÉN: El régimen de excepción cumple dos años", checkworthy: false, language: "es" },
  { sentence: "Sin embargo, los críticos no están de acuerdo.", checkworthy: false, language: "es" },
];

function findClaim(claims: ClaimDraft[], sentence: string): ClaimDraft {
  const c = claims.find((x) => x.text === sentence);
  if (!c) throw new Error(`sentence not produced by the splitter: ${sentence}\ngot: ${claims.map((x) => x.text).join(" | ")}`);
  return c;
}

describe("check-worthiness: seed articles (sentences in their body)", () => {
  it.each(SEED_CASES.map((c) => [c.checkworthy ? "yes" : "no ", c.sentence, c] as const))(
    "%s: %s",
    (_cw, _s, c) => {
      const claim = findClaim(splitIntoClaims(c.body!, c.language ? { language: c.language } : undefined), c.sentence);
      expect(claim.checkworthy).toBe(c.checkworthy);
    },
  );
});

describe("check-worthiness: single sentences", () => {
  it.each(SENTENCE_CASES.map((c) => [c.checkworthy ? "yes" : "no ", c.sentence, c] as const))(
    "%s: %s",
    (_cw, _s, c) => {
      const viaScore = scoreSentence(c.sentence, { language: c.language });
      expect(viaScore.checkworthy).toBe(c.checkworthy);
      // The same sentence alone in a body (but not in headline position) scores the same.
      const body = "Intro line for context.\n" + c.sentence;
      const claims = splitIntoClaims(body, { language: c.language ?? "en" });
      const claim = findClaim(claims, c.sentence);
      expect(claim.checkworthy).toBe(c.checkworthy);
      expect(claim.score).toBe(viaScore.score);
    },
  );
});

describe("scores and reasons", () => {
  const labels = (text: string, ctx?: Parameters<typeof scoreSentence>[1]) =>
    scoreSentence(text, ctx).reasons.map((r) => r.label);

  it("explains figures, dates, attribution and comparisons", () => {
    const l = labels("Inflation rose to 3.5% in March 2022, more than in 2021, the central bank said.");
    expect(l).toEqual(
      expect.arrayContaining(["a percentage", "names a year (2022)", "contains a figure (3.5)", "reports a completed event (rose)"]),
    );
  });

  it("uses Spanish cues for Spanish sentences", () => {
    const l = labels("Según el Gobierno, la pobreza bajó al 30 por ciento en marzo, menos que en 2023.", { language: "es" });
    expect(l).toEqual(
      expect.arrayContaining(["a percentage", "names a year (2023)", "contains a figure (30)", "reports a completed event (bajó)"]),
    );
  });

  it("labels an attributed quote", () => {
    expect(labels("“We are friends,” Bukele said.")).toEqual(expect.arrayContaining(["mostly a quotation", "an attributed quotation"]));
    expect(labels("«Somos amigos», dijo Bukele.", { language: "es" })).toContain("mostly a quotation");
  });

  it("labels layout lines with negative weights", () => {
    const seeAlso = scoreSentence("SEE ALSO: El Salvador’s State of Exception");
    expect(seeAlso.reasons).toContainEqual({ label: "a related-links line: never a claim", weight: expect.any(Number) });
    expect(seeAlso.reasons.find((r) => r.label === "a related-links line: never a claim")!.weight).toBeLessThan(0);
    const byline = scoreSentence("By Eddie Galdamez  |  September 13, 2024");
    expect(byline.reasons.find((r) => r.label === "a byline: never a claim")!.weight).toBeLessThan(0);
    const q = scoreSentence("Is this the end of the gangs?");
    expect(q.reasons.find((r) => r.label === "a question")!.weight).toBeLessThan(0);
  });

  it("treats the first line without final punctuation as a headline", () => {
    const headline = "Bukele says crime fell 70% since 2019";
    const asHeadline = scoreSentence(headline, { isFirstLine: true, lineText: headline });
    expect(asHeadline.reasons.map((r) => r.label)).toContain("a headline: never a claim");
    expect(asHeadline.checkworthy).toBe(false);
    // The same words as a sentence of a paragraph are a claim.
    const inParagraph = scoreSentence(headline + ".", { isFirstLine: false, lineText: "Intro. " + headline + "." });
    expect(inParagraph.checkworthy).toBe(true);
    expect(inParagraph.score).toBeGreaterThan(asHeadline.score);
    // Even a headline that fires every positive cue stays below the threshold.
    const stuffed =
      "“We cut crime by 70%,” Bukele said: the IACHR reported more than 74,000 arrests since March 2022 as Milei visited El Salvador";
    const r = scoreSentence(stuffed, { isFirstLine: true });
    expect(r.reasons.map((x) => x.label)).toEqual(["a headline: never a claim"]);
    expect(r.checkworthy).toBe(false);
  });

  it("ignores first-person words inside quotes but not outside", () => {
    const quoted = labels("“I will win,” Milei said on Monday.");
    expect(quoted).not.toContain("first person (I)");
    expect(quoted).toContain("first person, quoted (I)");
    expect(labels("I will win, Milei said on Monday.")).toContain("first person (I)");
  });

  it("keeps scores in [0,1], rounded, with checkworthy = score >= threshold", () => {
    const all = [...SEED_CASES.map((c) => c.sentence), ...SENTENCE_CASES.map((c) => c.sentence)];
    for (const s of all) {
      const r = scoreSentence(s);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(Math.round(r.score * 100) / 100).toBe(r.score);
      expect(r.checkworthy).toBe(r.score >= CHECKWORTHY_THRESHOLD);
      for (const reason of r.reasons) {
        expect(reason.label.length).toBeGreaterThan(0);
        expect(reason.weight).not.toBe(0);
      }
    }
  });

  it("is deterministic", () => {
    expect(splitIntoClaims(SEED_VISIT_BODY)).toEqual(splitIntoClaims(SEED_VISIT_BODY));
    expect(scoreSentence("Milei visited El Salvador on June 1.")).toEqual(scoreSentence("Milei visited El Salvador on June 1."));
  });

  it("auto-detects the language of the body for splitIntoClaims", () => {
    const es = "El Gobierno informó que la pobreza bajó al 30 por ciento, según datos oficiales.";
    expect(splitIntoClaims(es)).toEqual(splitIntoClaims(es, { language: "es" }));
  });
});
