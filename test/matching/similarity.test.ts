import { describe, expect, it } from "vitest";
import { isSameClaim, SAME_CLAIM_THRESHOLD, similarity } from "@/lib/matching";

describe("similarity", () => {
  it("scores identical text 1 and unrelated text near 0", () => {
    const text = "Bitcoin became legal tender in El Salvador in September 2021.";
    expect(similarity(text, text)).toMatchObject({ score: 1, numbersMatch: true });
    expect(similarity(text, "The union called a national strike for next Thursday.").score).toBeLessThan(0.1);
  });

  it("is symmetric and bounded", () => {
    const a = "Milei's government cut the number of federal ministries from 18 to 9.";
    const b = "The number of ministries in Argentina's federal government was reduced from 18 to 9 under Milei.";
    const ab = similarity(a, b);
    const ba = similarity(b, a);
    expect(ab.score).toBeCloseTo(ba.score, 3);
    expect(ab.score).toBeGreaterThan(0);
    expect(ab.score).toBeLessThanOrEqual(1);
  });

  it("recognises reworded claims in English and Spanish", () => {
    expect(
      isSameClaim(
        "Argentina’s Security Minister Patricia Bullrich visited El Salvador to sign agreements",
        "An Argentine delegation headed by the Minister of Security, Patricia Bullrich, traveled to El Salvador to finalize an agreement",
      ),
    ).toBe(true);
    expect(
      isSameClaim(
        "Más de 25.000 personas participaron en la marcha universitaria en Buenos Aires.",
        "La marcha universitaria en Buenos Aires reunió a más de 25 mil personas.",
        { language: "es" },
      ),
    ).toBe(true);
  });

  it("handles empty and stopword-only input", () => {
    expect(similarity("", "")).toMatchObject({ score: 0, numbersMatch: true });
    expect(similarity("the of and", "el de la").score).toBe(0);
    expect(isSameClaim("", "")).toBe(false);
  });

  it("explains itself", () => {
    const { reasons } = similarity("Inflation fell to 4.2% in May.", "Inflation dropped to 4.2 percent in May.");
    expect(reasons.some((r) => r.startsWith("token overlap"))).toBe(true);
    expect(reasons).toContain("numbers agree: 4.2");
  });

  it("matches an acronym with its spelled-out name", () => {
    const r = similarity(
      "The World Health Organization declared mpox a global health emergency.",
      "Mpox was declared a global health emergency by the WHO.",
    );
    expect(r.reasons.some((x) => x.includes("WHO = World Health Organization"))).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
  });
});

describe("the number rule", () => {
  it("never matches 74,000 with 7,400", () => {
    const r = similarity(
      "El Salvador says it has arrested more than 74,000 suspected gang members.",
      "El Salvador says it has arrested more than 7,400 suspected gang members.",
    );
    expect(r.numbersMatch).toBe(false);
    expect(r.score).toBeLessThan(0.35);
    expect(r.reasons).toContain("numbers differ: 74000 vs 7400");
  });

  it.each([
    ["$1.2 billion budget approved", "$1.2 million budget approved"],
    ["legal tender since September 2021", "legal tender since September 2022"],
    ["inflation fell to 4.2% in May", "inflation fell to 2.4% in May"],
    ["Doce personas murieron en el accidente", "Veinte personas murieron en el accidente"],
    ["la empresa recibió una multa de 310 millones de euros", "la empresa recibió una multa de 310 mil euros"],
  ])("%s / %s are different claims", (a, b) => {
    expect(similarity(a, b).numbersMatch).toBe(false);
    expect(isSameClaim(a, b)).toBe(false);
  });

  it.each([
    ["74,000 detained", "74.000 detained"],
    ["25.000 personas marcharon", "25 mil personas marcharon"],
    ["$1.2 billion budget", "$1,200 million budget"],
    ["Twelve people died in the crash", "12 people died in the crash"],
    ["17.000 millones de dólares en reservas", "17 mil millones de dólares en reservas"],
  ])("%s / %s agree", (a, b) => {
    const r = similarity(a, b);
    expect(r.numbersMatch).toBe(true);
    expect(r.score).toBe(1);
  });

  it("mildly penalises numbers present on one side only, without a mismatch", () => {
    const a = "Milei called the state a criminal organization in Davos.";
    const plain = similarity(a, "In Davos, Milei called the state a criminal organization.");
    const dated = similarity(a, "In Davos in January 2024, Milei called the state a criminal organization.");
    expect(dated.numbersMatch).toBe(true);
    expect(dated.score).toBeLessThan(plain.score);
    expect(dated.score).toBeGreaterThan(0.8 * plain.score);
    expect(dated.reasons).toContain("numbers only in the second text: 2024");
  });

  it("treats an extra figure as an added detail only when every other figure is matched", () => {
    const base = "Bitcoin became legal tender in El Salvador in September 2021.";
    const added = "In September 2021, El Salvador, a country of 6.3 million people, adopted bitcoin as legal tender.";
    expect(similarity(base, added).numbersMatch).toBe(true);
    const changed = "In September 2022, El Salvador, a country of 6.3 million people, adopted bitcoin as legal tender.";
    expect(similarity(base, changed).numbersMatch).toBe(false);
  });
});

describe("polarity rules", () => {
  it("penalises a negation present in only one text", () => {
    const r = similarity("Milei said he will not raise taxes next year.", "Milei said he will raise taxes next year.");
    expect(r.reasons).toContain("negation in only one text");
    expect(r.score).toBeLessThan(SAME_CLAIM_THRESHOLD);
    expect(isSameClaim("Milei dijo que no subirá los impuestos.", "Milei dijo que subirá los impuestos.")).toBe(false);
  });

  it("treats same-direction verbs as synonyms and opposite directions as different claims", () => {
    expect(similarity("Unemployment rose in March.", "Unemployment increased in March.").score).toBe(1);
    expect(similarity("El desempleo cayó en marzo.", "El desempleo descendió en marzo.").score).toBe(1);
    const opposite = similarity("Unemployment rose in March.", "Unemployment fell in March.");
    expect(opposite.reasons).toContain("opposite directions (up vs down)");
    expect(opposite.score).toBeLessThan(SAME_CLAIM_THRESHOLD);
  });

  it("does not read the Spanish preposition 'bajo' as the verb 'bajó'", () => {
    const r = similarity("Detenidos bajo el régimen de excepción aumentaron.", "Detenidos bajo el régimen de excepción aumentaron.");
    expect(r.score).toBe(1);
    expect(similarity("La inflación bajó en mayo.", "La inflación subió en mayo.").reasons).toContain(
      "opposite directions (up vs down)",
    );
  });

  it("treats approved and rejected as opposite stances", () => {
    const r = similarity("The council approved the transport budget.", "The council rejected the transport budget.");
    expect(r.reasons).toContain("opposite stances (approve vs reject)");
    expect(isSameClaim("The council approved the transport budget.", "The council rejected the transport budget.")).toBe(false);
  });
});
