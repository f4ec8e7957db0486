import { describe, expect, it } from "vitest";
import { align } from "@/lib/matching/align";
import { claimFrame } from "@/lib/matching/frame";
import { CROSSED_MIN_SHARED, crossedParticipants, sharedWords } from "@/lib/matching/roles";
import { en, es } from "./compare-in";

/**
 * Dev v19 (docs/matching.md, "What changed in dev v19"): holdouts z and qa, scored once under dev
 * v18, are spent and join the dev data (dev-data.test.ts); three kinds of flip in an otherwise copied claim are hard
 * vetoes (lib/matching/flips.ts). Examples written for these tests (none from corpus/matching).
 */
describe("dev v19: participants of any kind swapped around the same verb", () => {
  it("sees common nouns trade places around the verb, in English and Spanish", () => {
    const enSwap = en("The city council sued the water company over the contaminated supply.", "The water company sued the city council over the contaminated supply.");
    expect(enSwap.tier).not.toBe("same");
    expect(enSwap.reason).toMatch(/^different subject/);
    const esSwap = es("El sindicato demandó a la empresa por los despidos de marzo.", "La empresa demandó al sindicato por los despidos de marzo.");
    expect(esSwap.tier).not.toBe("same");
    expect(esSwap.reason).toMatch(/^different subject: sindicato demandó empresa/);
    expect(es("La selección juvenil venció 2-0 a Uruguay y pasó a semifinales.", "Uruguay venció 2-0 a la selección juvenil y pasó a semifinales.").tier).not.toBe("same");
  });

  it("lets a clause move, a fronted object with its clitic and a passive pass", () => {
    expect(crossedOnly("Según el Banco Central, el peso se depreció un 2 % en la última semana.", "El peso se depreció un 2 % en la última semana, según el Banco Central.", "es")).toBe(false);
    expect(crossedOnly("El 80 % de los alumnos aprobó el examen de conducir en Soria.", "En Soria, el examen de conducir lo aprobó el 80 % de los alumnos.", "es")).toBe(false);
    expect(crossedOnly("The new bypass will cut the journey between the two towns to ten minutes.", "The journey between the two towns will be cut to ten minutes by the new bypass.", "en")).toBe(false);
    expect(crossedOnly("The auction house sold the Monet landscape for $20 million on Tuesday.", "A Monet landscape sold for $20 million at the auction house on Tuesday.", "en")).toBe(false);
  });

  it("needs the claims to share their content words: a rewording is not a swap", () => {
    expect(sharedWords(claimFrame("El sindicato demandó a la empresa.", "es"), claimFrame("La empresa demandó al sindicato.", "es"))).toBe(1);
    expect(sharedWords(claimFrame("Snow closed 38 schools on Monday.", "en"), claimFrame("Thirty-eight schools shut on Monday because of snow.", "en"))).toBeLessThan(CROSSED_MIN_SHARED);
  });
});

describe("dev v19: one word changed and nothing else", () => {
  it("is not the same claim when the lexicons do not pair the two words", () => {
    const esFlip = es("El Ayuntamiento abrirá tres piscinas cubiertas con entrada gratuita en julio.", "El Ayuntamiento abrirá tres piscinas descubiertas con entrada gratuita en julio.");
    expect(esFlip.tier).not.toBe("same");
    expect(esFlip.reason).toBe("different action: 'cubiertas' / 'descubiertas'"); // a participle: named as the word accounting names it
    expect(es("El precio medio del alquiler en Valencia subió un 8 % en 2025.", "El precio mediano del alquiler en Valencia subió un 8 % en 2025.").tier).not.toBe("same");
    const enFlip = en("The regulator approved a 7% rise in household electricity prices from January.", "The regulator approved a 7% rise in business electricity prices from January.");
    expect(enFlip.tier).not.toBe("same");
    expect(enFlip.reason).toMatch(/^different object: household \/ business/);
  });

  it("passes a synonym the lexicons know and a figure written another way", () => {
    expect(es("El Gobierno compró 40 trenes nuevos para la red de cercanías.", "El Gobierno adquirió 40 trenes nuevos para la red de cercanías.").tier).toBe("same");
    expect(en("The fund raised 2.5 billion dollars for the new airport.", "The fund raised 2.5 bn dollars for the new airport.").tier).toBe("same");
  });
});

describe("dev v19: 'sin X' against 'con X'", () => {
  it("is a negation when X is paired, in Spanish and English", () => {
    const esNeg = es("Desde el lunes el hospital atenderá a los pacientes sin cita previa y en horario de tarde.", "Desde el lunes el hospital atenderá a los pacientes con cita previa y también en horario de tarde.");
    expect(esNeg.tier).not.toBe("same");
    expect(esNeg.reason).toBe("negation: sin cita / con cita");
    const enNeg = en("The summit ended without a joint statement because of disagreements over debt.", "The summit ended with a joint statement despite disagreements over debt.");
    expect(enNeg.tier).not.toBe("same");
    expect(enNeg.reason).toMatch(/^negation: without joint/);
  });

  it("leaves 'sin' said on both sides alone", () => {
    expect(es("Desde el lunes, el hospital atenderá sin cita previa a los pacientes.", "El hospital atenderá a los pacientes sin cita previa desde el lunes.").tier).toBe("same");
  });
});

/** Whether crossedParticipants alone objects to a pair (the other rules aside). */
function crossedOnly(a: string, b: string, language: "en" | "es"): boolean {
  const fa = claimFrame(a, language), fb = claimFrame(b, language);
  const ctx = { a: fa, b: fb, al: align(fa, fb), out: [] };
  crossedParticipants(ctx);
  return ctx.out.length > 0;
}
