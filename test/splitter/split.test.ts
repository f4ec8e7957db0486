import { describe, expect, it } from "vitest";
import { splitSentences, type Language, type SentenceSpan } from "@/lib/splitter";

type Case = { name: string; input: string; expected: string[]; language?: Language };

/** Offsets must point at the text, spans must be trimmed, non-empty, ordered and non-overlapping. */
function expectConsistent(body: string, spans: SentenceSpan[]): void {
  let prevEnd = 0;
  for (const s of spans) {
    expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.text).toBe(s.text.trim());
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = s.end;
  }
}

/** A case whose input is just its sentences, one space between them. */
function spaced(name: string, expected: string[]): Case {
  return { name, input: expected.join(" "), expected };
}

/** A case whose input is its sentences with nothing between them. */
function glued(name: string, expected: string[]): Case {
  return { name, input: expected.join(""), expected };
}

/** A case whose input is its sentences, one a line. */
function onLines(name: string, expected: string[]): Case {
  return { name, input: expected.join("\n"), expected };
}

const EN_CASES: Case[] = [
  spaced("titles and U.S. (Intl.Segmenter breaks after both)", ["Dr. Smith met the U.S. envoy.", "He left."]),
  spaced("Mr./Mrs., a.m. mid-sentence, p.m. at sentence end", ["Mr. and Mrs. Jones arrived at 9 a.m. on Monday.", "They left at 5 p.m.", "The talks failed."]),
  spaced("Gov., Sen., Rep., Gen., Ms.", ["Gov. Smith, Sen. Jones and Rep. Brown spoke.", "Gen. Lee and Ms. Park agreed."]),
  spaced("St. as street at the end and as saint before a name", ["He lives on Main St.", "The house is old.", "St. Louis is far."]),
  spaced("U.S. ending a sentence vs U.S. before a noun", ["The U.S. Senate voted.", "He moved to the U.S.", "The move was big."]),
  spaced("U.K., U.N., E.U. and month abbreviation before a number", ["The U.K. and the U.N. agreed on Jan. 5.", "The E.U. did not."]),
  spaced("month abbreviations and St.", ["He was born on Jan. 5, 1990 in St. Louis.", "He died in Oct. 2020."]),
  spaced("No. before a number", ["See No. 5 on the list.", "It was great."]),
  spaced(
    "Univ., Inc., Corp., Ltd.",
    [
      "She studied at Harvard Univ. in 1990.",
      "Acme Inc. bought Widget Corp. for $5 million.",
      "Shares of Foo Ltd. rose.",
    ],
  ),
  spaced(
    "vs., e.g., i.e., etc. followed by lower case",
    ["Smith vs. Jones was decided.", "Some items, e.g. guns, i.e. rifles, etc. were seized.", "The rest was returned."],
  ),
  spaced("etc. ending a sentence", ["They seized guns, drugs, etc.", "The police said so."]),
  spaced("initials", ["J. K. Mbeki said so.", "Then he left."]),
  spaced("initials at the start of a sentence", ["A. Smith and B. Jones wrote it.", "C. Brown edited."]),
  spaced("decimals, percentages and currencies", ["Inflation rose 3.5% in March.", "Prices hit $1.2 billion, up from €310 million."]),
  spaced("thousands separators (comma and period)", ["Police arrested over 74,000 people.", "The figure was 74.000 in Spanish notation."]),
  spaced("curly quote with comma inside", ["“It will be a very good meeting,” he said.", "Then he left."]),
  spaced("straight quotes with comma and period inside", ["\"It is over,\" she said.", "\"We won.\""]),
  spaced("question mark inside quotes followed by lower case", ["\"Why?\" she asked.", "\"Because.\""]),
  spaced("period inside closing quote followed by capital", ["He called it “a model.”", "Others disagreed."]),
  spaced(
    "quote ending the seed paragraph, then the source",
    [
      "“The president will land in Argentina at the end of the month for an official visit.”",
      "La Nacion Newspaper.",
    ],
  ),
  spaced("unicode ellipsis followed by capital", ["He paused…", "Then he spoke."]),
  spaced("ASCII ellipsis followed by lower case", ["She waited... and waited.", "Nothing."]),
  spaced("ellipsis with comma inside quotes", ["“We will win...,” he said.", "Nobody believed him."]),
  spaced("URLs and domains", ["Visit example.com for more.", "See https://x.org/a.b for details.", "Done."]),
  spaced("domain ending a sentence", ["Read it at www.bbc.co.uk.", "The site is down."]),
  spaced("e-mail address", ["Write to john.doe@x.org.", "Thanks for reading."]),
  glued("sentences glued without a space", ["They trained the security forces.", "President Nayib Bukele said so."]),
  spaced("capitalised domain is not split", ["Visit La.Nacion.com today."]),
  glued("glued after a closing quote", ["Milei and I are friends.”", "The meeting ended."]),
  {
    name: "CRLF line endings",
    input: "Line one\r\nLine two. Second sentence.\r\n",
    expected: ["Line one", "Line two.", "Second sentence."],
  },
  {
    name: "numbered list markers",
    input: "1. The first point\n2. The second point",
    expected: ["The first point", "The second point"],
  },
  spaced("parenthesised sentence", ["The vote was 52-48.", "(Two abstained.)", "It passed."]),
  spaced("repeated and mixed terminators", ["What a day!!!", "Amazing?!", "Yes."]),
  glued("terminators glued to capitals", ["Wait!", "Really?", "Yes."]),
  spaced("a year ends a sentence before a number", ["It happened in 2022.", "74,000 people were arrested."]),
  {
    name: "surrounding whitespace is trimmed",
    input: "   Leading spaces.   Trailing spaces.   ",
    expected: ["Leading spaces.", "Trailing spaces."],
  },
  {
    name: "no-break space between sentences",
    input: "First one.\u00a0Second one.",
    expected: ["First one.", "Second one."],
  },
  spaced("all capitals", ["DR. SMITH MET THE U.S. ENVOY.", "HE LEFT."]),
  {
    name: "line without alphanumerics is dropped",
    input: "First.\n***\n…\nSecond.",
    expected: ["First.", "Second."],
  },
  onLines("a line break always ends a sentence", ["Call Dr.", "Smith later."]),
  spaced("emoji (surrogate pairs) keep offsets", ["😀 Hello there.", "🎉 Party time!"]),
  {
    name: "headline, byline and caption lines of the seed article",
    input:
      "President Nayib Bukele to Visit Argentina in September and Meet with President Javier Milei\n\n" +
      "By Eddie Galdamez  |  September 13, 2024\n" +
      "Nayib Bukele to Visit ArgentinaPresident Javier Milei and President Nayib Bukele.\n\n" +
      "Salvadoran President Nayib Bukele will visit Argentina to meet with President Javier Milei at the end of September. " +
      "Argentinian newspaper La Nacion confirmed Bukele’s visit following the signing of a security agreement between the two nations in June.\n\n" +
      "SEE ALSO: El Salvador’s State of Exception; A Security Measure Implemented to Fight Gangs\n",
    expected: [
      "President Nayib Bukele to Visit Argentina in September and Meet with President Javier Milei",
      "By Eddie Galdamez  |  September 13, 2024",
      "Nayib Bukele to Visit ArgentinaPresident Javier Milei and President Nayib Bukele.",
      "Salvadoran President Nayib Bukele will visit Argentina to meet with President Javier Milei at the end of September.",
      "Argentinian newspaper La Nacion confirmed Bukele’s visit following the signing of a security agreement between the two nations in June.",
      "SEE ALSO: El Salvador’s State of Exception; A Security Measure Implemented to Fight Gangs",
    ],
  },
  {
    name: "seed paragraph with a quote introduced by a comma",
    input:
      "Bukele expressed optimism about the meeting beforehand, stating, “It will be a very good meeting; Milei and I are friends.”\n" +
      "Both leaders have been praised and criticized for their hardline approaches to crime.",
    expected: [
      "Bukele expressed optimism about the meeting beforehand, stating, “It will be a very good meeting; Milei and I are friends.”",
      "Both leaders have been praised and criticized for their hardline approaches to crime.",
    ],
  },
];

