/**
 * Boundaries from the rule book: datelines and live-blog timestamps are not part of the first
 * claim, a quotation that spans sentences stays one claim with its attribution, bullet items are
 * sentences without their markers. English and Spanish.
 */
import { describe, expect, it } from "vitest";
import { splitIntoClaims, splitSentences, type ClaimDraft } from "@/lib/splitter";

function claims(body: string, language: "en" | "es"): ClaimDraft[] {
  const out = splitIntoClaims(body, { language });
  for (const c of out) expect(body.slice(c.start, c.end)).toBe(c.text);
  return out;
}

/** A dateline or a timestamp comes off the sentence it leads as a piece of its own, never check-worthy. */
function expectLeadSplitOff(body: string, language: "en" | "es", lead: string, sentence: string): ClaimDraft[] {
  const out = claims(body, language);
  expect(out.map((c) => c.text)).toEqual([lead, sentence]);
  expect(out[0].checkworthy).toBe(false);
  return out;
}

const DATELINES: Array<[language: "en" | "es", dateline: string, sentence: string]> = [
  ["en", "LONDON —", "The Bank of England on Thursday raised its main interest rate to 5.25%."],
  ["en", "LONDON (Reuters) —", "The Bank of England on Thursday raised its main interest rate to 5.25%."],
  ["en", "WASHINGTON—", "The Senate voted 52-48 to confirm the nominee."],
  ["en", "NEW YORK, May 5 (Reuters) -", "Stocks fell 2% on Monday."],
  ["en", "ALBUQUERQUE, N.M. —", "A federal judge sentenced a gallery owner to 18 months in prison."],
  ["en", "NAIROBI, Kenya, Oct. 9 (AfriSport) —", "Kenyan runner Peter Kiprono was banned for four years."],
  ["en", "PHOENIX, Ariz., March 4, 2026 /PRNewswire/ --", "Saguaro Power Co. broke ground on a 400-megawatt solar plant."],
  ["en", "WELLINGTON, Feb 19 AAP -", "A cracked rail caused the derailment, investigators said."],
  ["en", "Port Shepstone (South Africa) (AFP) -", "At least 23 people have died in floods."],
  ["en", "Johannesburg –", "Marula Retail reported a 19.4% rise in earnings."],
  ["es", "BOGOTÁ.-", "El Gobierno anunció un recorte de 2 billones de pesos."],
  ["es", "CIUDAD DE MÉXICO.—", "Un juez federal vinculó a proceso al exsecretario."],
  ["es", "Buenos Aires, 12 jun (Télam).-", "El índice de precios subió 2,9 % en mayo."],
  ["es", "Montevideo, 19 may (EFE).-", "La Junta Departamental aprobó un fideicomiso de 250 millones de dólares."],
  ["es", "Valparaíso, jueves 6 de noviembre de 2025.-", "El tribunal condenó a nueve integrantes de la banda."],
  ["es", "MADRID (EFE) —", "El paro registrado bajó en 25.000 personas en abril."],
  ["es", "Bogotá, D. C., 18 de marzo de 2025.", "La Secretaría de Salud aplicó 300.000 dosis."],
];

describe("datelines", () => {
  it.each(DATELINES)("%s: %s", (language, dateline, sentence) => {
    const out = expectLeadSplitOff(`${dateline} ${sentence}`, language, dateline, sentence);
    expect(out[0].reasons[0].label).toMatch(/dateline/);
    expect(out[1].checkworthy).toBe(true);
  });

  it("leaves sentences that only look like datelines alone", () => {
    for (const s of [
      "Bukele – El Salvador’s president – said so.",
      "The Bank of England — Britain's central bank — raised rates.",
      "ARSAT-1 fue lanzado en 2014.",
      "Crime — which fell 20% — is down.",
    ]) {
      expect(splitSentences(s).map((x) => x.text)).toEqual([s]);
    }
  });
});

const TIMESTAMPS: Array<[language: "en" | "es", stamp: string, sentence: string]> = [
  ["en", "09:30 —", "Police said four people were arrested at the scene."],
  ["en", "9:48 p.m. —", "The council approved the budget 5-2."],
  ["en", "7.31pm:", "The Treasurer began her budget speech at 7.30pm."],
  ["en", "10:32 a.m. ET —", "The jury returned a verdict of guilty on all counts."],
  ["en", "12:15 PM |", "Officials said 48,200 families had been moved."],
  ["es", "14:05 —", "La policía detuvo a tres personas en el centro."],
  ["es", "8:30 a. m.:", "El huracán tocó tierra a 25 kilómetros de Tulum."],
  ["es", "17:55 |", "La Policía registró 14.000 denuncias por extorsión."],
  ["es", "14h05 —", "El Congreso aprobó la moción con 70 votos."],
];

