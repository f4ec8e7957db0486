/**
 * Number words and scale words of English and Spanish, and the parser of number-word phrases
 * ("twenty-five", "treinta y cinco", "mil doscientos millones"); see numbers.ts for the rules.
 */

import type { Language } from "./normalize";

export type Token = { kind: "num" | "word" | "sym"; text: string; start: number; end: number };

export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  mil: 1e3,
  millon: 1e6,
  millones: 1e6,
  millardo: 1e9,
  millardos: 1e9,
  billon: 1e12,
  billones: 1e12,
  bn: 1e9,
  mln: 1e6,
  mdd: 1e6, // "millones de dólares" (Mexican press)
  mdp: 1e6, // "millones de pesos"
  // dev v3: counting nouns after a number ("tres decenas" = 30, "two dozen" = 24, "un centenar" = 100)
  decena: 10,
  decenas: 10,
  docena: 12,
  docenas: 12,
  dozen: 12,
  centenar: 100,
  centenares: 100,
  millar: 1e3,
  millares: 1e3,
};


const EN_SMALL: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_UNITS_AFTER_TENS: Record<string, number> = { one: 1, ...pick(EN_SMALL, 2, 9) };

const ES_SMALL: Record<string, number> = {
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  doce: 12, trece: 13, catorce: 14, quince: 15, dieciseis: 16, diecisiete: 17,
  dieciocho: 18, diecinueve: 19, veinte: 20, veintiun: 21, veintiuno: 21, veintiuna: 21,
  veintidos: 22, veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiseis: 26,
  veintisiete: 27, veintiocho: 28, veintinueve: 29,
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300,
  cuatrocientos: 400, cuatrocientas: 400, quinientos: 500, quinientas: 500,
  seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700,
  ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
};
const ES_TENS: Record<string, number> = {
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};
const ES_UNITS_AFTER_TENS: Record<string, number> = { un: 1, uno: 1, una: 1, ...pick(ES_SMALL, 2, 9) };

/** Words that are "1" only when a scale word follows ("a million", "un millón", "one thousand"). */
const ONE_BEFORE_SCALE = new Set(["one", "a", "an", "un", "una", "uno"]);

function pick(table: Record<string, number>, min: number, max: number): Record<string, number> {
  return Object.fromEntries(Object.entries(table).filter(([, v]) => v >= min && v <= max));
}

/**
 * Words that only express a quantity; tokenize() drops them so that "twelve"/"12" or
 * "4.2%"/"4.2 percent" do not count as differing words (the number rule compares values instead).
 */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(SCALES),
  ...Object.keys(EN_SMALL),
  ...Object.keys(EN_TENS),
  ...Object.keys(ES_SMALL),
  ...Object.keys(ES_TENS),
  "once",
  "percent",
  "cent",
  "ciento",
]);


function smallWordValue(word: string, language: Language | undefined): number | undefined {
  if (word in EN_SMALL) return EN_SMALL[word];
  if (word in EN_TENS) return EN_TENS[word];
  if (word in ES_SMALL) return ES_SMALL[word];
  if (word in ES_TENS) return ES_TENS[word];
  if (word === "once" && language === "es") return 11;
  return undefined;
}

function isTens(word: string): boolean {
  return word in EN_TENS || word in ES_TENS;
}

function unitAfterTens(word: string): number | undefined {
  return EN_UNITS_AFTER_TENS[word] ?? ES_UNITS_AFTER_TENS[word];
}

/**
 * Parses a phrase of number words starting at tokens[i]; returns the value and the index just past
 * the phrase, or undefined when tokens[i] does not start a number phrase. Accumulator: small words
 * add to the current group, scale words multiply it (and chain: "mil millones"), and a small word
 * after a scale word starts a new group ("dos mil veinticuatro" = 2000 + 24).
 */
export function parseWordPhrase(
  tokens: Token[],
  i: number,
  language: Language | undefined,
): { value: number; next: number } | undefined {
  const first = tokens[i]!;
  const second = tokens[i + 1];
  const startsWithOne =
    ONE_BEFORE_SCALE.has(first.text) && second?.kind === "word" && SCALES[second.text] !== undefined;
  if (!startsWithOne && first.text !== "mil" && smallWordValue(first.text, language) === undefined) return undefined;

  let total = 0;
  let current = startsWithOne ? 1 : 0;
  let lastWasScale = false;
  let maxScale = 0;
  let lastSmall: number | undefined; // value of the previous small word, if the previous token was one
  let lastWord = startsWithOne ? first.text : "";
  let pendingJoin: "tens" | "hundred" | undefined;
  let j = startsWithOne ? i + 1 : i;

  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.text === "-" || t.text === "y" || t.text === "and") {
      // Connectors only inside a phrase: "twenty-five", "treinta y cinco", "two hundred and fifty".
      const after = tokens[j + 1];
      if (pendingJoin || !after || after.kind !== "word") break;
      if ((t.text === "-" || t.text === "y") && isTens(lastWord) && unitAfterTens(after.text) !== undefined) {
        pendingJoin = "tens";
      } else if (t.text === "and" && lastWord === "hundred" && smallWordValue(after.text, language) !== undefined) {
        pendingJoin = "hundred";
      } else break;
      continue;
    }
    if (t.kind !== "word") break;
    if (pendingJoin) {
      const value = pendingJoin === "tens" ? unitAfterTens(t.text)! : smallWordValue(t.text, language)!;
      if (pendingJoin === "hundred") {
        total += current;
        current = 0;
      }
      current += value;
      pendingJoin = undefined;
      lastWasScale = false;
      lastSmall = value;
      lastWord = t.text;
      continue;
    }
    const scale = SCALES[t.text];
    if (scale !== undefined) {
      if (scale > maxScale && total > 0) {
        // "mil doscientos millones": a larger scale applies to everything before it (1,200 × 10^6)
        current = (total + current) * scale;
        total = 0;
      } else current = (current || 1) * scale;
      maxScale = Math.max(maxScale, scale);
      lastWasScale = true;
      lastSmall = undefined;
      lastWord = t.text;
      continue;
    }
    const small = smallWordValue(t.text, language);
    if (small === undefined) break;
    if (lastSmall !== undefined) {
      // Two small words in a row only combine as tens+unit ("twenty five") or as a Spanish
      // hundred followed by a smaller number ("ciento veinte", "doscientos cincuenta").
      const tensUnit = isTens(lastWord) && small < 10;
      const hundredRest = lastSmall >= 100 && lastSmall % 100 === 0 && small < 100;
      if (!tensUnit && !hundredRest) break;
    }
    if (lastWasScale) {
      total += current;
      current = 0;
    }
    current += small;
    lastWasScale = false;
    lastSmall = small;
    lastWord = t.text;
  }
  if (pendingJoin) j--; // a dangling connector is not part of the phrase
  if (j === i) return undefined;
  if (lastWasScale) {
    const half = halfAfter(tokens, j);
    if (half) return { value: total + current + SCALES[lastWord]! / 2, next: half };
  }
  return { value: total + current, next: j };
}

/** "y medio" / "and a half" right after a scale word: returns the index past it. */
export function halfAfter(tokens: Token[], j: number): number | undefined {
  const [a, b, c] = [tokens[j]?.text, tokens[j + 1]?.text, tokens[j + 2]?.text];
  if (a === "y" && (b === "medio" || b === "media")) return j + 2;
  if (a === "and" && b === "a" && c === "half") return j + 3;
  return undefined;
}
