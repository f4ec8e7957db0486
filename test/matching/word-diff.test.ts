import { describe, expect, it } from "vitest";
import { FTS_MAX_TERMS, FTS_MAX_TRANSLATED, ftsQueryFor, wordDiff } from "@/lib/matching";
import { ftsTable } from "./fts-table";

describe("wordDiff", () => {
  it("marks the deciding words of a same-language pair", () => {
    const d = wordDiff("Flu cases in Texas doubled in January.", "Flu cases in Ohio doubled in January.", { languageA: "en", languageB: "en" });
    expect(d.mode).toBe("words");
    if (d.mode !== "words") return;
    expect(d.reason).toBe("different place: Texas / Ohio");
    expect(d.segments.filter((s) => s.slot)).toEqual([
      { text: "Texas", kind: "removed", slot: "place" },
      { text: "Ohio", kind: "added", slot: "place" },
    ]);
    // the segments rebuild both claims
    expect(d.segments.filter((s) => s.kind !== "added").map((s) => s.text).join("")).toBe("Flu cases in Texas doubled in January.");
    expect(d.segments.filter((s) => s.kind !== "removed").map((s) => s.text).join("")).toBe("Flu cases in Ohio doubled in January.");
  });

  it("marks opposite directions and changed figures", () => {
    const d = wordDiff("El Gobierno registró un superávit de 1.200 millones.", "El Gobierno registró un déficit de 1.200 millones.", { languageA: "es", languageB: "es" });
    expect(d.mode === "words" && d.segments.filter((s) => s.slot === "direction").map((s) => s.text)).toEqual(["superávit", "déficit"]);
    const f = wordDiff("The storm left 74,000 homes without power.", "The storm left 7,400 homes without power.", { languageA: "en", languageB: "en" });
    expect(f.mode === "words" && f.segments.filter((s) => s.slot === "figure").map((s) => s.text)).toEqual(["74,000", "7,400"]);
  });

  it("has no highlighted slot for a rewording", () => {
    const d = wordDiff("The city council approved the budget on Tuesday.", "On Tuesday the budget was approved by the city council.", { languageA: "en", languageB: "en" });
    expect(d.reason).toBeNull();
    expect(d.mode === "words" && d.segments.some((s) => s.slot)).toBe(false);
  });

  it("returns the aligned slots for an English-Spanish pair", () => {
    const d = wordDiff("España registró un superávit de 2.100 millones de euros.", "Spain posted a deficit of 2.1 billion euros.", { languageA: "es", languageB: "en" });
    expect(d.mode).toBe("slots");
    if (d.mode !== "slots") return;
    expect(d.slots.map((s) => [s.slot, s.agrees])).toEqual(expect.arrayContaining([["figure", true], ["direction", false], ["place", true]]));
    expect(d.reason).toBe("opposite direction: superávit / deficit");
  });
});

describe("ftsQueryFor with crossLingual", () => {
  const found = ftsTable([
    "El desempleo en España bajó al 11,2 % en marzo, según el Banco de España.",
    "Unemployment in Spain fell to 11.2% in March, the Bank of Spain said.",
    "La Aemet activó el aviso rojo por lluvias en la provincia de Valencia.",
    "The Met Office issued an amber warning for snow across northern Scotland.",
    "El Metro de la Ciudad de México transportó 1.200 millones de pasajeros en 2023.",
  ]);

  it("keeps the source-language terms first and adds a bounded number of translated ones", () => {
    const text = "Unemployment in Spain fell to 11.2% in March, the Bank of Spain said.";
    const plain = ftsQueryFor(text, "en");
    const cross = ftsQueryFor(text, "en", { crossLingual: true });
    expect(cross.startsWith(plain)).toBe(true);
    expect(cross.split(" OR ").length).toBeLessThanOrEqual(FTS_MAX_TERMS + FTS_MAX_TRANSLATED);
    expect(cross).toMatch(/^"[^"]+"\*( OR "[^"]+"\*)*$/);
  });

  it("finds the Spanish twin of an English claim and the English twin of a Spanish one", () => {
    expect(found(ftsQueryFor("Unemployment in Spain fell to 11.2% in March.", "en", { crossLingual: true }))).toContain(1);
    expect(found(ftsQueryFor("Mexico City's metro carried 1.2 billion passengers in 2023.", "en", { crossLingual: true }))).toContain(5);
    expect(found(ftsQueryFor("La Oficina Meteorológica emitió un aviso por nieve en Escocia.", "es", { crossLingual: true }))).toContain(4);
    // without the option, the English expression finds no Spanish row
    expect(found(ftsQueryFor("Unemployment in Spain fell to 11.2% in March.", "en"))).not.toContain(1);
  });
});
