import { describe, expect, it } from "vitest";
import { claimFrame, compareClaims, type Language, type Unit } from "@/lib/matching";

const units = (text: string, language: Language, kind: Unit["kind"]) => claimFrame(text, language).units.filter((u) => u.kind === kind);

describe("claim frames: figures", () => {
  it("reads units, comparators and multipliers", () => {
    const [q] = units("More than 2.300 kilos de cocaína", "es", "quantity");
    expect(q!.quantity).toMatchObject({ value: 2300, unit: { id: "kg" }, comparator: { kind: "gt" } });
    expect(units("Arctic ice covered 4,280,000 km² in 2023.", "en", "quantity")[0]!.quantity).toMatchObject({ value: 4.28e6, unit: { id: "km2" } });
    expect(units("Temperatures reached 46.2C in Seville.", "en", "quantity")[0]!.quantity!.unit!.id).toBe("degc");
    expect(units("Prices fell 4% after the vote.", "en", "quantity")[0]!.quantity!.unit!.id).toBe("pct");
    expect(units("Las ventas cayeron un 8 por ciento.", "es", "quantity")[0]!.quantity!.unit!.id).toBe("pct");
    expect(units("The fund lent US$1.2bn to Peru.", "en", "quantity")[0]!.quantity).toMatchObject({ value: 1.2e9, unit: { id: "usd" } });
    expect(units("Measles cases tripled.", "en", "quantity")[0]!.quantity).toMatchObject({ value: 3, unit: { id: "times" } });
    expect(units("Los casos se duplicaron.", "es", "quantity")[0]!.quantity).toMatchObject({ value: 2, unit: { id: "times" } });
    expect(units("Nearly 75,000 people marched.", "en", "quantity")[0]!.quantity!.comparator!.kind).toBe("approx");
    expect(units("Votaron 172 diputados en 2024.", "es", "quantity").map((u) => u.quantity!.year)).toEqual([false, true]);
  });

  it("does not read numbers inside names", () => {
    expect(units("El Tri sacó su boleto al Final Four.", "es", "quantity")).toEqual([]);
    expect(units("Cerrarán la avenida 18 de Julio los domingos.", "es", "quantity")).toEqual([]);
  });

  it.each([
    ["74.000 personas", "74,000 people", "es", "en"],
    ["el 38,1 %", "38.1%", "es", "en"],
    ["9.000 millones de dólares", "$9 billion", "es", "en"],
    ["1,62 billones de euros", "€1.62 trillion", "es", "en"],
    ["2.300 kilos de cocaína", "2,3 toneladas de cocaína", "es", "es"],
    ["1.200 millones de pasajeros", "1.2 billion passengers", "es", "en"],
    ["dos millones y medio de viajeros", "2.5 million travellers", "es", "en"],
    ["a 12-year pause", "a pause of 12 years", "en", "en"],
  ] as [string, string, Language, Language][])("%s = %s", (a, b, la, lb) => {
    const lead = (language: Language) => (language === "es" ? "La cifra fue" : "The figure was");
    const c = compareClaims(`${lead(la)} ${a}.`, `${lead(lb)} ${b}.`, { languageA: la, languageB: lb });
    const figure = c.slots.find((s) => s.slot === "figure");
    expect(figure?.agrees).toBe(true);
  });
});

describe("claim frames: time references", () => {
  const time = (text: string, language: Language) => units(text, language, "time").map((u) => `${u.time!.group}:${u.time!.value}`);
  it("reads months, weekdays, relative and record references", () => {
    expect(time("Inflation fell in June, the bank said on Friday.", "en")).toEqual(["month:6", "weekday:5"]);
    expect(time("El paro bajó el año pasado, informó el martes.", "es")).toEqual(["relative-year:-1", "weekday:2"]);
    expect(time("Sales hit their highest level since 2019.", "en")).toEqual(["reference:since:2019"]);
    expect(time("La cifra más alta desde que hay registros.", "es")).toEqual(["reference:ever"]);
    expect(time("Nunca tantas personas habían visitado el museo.", "es")).toEqual(["reference:ever"]);
    expect(time("It was watched for 82 million hours in its first week.", "en")).toEqual(["part:7"]);
    expect(time("en sus primeros seis meses", "es")).toEqual(["part:180"]);
    expect(time("in the first half of the year", "en")).toEqual(["part:180"]);
    expect(time("durante una semana", "es")).toEqual(["duration:7"]);
    expect(time("before year-end", "en")).toEqual(["month:12"]);
  });

  it("needs a capital for 'May' and 'March' as months", () => {
    expect(time("Prices may rise in May.", "en")).toEqual(["month:5"]);
  });
});

