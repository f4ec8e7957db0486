import { describe, expect, it } from "vitest";
import { compareClaims, type Language, type SlotName } from "@/lib/matching";

/**
 * compareClaims on sentences written for these tests (plus the examples quoted in issue 13): every
 * frame slot and every kind of hard negative, in English, Spanish and across the two languages.
 * None of these pairs comes from corpus/matching.
 */

type Case = [a: string, b: string, languageA: Language, languageB: Language];

function same([a, b, languageA, languageB]: Case) {
  const c = compareClaims(a, b, { languageA, languageB });
  expect({ tier: c.tier, reason: c.reason }).toEqual({ tier: "same", reason: null });
  return c;
}

function differsBy([a, b, languageA, languageB]: Case, slots: SlotName | SlotName[]) {
  const c = compareClaims(a, b, { languageA, languageB });
  const first = c.slots.find((s) => !s.agrees);
  expect(c.tier).not.toBe("same");
  expect([slots].flat()).toContain(first?.slot);
  expect(c.reason).toBeTruthy();
  return c;
}

describe("compareClaims: rewordings are the same claim", () => {
  it.each<Case>([
    ["The automaker laid off 3,000 workers.", "The car company shed 3,000 jobs.", "en", "en"],
    ["Unemployment rose to 5.2% in May.", "In May, the jobless rate climbed to 5.2 percent.", "en", "en"],
    ["The city council approved the budget on Tuesday.", "On Tuesday the budget was approved by the city council.", "en", "en"],
    ["Measles cases in Ohio tripled in 2024.", "Ohio saw three times as many measles cases in 2024.", "en", "en"],
    ["El paro bajó en 74.000 personas en marzo.", "En marzo, el desempleo se redujo en 74 mil personas.", "es", "es"],
    ["La inflación anual fue del 38,1 % en 2023, según el INE.", "Según el INE, la inflación anual de 2023 se situó en el 38,1 por ciento.", "es", "es"],
    ["El Ayuntamiento de Sevilla aprobó el presupuesto de 2025.", "El presupuesto de 2025 fue aprobado por el Ayuntamiento de Sevilla.", "es", "es"],
  ])("%s / %s", (...c) => {
    same(c);
  });
});

describe("compareClaims: English and Spanish twins", () => {
  it.each<Case>([
    ["Unemployment in Spain fell to 11.2% in March.", "El desempleo en España bajó al 11,2 % en marzo.", "en", "es"],
    ["La deuda pública de España alcanzó 1,62 billones de euros.", "Spain's public debt reached 1.62 trillion euros.", "es", "en"],
    ["Argentina received a loan of $9 billion from the IMF.", "Argentina recibió del FMI un préstamo de 9.000 millones de dólares.", "en", "es"],
    ["El Banco Central mantuvo la tasa de interés en el 5 %.", "The central bank held its interest rate at 5%.", "es", "en"],
    ["The government approved the pension reform on Monday.", "El Gobierno aprobó el lunes la reforma de las pensiones.", "en", "es"],
  ])("%s / %s", (...c) => {
    same(c);
  });
});

