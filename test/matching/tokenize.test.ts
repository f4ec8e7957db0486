import { describe, expect, it } from "vitest";
import { detectLanguage, tokenize } from "@/lib/matching";

describe("tokenize", () => {
  it.each<[name: string, text: string, language: "en" | "es", tokens: string[]]>([
    [
      "drops stopwords, numbers and reporting verbs and stems English words",
      "The police said they arrested 74,000 suspected gang members in 2023.",
      "en",
      ["polic", "arrest", "suspect", "gang", "member"],
    ],
    [
      "drops Spanish stopwords and stems Spanish words",
      "Según el Gobierno, la policía detuvo a más de 74.000 presuntos pandilleros.",
      "es",
      ["gobiern", "polic", "detuv", "presunt", "pandiller"],
    ],
  ])("%s", (_name, text, language, tokens) => {
    expect(tokenize(text, language)).toEqual(tokens);
  });

  it.each([
    // English: plural, -ing, -ed, -ly, final e, y/ies
    ["agreements", "agreement"],
    ["agreement", "agreement"],
    ["arrested", "arrest"],
    ["arrests", "arrest"],
    ["visiting", "visit"],
    ["visited", "visit"],
    ["dropped", "drop"],
    ["declared", "declar"],
    ["declare", "declar"],
    ["declaring", "declar"],
    ["cities", "citi"],
    ["city", "citi"],
    ["ministries", "ministri"],
    ["ministry", "ministri"],
    ["strongly", "strong"],
    ["crisis", "crisis"],
    ["bonus", "bonus"],
    ["agreed", "agre"],
    ["agree", "agre"],
  ])("en: %s -> %s", (word, stem) => {
    expect(tokenize(word, "en")).toEqual([stem]);
  });

  it.each([
    // Spanish: plural -s/-es, gender -a/-o, verb endings
    ["ministra", "ministr"],
    ["ministros", "ministr"],
    ["argentina", "argentin"],
    ["argentinos", "argentin"],
    ["acuerdos", "acuerd"],
    ["acuerdo", "acuerd"],
    ["ciudades", "ciudad"],
    ["firmó", "firm"],
    ["firmar", "firm"],
    ["firmaron", "firm"],
    ["detenido", "deten"],
    ["detener", "deten"],
    ["detenidos", "deten"],
    ["dólares", "dol"],
    ["dólar", "dol"],
    ["presidente", "president"],
    ["presidentes", "president"],
    ["organización", "organiz"],
  ])("es: %s -> %s", (word, stem) => {
    expect(tokenize(word, "es")).toEqual([stem]);
  });

  it("removes number words and percent words so they cannot differ from digits", () => {
    expect(tokenize("Twelve people, 4.2 percent", "en")).toEqual(["peopl"]);
    expect(tokenize("Doce personas, 4,2 por ciento, dos millones", "es")).toEqual(["person"]);
  });

  it("keeps acronyms even when they spell a stopword", () => {
    expect(tokenize("The WHO said the US agreed", "en")).toEqual(["who", "us", "agre"]);
  });

  it("strips possessives, splits hyphens and ignores punctuation", () => {
    expect(tokenize("Bukele's mega-prison (\"CECOT\")!", "en")).toEqual(["bukel", "mega", "prison", "cecot"]);
  });

  it("guesses the language when none is given", () => {
    expect(detectLanguage("La ministra visitó El Salvador para firmar acuerdos")).toBe("es");
    expect(detectLanguage("The minister visited El Salvador to sign agreements")).toBe("en");
    expect(detectLanguage("Bukele Milei")).toBeUndefined();
    expect(tokenize("Los ministros firmaron acuerdos")).toEqual(["ministr", "firm", "acuerd"]);
  });
});