/** Spanish inputs, split with the "es" hint. */
const ES_CASES: Case[] = ([
  spaced("¿…? and ¡…!", ["¿Qué pasó?", "Nadie sabe.", "¡Increíble!", "Así es."]),
  spaced("question inside a sentence", ["Y entonces, ¿qué hacemos?", "Nadie contestó."]),
  spaced("a sentence starting with ¿ ends at ? even before lower case", ["¿Vienes?", "le preguntó."]),
  spaced("dialogue dash continues the sentence", ["—¿Vienes? —preguntó ella."]),
  spaced("question then number with thousands period", ["¿Cuántos?", "25.000, según el Sr. López."]),
  spaced("EE. UU. ending a sentence and mid-sentence", ["Viajó a EE. UU.", "El presidente habló.", "Volvió de EE. UU. y de México."]),
  spaced(
    "Spanish titles and address abbreviations",
    [
      "La Sra. Castillo y la Srta. Molina visitaron al Lic. Herrera y al Ing. Duarte en la Av. Reforma núm. 25.",
      "Fue breve.",
    ],
  ),
  spaced("Dr./Dra./Sr. in Spanish", ["«Es un amigo», dijo el Sr. Pérez.", "La Dra. Gómez y el Dr. Ruiz no hablaron."]),
  spaced("pág. and art. before numbers", ["El informe (pág. 22) cita el art. 5 de la ley.", "Las cifras son oficiales."]),
  spaced("p. m. ending a sentence", ["La reunión fue a las 10 p. m.", "El acto empezó tarde."]),
  glued("glued sentences after a number", ["El país gastó 25.000 millones.", "Luego se recuperó."]),
  spaced("decimal comma and percentage", ["Según la Dra. Gómez, el desempleo subió al 3,5 %.", "Las cifras preocupan."]),
  spaced("guillemets with an inner question and a comma", ["«¿Por qué?», preguntó el Sr. Ramos.", "Nadie respondió."]),
  spaced("Spanish ellipsis", ["Pasó el tiempo...", "Y nada cambió."]),
  spaced("domain with path ending a sentence", ["Más información en www.lanacion.com.ar/politica.", "El diario lo confirmó."]),
  onLines("Spanish byline and LEE TAMBIÉN lines", ["Bukele Visitará Argentina", "Por Ana López | 13 de septiembre de 2024", "LEE TAMBIÉN: El régimen de excepción", "El viaje fue breve."]),
  spaced("etc. before a Spanish sentence starter", ["Hubo capturas, juicios, etc.", "Las cifras son oficiales."]),
] satisfies Case[]).map((c) => ({ ...c, language: "es" as const }));

describe("splitSentences: tricky inputs", () => {
  it.each([...EN_CASES, ...ES_CASES].map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const spans = splitSentences(c.input, c.language);
    expect(spans.map((s) => s.text)).toEqual(c.expected);
    expectConsistent(c.input, spans);
  });

  it("has at least 40 table cases", () => {
    expect(EN_CASES.length + ES_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it("gives exact offsets (UTF-16) for a known input", () => {
    const body = "  Dr. Smith left.\n\n😀 Then U.S. troops came.  ";
    expect(splitSentences(body)).toEqual([
      { text: "Dr. Smith left.", start: 2, end: 17 },
      { text: "😀 Then U.S. troops came.", start: 19, end: 44 },
    ]);
  });

  it("splits the same with or without a language hint", () => {
    const body = EN_CASES.map((c) => c.input).join("\n") + "\n" + ES_CASES.map((c) => c.input).join("\n");
    expect(splitSentences(body, "es")).toEqual(splitSentences(body));
    expect(splitSentences(body, "en")).toEqual(splitSentences(body));
  });

  it("keeps Dr. and U.S. inside the sentence (Node 20's Intl.Segmenter breaks after both)", () => {
    const text = "Dr. Smith met the U.S. envoy.";
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });
});
