import { describe, expect, it } from "vitest";
import { extractNumbers } from "@/lib/matching";

describe("extractNumbers", () => {
  const cases: [string, number[], ("en" | "es")?][] = [
    // thousands vs decimals
    ["74,000 arrested", [74000]],
    ["7,400 arrested", [7400]],
    ["más de 74.000 detenidos", [74000]],
    ["más de 25.000 personas", [25000]],
    ["25 mil personas", [25000]],
    ["25\u202F000 people", [25000]],
    ["1.200.000 dólares", [1200000]],
    ["1,200,000 dollars", [1200000]],
    ["1,234.56 and 1.234,56", [1234.56, 1234.56]],
    ["inflation of 3.5%", [3.5]],
    ["una inflación de 1,2", [1.2]],
    ["el 4,2% en mayo", [4.2]],
    ["52,9 por ciento", [52.9]],
    ["11,3 %", [11.3]],
    ["0.125 of the total", [0.125]],
    ["1.45°C warmer", [1.45]],
    // scale words and currencies
    ["$1.2 billion", [1.2e9]],
    ["$1.2 million", [1.2e6]],
    ["€310 million", [3.1e8]],
    ["310 millones de euros", [3.1e8]],
    ["€310 millones", [3.1e8]],
    ["17.000 millones de dólares", [1.7e10]],
    ["17 mil millones de dólares", [1.7e10]],
    ["1,2 millones", [1.2e6]],
    ["2 billones de pesos", [2e12]],
    ["US$1.2bn", [1.2e9]],
    ["a $5m contract", [5e6]],
    ["a 5m wall", [5]],
    ["74 thousand", [74000]],
    ["a million people", [1e6]],
    ["un millón de personas", [1e6]],
    ["mil personas", [1000]],
    // number words
    ["Twelve people died", [12]],
    ["Doce personas murieron", [12]],
    ["twenty-five years", [25]],
    ["two hundred and fifty", [250]],
    ["treinta y cinco años", [35]],
    ["doscientos cincuenta", [250]],
    ["two million five hundred thousand", [2.5e6]],
    ["dos millones quinientos mil", [2.5e6]],
    ["dos mil veinticuatro", [2024]],
    ["once personas", [11], "es"],
    ["once upon a time", []],
    ["one of the largest", []],
    // years, dates, codes
    ["in June 2024", [2024]],
    ["June 1, 2024", [1, 2024]],
    ["between 2000 and 2022", [2000, 2022]],
    ["the G20 summit", []],
    ["no numbers here", []],
  ];

  it.each(cases)("%s -> %j", (text, expected, language) => {
    expect(extractNumbers(text, language)).toEqual(expected);
  });

  it("tells 74,000 and 7,400 apart", () => {
    expect(extractNumbers("74,000 arrested")).not.toEqual(extractNumbers("7,400 arrested"));
  });

  it("gives equal figures the same value across formats and languages", () => {
    const forms = ["74,000", "74.000", "74 mil", "74 thousand", "74\u00A0000"];
    for (const form of forms) expect(extractNumbers(`${form} detenidos`)).toEqual([74000]);
  });
});

describe("extractNumbers: conventions added for claim frames", () => {
  it.each([
    ["mil doscientos millones de pasajeros", [1.2e9]],
    ["Dos millones y medio de viajeros", [2.5e6]],
    ["two million and a half", [2.5e6]],
    ["2 millones y medio", [2.5e6]],
    ["a 1.4-million-year-old human tooth", [1.4e6]],
    ["5.8m visitors", [5.8e6]],
    ["la temporada 2023/24", [2023, 2024]],
    ["the 2023-24 season", [2023, 2024]],
    ["ocho mil millones de euros", [8e9]],
    ["three billion two million", [3.002e9]],
    ["1.620.000 millones", [1.62e12]],
    ["2,1 mil millones", [2.1e9]],
  ] as [string, number[]][])("%s -> %j", (text, expected) => {
    expect(extractNumbers(text, "es")).toEqual(expected);
  });
});