describe("claim frames: places and organisations", () => {
  const ids = (text: string, language: Language, kind: "place" | "organisation") => units(text, language, kind).filter((u) => !u.implied).map((u) => u.ids);
  it("finds places, demonyms and bodies in both languages", () => {
    expect(ids("Flu cases in Texas doubled.", "en", "place")).toEqual([["us-texas"]]);
    expect(ids("Los casos en Estados Unidos subieron.", "es", "place")).toEqual([["us"]]);
    expect(ids("A Guatemalan court ruled.", "en", "place")).toEqual([["gt"]]);
    expect(ids("The Bank of Spain said.", "en", "organisation")).toEqual([["es-central-bank"]]);
    expect(ids("La Cámara Baja aprobó la ley.", "es", "organisation")).toEqual([["lower-house"]]);
    expect(ids("The Met Office issued a warning.", "en", "organisation")).toEqual([["gb-weather-service"]]);
  });

  it("applies the case rules for names that are also words", () => {
    expect(ids("Tell us what happened.", "en", "place")).toEqual([]);
    expect(ids("The US economy grew.", "en", "place")).toEqual([["us"]]);
    expect(ids("Para el año escolar 2025 habrá más docentes.", "es", "place")).toEqual([]);
  });

  it("implies the country of a national body and aligns names across languages", () => {
    const implied = units("El Banco Central de Reserva del Perú subió la tasa.", "es", "place").filter((u) => u.implied);
    expect(implied.map((u) => u.ids)).toEqual([["pe"]]);
    const c = compareClaims("El Banco Central mantuvo la tasa.", "The central bank held the rate.", { languageA: "es", languageB: "en" });
    expect(c.slots.find((s) => s.slot === "organisation")?.agrees).toBe(true);
    const d = compareClaims("Colombia's central bank held its rate at 9.25%.", "El Banco Central de Reserva del Perú mantuvo su tasa en el 9,25 %.", {
      languageA: "en", languageB: "es",
    });
    expect(d.reason).toBe("different place: Colombia / Perú");
  });

  it("treats a capital as its country and a city as inside its country", () => {
    const c = compareClaims("Tokyo and Seoul agreed to resume summits after 12 years.", "Japan and South Korea agreed to resume summits after 12 years.", {
      languageA: "en", languageB: "en",
    });
    expect(c.tier).toBe("same");
  });
});

describe("claim frames: directions and negation", () => {
  const dirs = (text: string, language: Language) => units(text, language, "direction").map((u) => u.direction!.id);
  it("reads directions with their synonyms in both languages", () => {
    expect(dirs("Unemployment rose in March.", "en")).toContain("increase");
    expect(dirs("El paro subió en marzo.", "es")).toContain("increase");
    expect(dirs("The council blocked the merger.", "en")).toEqual(["block"]);
    expect(dirs("España registró un déficit comercial.", "es")).toEqual(["deficit"]);
    expect(dirs("Los autos no podrán circular los domingos.", "es")).toEqual(["ban"]);
  });

  it("counts negation cues and negating verbs, not record constructions", () => {
    const neg = (text: string, language: Language) => claimFrame(text, language).negations.map((n) => n.text);
    expect(neg("The minister didn't raise taxes.", "en")).toEqual(["n't"]);
    expect(neg("Neither VAT nor income tax will go up.", "en")).toEqual(["Neither"]);
    expect(neg("El ministerio descartó contratar docentes.", "es")).toEqual(["descartó"]);
    expect(neg("Chile's government denied that it will deport migrants.", "en")).toEqual(["denied"]);
    expect(neg("A level not seen since 2019.", "en")).toEqual([]);
    expect(neg("Nunca antes se había extraído tanto crudo.", "es")).toEqual([]);
  });

  it("reads the stance of double negatives: rejecting a veto is for the law", () => {
    const same = compareClaims("Argentina's Senate rejected the president's veto of the law.", "El Senado argentino rechazó el veto presidencial a la ley.", {
      languageA: "en", languageB: "es",
    });
    expect(same.slots.find((s) => s.slot === "direction")?.agrees).not.toBe(false);
    const opposite = compareClaims("Argentina's Senate rejected the president's veto of the law.", "El Senado argentino ratificó el veto presidencial a la ley.", {
      languageA: "en", languageB: "es",
    });
    expect(opposite.reason).toMatch(/^opposite direction/);
  });
});