describe("compareClaims: hard negatives (one deciding word differs)", () => {
  it.each<[string, Case, SlotName | SlotName[]]>([
    // subject / object
    ["subject", ["Coal supplied 30% of the electricity last year.", "Gas supplied 30% of the electricity last year.", "en", "en"], "subject"],
    ["subject", ["Nurses say they are short-staffed.", "Hospitals say they are short-staffed.", "en", "en"], "subject"],
    ["object", ["El plan mejora el acceso a la vivienda.", "El plan mejora el acceso a la educación.", "es", "es"], "object"],
    ["object", ["The WHO recommended vaccinating children against measles.", "La OMS recomendó vacunar a los niños contra la polio.", "en", "es"], "object"],
    // direction / polarity
    ["polarity", ["The regulator approved the merger.", "The regulator blocked the merger.", "en", "en"], "direction"],
    ["polarity", ["The company raised fares by 10% in March.", "The company cut fares by 10% in March.", "en", "en"], "direction"],
    ["polarity", ["El Gobierno registró un superávit de 1.200 millones de euros.", "El Gobierno registró un déficit de 1.200 millones de euros.", "es", "es"], "direction"],
    ["polarity", ["Exports rose 5% in 2023.", "Las exportaciones cayeron un 5 % en 2023.", "en", "es"], "direction"],
    ["polarity", ["The Senate passed the bill.", "The Senate rejected the bill.", "en", "en"], "direction"],
    // place
    ["place", ["Flu cases in Texas doubled in January.", "Flu cases in Ohio doubled in January.", "en", "en"], "place"],
    ["place", ["Los casos de dengue en Jalisco se duplicaron en enero.", "Los casos de dengue en Sonora se duplicaron en enero.", "es", "es"], "place"],
    ["place", ["Flu cases in Texas doubled in January.", "Los casos de gripe en Ohio se duplicaron en enero.", "en", "es"], "place"],
    // entity / organisation
    ["organisation", ["The IMF approved a loan to Egypt.", "The World Bank approved a loan to Egypt.", "en", "en"], "organisation"],
    ["entity", ["Senator Whitfield voted against the bill.", "Senator Okonkwo voted against the bill.", "en", "en"], "entity"],
    ["entity", ["El FMI aprobó un crédito para Egipto.", "The World Bank approved a loan to Egypt.", "es", "en"], "organisation"],
    // figure
    ["number", ["The storm left 74,000 homes without power.", "The storm left 7,400 homes without power.", "en", "en"], "figure"],
    ["number", ["La inflación fue del 38,1 % en 2023.", "La inflación fue del 31,8 % en 2023.", "es", "es"], "figure"],
    ["number", ["Spain's public debt reached 1.62 trillion euros.", "La deuda pública de España alcanzó 1,62 mil millones de euros.", "en", "es"], "figure"],
    // period
    ["period", ["Inflation fell to 3% in June.", "Inflation fell to 3% in July.", "en", "en"], "period"],
    ["period", ["El Congreso aprobó la ley el martes.", "El Congreso aprobó la ley el jueves.", "es", "es"], "period"],
    ["period", ["Home sales fell 8% last year.", "Home sales fell 8% this year.", "en", "en"], "period"],
    ["period", ["Las ventas cayeron un 8 % en el primer trimestre.", "Sales fell 8% in the first half.", "es", "en"], "period"],
    ["period", ["Exports hit their highest level since 2019.", "Exports hit their highest level ever.", "en", "en"], "period"],
    // unit
    ["unit", ["The road is 12 kilometres long.", "The road is 12 miles long.", "en", "en"], "unit"],
    ["unit", ["La policía incautó 500 kilos de cocaína.", "La policía incautó 500 gramos de cocaína.", "es", "es"], "unit"],
    ["unit", ["The plant produced 300 megawatts.", "La planta produjo 300 gigavatios.", "en", "es"], "unit"],
    // comparator
    ["comparator", ["More than 5,000 people attended the march.", "Fewer than 5,000 people attended the march.", "en", "en"], "comparator"],
    ["comparator", ["Más de 2.000 personas marcharon en Lima.", "Menos de 2.000 personas marcharon en Lima.", "es", "es"], "comparator"],
    ["comparator", ["More than 420,000 dengue cases were recorded.", "Se registraron 420.000 casos de dengue.", "en", "es"], "comparator"],
    // negation
    ["negation", ["The minister said he will raise taxes.", "The minister said he will not raise taxes.", "en", "en"], "negation"],
    ["negation", ["Japan and China agreed to resume talks.", "Japan and China did not agree to resume talks.", "en", "en"], "negation"],
    ["negation", ["El Gobierno aprobó la reforma.", "The government did not approve the reform.", "es", "en"], "negation"],
    ["negation", ["La universidad suspendió las clases.", "La universidad descartó suspender las clases.", "es", "es"], "negation"],
    // one claim says more
    ["partial", ["GDP grew 2.9% in 2023.", "GDP grew in 2023.", "en", "en"], "figure"],
  ])("%s: %j", (_kind, c, slot) => {
    differsBy(c, slot);
  });
});

describe("compareClaims: the reason says what differs", () => {
  it("names the places, directions and figures", () => {
    expect(compareClaims("Flu cases in Texas doubled.", "Flu cases in Ohio doubled.", { languageA: "en", languageB: "en" }).reason).toBe(
      "different place: Texas / Ohio",
    );
    expect(compareClaims("The city raised fares by 10%.", "The city cut fares by 10%.", { languageA: "en", languageB: "en" }).reason).toBe(
      "opposite direction: raised / cut",
    );
    expect(
      compareClaims("Coal supplied 30% of the electricity.", "Coal supplied 35% of the electricity.", { languageA: "en", languageB: "en" }).reason,
    ).toBe("different figure: 30% / 35%");
  });

  it("lists agreeing slots too, and is symmetric in its tier", () => {
    const a = "Unemployment in Spain fell to 11.2% in March.";
    const b = "El desempleo en España bajó al 11,2 % en marzo.";
    const ab = compareClaims(a, b, { languageA: "en", languageB: "es" });
    const ba = compareClaims(b, a, { languageA: "es", languageB: "en" });
    expect(ab.tier).toBe(ba.tier);
    expect(ab.score).toBeCloseTo(ba.score, 2);
    expect(ab.crossLingual).toBe(true);
    expect(ab.slots.filter((s) => s.agrees).map((s) => s.slot)).toEqual(expect.arrayContaining(["figure", "period", "place"]));
  });

  it("keeps reciprocal verbs with swapped participants the same claim", () => {
    same(["Boca Juniors beat River Plate 2-1.", "River Plate lost 1-2 to Boca Juniors.", "en", "en"]);
    differsBy(["Boca Juniors beat River Plate 2-1.", "Boca Juniors lost 2-1 to River Plate.", "en", "en"], "direction");
  });

  it("puts unrelated and topic-only pairs in the lowest tier", () => {
    const c = compareClaims("Flu cases in Texas doubled in January.", "The Texas legislature passed a new budget for schools.", {
      languageA: "en", languageB: "en",
    });
    expect(c.tier).not.toBe("same");
    expect(compareClaims("Flu cases in Texas doubled in January.", "El Betis ganó la Copa del Rey.", { languageA: "en", languageB: "es" }).tier).toBe(
      "different",
    );
  });

  it("handles empty input", () => {
    expect(compareClaims("", "", { languageA: "en", languageB: "en" })).toMatchObject({ tier: "different", score: 0 });
  });
});
