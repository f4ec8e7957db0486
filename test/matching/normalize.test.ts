import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/matching";

describe("normalizeText", () => {
  it.each([
    ["Argentina’s “Security” Minister", "argentina's \"security\" minister"],
    ["La MEGACÁRCEL de Bukele, según el Gobierno", "la megacarcel de bukele, segun el gobierno"],
    ["año  pequeño\n\tniño", "ano pequeno nino"],
    ["re‐election — 2022–2024 − 3", "re-election - 2022-2024 - 3"],
    ["«comillas» ‘simples’ „bajas“", "\"comillas\" 'simples' \"bajas\""],
    ["  trailing\u00A0and\u202Fnarrow   spaces  ", "trailing and narrow spaces"],
    ["zero\u200Bwidth soft\u00ADhyphen", "zerowidth softhyphen"],
    ["Ç É Ñ Ü ø", "c e n u ø"],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("is idempotent and language-independent", () => {
    const text = "Bukele’s re‑election — “a landmark”, según analistas";
    const once = normalizeText(text);
    expect(normalizeText(once)).toBe(once);
    expect(normalizeText(text, "en")).toBe(once);
    expect(normalizeText(text, "es")).toBe(once);
  });
});
