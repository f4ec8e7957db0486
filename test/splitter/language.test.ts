import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/splitter";

describe("detectLanguage", () => {
  it.each([
    ["en", "El Salvador’s President Nayib Bukele met with Argentine President Javier Milei on Monday at the Casa Rosada in Buenos Aires."],
    ["en", "La Nacion confirmed that the visit of the president to El Salvador will take place in June."],
    ["es", "El presidente de El Salvador se reunió con Javier Milei en la Casa Rosada, según informó el Gobierno."],
    ["es", "¿Qué pasará con los detenidos? Nadie lo sabe."],
    ["es", "Más de 75.000 personas han sido detenidas desde marzo de 2022 por la Policía."],
    ["en", "Inflation rose 3.5% in March, the statistics office said."],
    ["en", ""],
    ["en", "12345 ... !!!"],
  ] as const)("%s: %s", (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});