describe("live-blog timestamps", () => {
  it.each(TIMESTAMPS)("%s: %s on the same line", (language, stamp, sentence) => {
    const out = expectLeadSplitOff(`${stamp} ${sentence}`, language, stamp, sentence);
    expect(out[0].reasons[0].label).toMatch(/timestamp/);
  });

  it.each([
    ["en", "9:20 p.m.", "Council voted 4-3 to put a library levy on the ballot."],
    ["es", "14.05 h", "La sesión se suspendió a las 14.00."],
    ["en", "10:12 IST", "Rao reached his hundred off 118 balls."],
  ] as const)("%s: %s on a line of its own", (language, stamp, sentence) => {
    expectLeadSplitOff(`${stamp}\n${sentence}`, language, stamp, sentence);
  });

  it("does not take a decimal for a time", () => {
    expect(splitSentences("3.45 million people voted on Sunday.").map((s) => s.text)).toEqual(["3.45 million people voted on Sunday."]);
  });
});

describe("quotations that span sentences", () => {
  it.each([
    ["en", '"We were told $310 million in 2016. The final bill was $428 million," Pike said.'],
    ["en", "“Station 2 has been down to one engine since March. The ladder truck is in a repair shop,” Markey said."],
    ["en", 'Outside court, June Pascoe said: "I voted for him four times. I feel such a fool."'],
    ["es", "“Cerramos el año con 40.000 empleos nuevos. Fue un récord”, afirmó la ministra."],
    ["es", "«Hicimos 31 audiencias. Escuchamos a más de 2.000 personas», añadió Orjuela."],
    ["es", '"Hay 14.000 hogares sin saneamiento. Con este dinero llegaremos a la mitad", dijo la intendenta.'],
  ] as const)("%s: one claim", (language, text) => {
    expect(claims(text, language).map((c) => c.text)).toEqual([text]);
  });

  it("keeps a quotation that does not close on its line from swallowing the paragraph", () => {
    expect(splitSentences("“It was over. We knew it.\n“Then the rain came.”").map((s) => s.text)).toEqual([
      "“It was over.",
      "We knew it.",
      "“Then the rain came.”",
    ]);
  });

  it("still splits after a quotation that closed", () => {
    expect(splitSentences('"It is over," she said. "We won."').map((s) => s.text)).toEqual(['"It is over," she said.', '"We won."']);
  });

  it("keeps the rule book's quote-fact example check-worthy", () => {
    const [c] = claims('"We were told $310 million in 2016. The final bill was $428 million," Pike said.', "en");
    expect(c.checkworthy).toBe(true);
  });
});

describe("bullets, numbered items, headings and interview labels", () => {
  const body =
    "## Emergency care\n\n" +
    "- 12 hospitals exceeded the 6-hour target\n" +
    "* The trust did not respond to requests for comment.\n" +
    "• Waiting times rose 14% in a year\n" +
    "1. 40 ambulances were held outside A&E on Monday\n" +
    "2) A review will be published in January.\n" +
    "Q: What changed last year?\n" +
    "A: The county cut the budget by 8%.";

  it("leaves markers and labels out of the claims", () => {
    expect(claims(body, "en").map((c) => c.text)).toEqual([
      "Emergency care",
      "12 hospitals exceeded the 6-hour target",
      "The trust did not respond to requests for comment.",
      "Waiting times rose 14% in a year",
      "40 ambulances were held outside A&E on Monday",
      "A review will be published in January.",
      "What changed last year?",
      "The county cut the budget by 8%.",
    ]);
  });

  it("scores bullet items as sentences, not headlines", () => {
    const byText = new Map(claims(body, "en").map((c) => [c.text, c]));
    expect(byText.get("12 hospitals exceeded the 6-hour target")!.checkworthy).toBe(true);
    expect(byText.get("Waiting times rose 14% in a year")!.checkworthy).toBe(true);
    expect(byText.get("40 ambulances were held outside A&E on Monday")!.checkworthy).toBe(true);
    expect(byText.get("The trust did not respond to requests for comment.")!.checkworthy).toBe(false);
    expect(byText.get("A review will be published in January.")!.checkworthy).toBe(false);
    expect(byText.get("Emergency care")!.checkworthy).toBe(false);
    for (const c of byText.values()) expect(c.reasons.map((r) => r.label)).not.toContain("a headline: never a claim");
  });

  it("does the same in Spanish", () => {
    const es = "## Las cifras clave\n\n- Transporte público: 142,6 millones, un 6,4 % más que este año.\n1. El tiempo medio de espera fue de 121 días.\nP: ¿Qué cambió?\nR: El Gobierno recortó el presupuesto un 8 %.";
    const out = claims(es, "es");
    expect(out.map((c) => c.text)).toEqual([
      "Las cifras clave",
      "Transporte público: 142,6 millones, un 6,4 % más que este año.",
      "El tiempo medio de espera fue de 121 días.",
      "¿Qué cambió?",
      "El Gobierno recortó el presupuesto un 8 %.",
    ]);
    expect(out[2].checkworthy).toBe(true);
  });

  it("keeps a numbered heading's number as part of its text", () => {
    expect(splitSentences("## 1. Cuánto se gasta y en qué").map((s) => s.text)).toEqual(["1. Cuánto se gasta y en qué"]);
  });
});
