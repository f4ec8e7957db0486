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

const EN_CASES: Case[] = [
  {
    name: "titles and U.S. (Intl.Segmenter breaks after both)",
    input: "Dr. Smith met the U.S. envoy. He left.",
    expected: ["Dr. Smith met the U.S. envoy.", "He left."],
  },
  {
    name: "Mr./Mrs., a.m. mid-sentence, p.m. at sentence end",
    input: "Mr. and Mrs. Jones arrived at 9 a.m. on Monday. They left at 5 p.m. The talks failed.",
    expected: ["Mr. and Mrs. Jones arrived at 9 a.m. on Monday.", "They left at 5 p.m.", "The talks failed."],
  },
  {
    name: "Gov., Sen., Rep., Gen., Ms.",
    input: "Gov. Smith, Sen. Jones and Rep. Brown spoke. Gen. Lee and Ms. Park agreed.",
    expected: ["Gov. Smith, Sen. Jones and Rep. Brown spoke.", "Gen. Lee and Ms. Park agreed."],
  },
  {
    name: "St. as street at the end and as saint before a name",
    input: "He lives on Main St. The house is old. St. Louis is far.",
    expected: ["He lives on Main St.", "The house is old.", "St. Louis is far."],
  },
  {
    name: "U.S. ending a sentence vs U.S. before a noun",
    input: "The U.S. Senate voted. He moved to the U.S. The move was big.",
    expected: ["The U.S. Senate voted.", "He moved to the U.S.", "The move was big."],
  },
  {
    name: "U.K., U.N., E.U. and month abbreviation before a number",
    input: "The U.K. and the U.N. agreed on Jan. 5. The E.U. did not.",
    expected: ["The U.K. and the U.N. agreed on Jan. 5.", "The E.U. did not."],
  },
  {
    name: "month abbreviations and St.",
    input: "He was born on Jan. 5, 1990 in St. Louis. He died in Oct. 2020.",
    expected: ["He was born on Jan. 5, 1990 in St. Louis.", "He died in Oct. 2020."],
  },
  {
    name: "No. before a number",
    input: "See No. 5 on the list. It was great.",
    expected: ["See No. 5 on the list.", "It was great."],
  },
  {
    name: "Univ., Inc., Corp., Ltd.",
    input: "She studied at Harvard Univ. in 1990. Acme Inc. bought Widget Corp. for $5 million. Shares of Foo Ltd. rose.",
    expected: [
      "She studied at Harvard Univ. in 1990.",
      "Acme Inc. bought Widget Corp. for $5 million.",
      "Shares of Foo Ltd. rose.",
    ],
  },
  {
    name: "vs., e.g., i.e., etc. followed by lower case",
    input: "Smith vs. Jones was decided. Some items, e.g. guns, i.e. rifles, etc. were seized. The rest was returned.",
    expected: ["Smith vs. Jones was decided.", "Some items, e.g. guns, i.e. rifles, etc. were seized.", "The rest was returned."],
  },
  {
    name: "etc. ending a sentence",
    input: "They seized guns, drugs, etc. The police said so.",
    expected: ["They seized guns, drugs, etc.", "The police said so."],
  },
  {
    name: "initials",
    input: "J. K. Mbeki said so. Then he left.",
    expected: ["J. K. Mbeki said so.", "Then he left."],
  },
  {
    name: "initials at the start of a sentence",
    input: "A. Smith and B. Jones wrote it. C. Brown edited.",
    expected: ["A. Smith and B. Jones wrote it.", "C. Brown edited."],
  },
  {
    name: "decimals, percentages and currencies",
    input: "Inflation rose 3.5% in March. Prices hit $1.2 billion, up from €310 million.",
    expected: ["Inflation rose 3.5% in March.", "Prices hit $1.2 billion, up from €310 million."],
  },
  {
    name: "thousands separators (comma and period)",
    input: "Police arrested over 74,000 people. The figure was 74.000 in Spanish notation.",
    expected: ["Police arrested over 74,000 people.", "The figure was 74.000 in Spanish notation."],
  },
  {
    name: "curly quote with comma inside",
    input: "“It will be a very good meeting,” he said. Then he left.",
    expected: ["“It will be a very good meeting,” he said.", "Then he left."],
  },
  {
    name: "straight quotes with comma and period inside",
    input: "\"It is over,\" she said. \"We won.\"",
    expected: ["\"It is over,\" she said.", "\"We won.\""],
  },
  {
    name: "question mark inside quotes followed by lower case",
    input: "\"Why?\" she asked. \"Because.\"",
    expected: ["\"Why?\" she asked.", "\"Because.\""],
  },
  {
    name: "period inside closing quote followed by capital",
    input: "He called it “a model.” Others disagreed.",
    expected: ["He called it “a model.”", "Others disagreed."],
  },
  {
    name: "quote ending the seed paragraph, then the source",
    input:
      "“The president will land in Argentina at the end of the month for an official visit.” La Nacion Newspaper.",
    expected: [
      "“The president will land in Argentina at the end of the month for an official visit.”",
      "La Nacion Newspaper.",
    ],
  },
  {
    name: "unicode ellipsis followed by capital",
    input: "He paused… Then he spoke.",
    expected: ["He paused…", "Then he spoke."],
  },
  {
    name: "ASCII ellipsis followed by lower case",
    input: "She waited... and waited. Nothing.",
    expected: ["She waited... and waited.", "Nothing."],
  },
  {
    name: "ellipsis with comma inside quotes",
    input: "“We will win...,” he said. Nobody believed him.",
    expected: ["“We will win...,” he said.", "Nobody believed him."],
  },
  {
    name: "URLs and domains",
    input: "Visit example.com for more. See https://x.org/a.b for details. Done.",
    expected: ["Visit example.com for more.", "See https://x.org/a.b for details.", "Done."],
  },
  {
    name: "domain ending a sentence",
    input: "Read it at www.bbc.co.uk. The site is down.",
    expected: ["Read it at www.bbc.co.uk.", "The site is down."],
  },
  {
    name: "e-mail address",
    input: "Write to john.doe@x.org. Thanks for reading.",
    expected: ["Write to john.doe@x.org.", "Thanks for reading."],
  },
  {
    name: "sentences glued without a space",
    input: "They trained the security forces.President Nayib Bukele said so.",
    expected: ["They trained the security forces.", "President Nayib Bukele said so."],
  },
  {
    name: "capitalised domain is not split",
    input: "Visit La.Nacion.com today.",
    expected: ["Visit La.Nacion.com today."],
  },
  {
    name: "glued after a closing quote",
    input: "Milei and I are friends.”The meeting ended.",
    expected: ["Milei and I are friends.”", "The meeting ended."],
  },
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
  {
    name: "parenthesised sentence",
    input: "The vote was 52-48. (Two abstained.) It passed.",
    expected: ["The vote was 52-48.", "(Two abstained.)", "It passed."],
  },
  {
    name: "repeated and mixed terminators",
    input: "What a day!!! Amazing?! Yes.",
    expected: ["What a day!!!", "Amazing?!", "Yes."],
  },
  {
    name: "terminators glued to capitals",
    input: "Wait!Really?Yes.",
    expected: ["Wait!", "Really?", "Yes."],
  },
  {
    name: "a year ends a sentence before a number",
    input: "It happened in 2022. 74,000 people were arrested.",
    expected: ["It happened in 2022.", "74,000 people were arrested."],
  },
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
  {
    name: "all capitals",
    input: "DR. SMITH MET THE U.S. ENVOY. HE LEFT.",
    expected: ["DR. SMITH MET THE U.S. ENVOY.", "HE LEFT."],
  },
  {
    name: "line without alphanumerics is dropped",
    input: "First.\n***\n…\nSecond.",
    expected: ["First.", "Second."],
  },
  {
    name: "a line break always ends a sentence",
    input: "Call Dr.\nSmith later.",
    expected: ["Call Dr.", "Smith later."],
  },
  {
    name: "emoji (surrogate pairs) keep offsets",
    input: "😀 Hello there. 🎉 Party time!",
    expected: ["😀 Hello there.", "🎉 Party time!"],
  },
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
  {
    name: "¿…? and ¡…!",
    input: "¿Qué pasó? Nadie sabe. ¡Increíble! Así es.",
    expected: ["¿Qué pasó?", "Nadie sabe.", "¡Increíble!", "Así es."],
  },
  {
    name: "question inside a sentence",
    input: "Y entonces, ¿qué hacemos? Nadie contestó.",
    expected: ["Y entonces, ¿qué hacemos?", "Nadie contestó."],
  },
  {
    name: "a sentence starting with ¿ ends at ? even before lower case",
    input: "¿Vienes? le preguntó.",
    expected: ["¿Vienes?", "le preguntó."],
  },
  {
    name: "dialogue dash continues the sentence",
    input: "—¿Vienes? —preguntó ella.",
    expected: ["—¿Vienes? —preguntó ella."],
  },
  {
    name: "question then number with thousands period",
    input: "¿Cuántos? 25.000, según el Sr. López.",
    expected: ["¿Cuántos?", "25.000, según el Sr. López."],
  },
  {
    name: "EE. UU. ending a sentence and mid-sentence",
    input: "Viajó a EE. UU. El presidente habló. Volvió de EE. UU. y de México.",
    expected: ["Viajó a EE. UU.", "El presidente habló.", "Volvió de EE. UU. y de México."],
  },
  {
    name: "Spanish titles and address abbreviations",
    input: "La Sra. Castillo y la Srta. Molina visitaron al Lic. Herrera y al Ing. Duarte en la Av. Reforma núm. 25. Fue breve.",
    expected: [
      "La Sra. Castillo y la Srta. Molina visitaron al Lic. Herrera y al Ing. Duarte en la Av. Reforma núm. 25.",
      "Fue breve.",
    ],
  },
  {
    name: "Dr./Dra./Sr. in Spanish",
    input: "«Es un amigo», dijo el Sr. Pérez. La Dra. Gómez y el Dr. Ruiz no hablaron.",
    expected: ["«Es un amigo», dijo el Sr. Pérez.", "La Dra. Gómez y el Dr. Ruiz no hablaron."],
  },
  {
    name: "pág. and art. before numbers",
    input: "El informe (pág. 22) cita el art. 5 de la ley. Las cifras son oficiales.",
    expected: ["El informe (pág. 22) cita el art. 5 de la ley.", "Las cifras son oficiales."],
  },
  {
    name: "p. m. ending a sentence",
    input: "La reunión fue a las 10 p. m. El acto empezó tarde.",
    expected: ["La reunión fue a las 10 p. m.", "El acto empezó tarde."],
  },
  {
    name: "glued sentences after a number",
    input: "El país gastó 25.000 millones.Luego se recuperó.",
    expected: ["El país gastó 25.000 millones.", "Luego se recuperó."],
  },
  {
    name: "decimal comma and percentage",
    input: "Según la Dra. Gómez, el desempleo subió al 3,5 %. Las cifras preocupan.",
    expected: ["Según la Dra. Gómez, el desempleo subió al 3,5 %.", "Las cifras preocupan."],
  },
  {
    name: "guillemets with an inner question and a comma",
    input: "«¿Por qué?», preguntó el Sr. Ramos. Nadie respondió.",
    expected: ["«¿Por qué?», preguntó el Sr. Ramos.", "Nadie respondió."],
  },
  {
    name: "Spanish ellipsis",
    input: "Pasó el tiempo... Y nada cambió.",
    expected: ["Pasó el tiempo...", "Y nada cambió."],
  },
  {
    name: "domain with path ending a sentence",
    input: "Más información en www.lanacion.com.ar/politica. El diario lo confirmó.",
    expected: ["Más información en www.lanacion.com.ar/politica.", "El diario lo confirmó."],
  },
  {
    name: "Spanish byline and LEE TAMBIÉN lines",
    input: "Bukele Visitará Argentina\nPor Ana López | 13 de septiembre de 2024\nLEE TAMBIÉN: El régimen de excepción\nEl viaje fue breve.",
    expected: ["Bukele Visitará Argentina", "Por Ana López | 13 de septiembre de 2024", "LEE TAMBIÉN: El régimen de excepción", "El viaje fue breve."],
  },
  {
    name: "etc. before a Spanish sentence starter",
    input: "Hubo capturas, juicios, etc. Las cifras son oficiales.",
    expected: ["Hubo capturas, juicios, etc.", "Las cifras son oficiales."],
  },
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
