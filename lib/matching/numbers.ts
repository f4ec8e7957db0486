/**
 * Number extraction for the "numbers must matter" rule: "74,000 arrested" and "7,400 arrested" are
 * different claims, while "74,000", "74.000", "74 mil" and "74 thousand" are the same figure.
 *
 * Rules (all on accent-stripped, lowercased text):
 * - Digit groups: a separator (, or .) followed by exactly three digits after a 1–3 digit leading
 *   group is a thousands separator ("74,000", "74.000", "1.200.000", "1,200,000"); otherwise a single
 *   separator is a decimal mark ("3.5", "1,2", "0.125", "2024.5"). When both marks occur, the last
 *   one is the decimal mark ("1,234.56", "1.234,56"). Narrow/no-break spaces between digit groups
 *   ("25 000") are thousands separators too.
 * - Scale words multiply the preceding number and chain: thousand, million(s), billion(s) (1e9),
 *   trillion(s), mil, millón/millones, millardo(s) (1e9), billón/billones (Spanish long scale, 1e12),
 *   abbreviations bn, mln, mdd, mdp; "17 mil millones" = "17.000 millones" = 1.7e10. After a
 *   currency symbol, glued m/mn/k/b also scale ("$5m", "€50k").
 * - Number words: 2–99 and hundreds in English and Spanish ("twelve", "twenty-five", "doce",
 *   "treinta y cinco", "doscientos"), combined with scales ("two million", "dos mil veinticuatro").
 *   "one"/"un"/"una"/"a" only count before a scale word ("a million", "un millón") and a bare "mil"
 *   is 1000 — on their own they are usually articles/pronouns. Spanish "once" (11) only counts when
 *   the language is "es" (it is an ordinary adverb in English).
 * - Percentages keep their value ("3.5%" -> 3.5, "52,9 por ciento" -> 52.9).
 * - Digits glued to a preceding letter are codes, not quantities ("G20", "MP3"), and are skipped.
 * - Not handled (documented limitations): ordinals ("tenth", "segundo"), fractions ("two thirds",
 *   "un tercio", "half"), and rounding words do not change a value ("nearly 75,000" is 75000).
 */

import { stripAccents, unifyPunctuation, type Language } from "./normalize";

const SCALES: Record<string, number> = {
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
};

/** Scales that only apply when glued to a figure that follows a currency symbol ("$5m", "€50k"). */
const CURRENCY_SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };

const CURRENCY_SYMBOLS = new Set(["$", "€", "£", "¥"]);

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

type Token = { kind: "num" | "word" | "sym"; text: string; start: number; end: number };

const TOKEN_RE = /(\d+(?:[.,]\d+)*)|(\p{L}+)|(\S)/gu;

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index ?? 0;
    const kind = m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "sym";
    tokens.push({ kind, text: m[0], start, end: start + m[0].length });
  }
  return tokens;
}

/** Parses one digit group such as "74,000", "74.000", "3.5", "1,2", "1.234,56" (see module doc). */
export function parseNumeral(raw: string): number {
  const hasDot = raw.includes(".");
  const hasComma = raw.includes(",");
  if (!hasDot && !hasComma) return Number(raw);
  if (hasDot && hasComma) {
    const decimalAt = Math.max(raw.lastIndexOf("."), raw.lastIndexOf(","));
    const integer = raw.slice(0, decimalAt).replace(/[.,]/g, "");
    return Number(`${integer}.${raw.slice(decimalAt + 1)}`);
  }
  const groups = raw.split(/[.,]/);
  if (groups.length > 2) return Number(groups.join("")); // 1.200.000 / 1,200,000
  const [integer, fraction] = groups as [string, string];
  const looksLikeThousands = fraction.length === 3 && integer.length <= 3 && !/^0+$/.test(integer);
  return looksLikeThousands ? Number(integer + fraction) : Number(`${integer}.${fraction}`);
}

/** Rounds away floating-point noise so that 1.2 × 1e9 equals 1200000000. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

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
function parseWordPhrase(
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
      current = (current || 1) * scale;
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
  return { value: total + current, next: j };
}

/**
 * Every number in the text, in order of appearance, with thousands/decimal separators, scale words
 * and number words resolved (see the module comment for the exact rules).
 */
export function extractNumbers(text: string, language?: Language): number[] {
  const prepared = stripAccents(
    unifyPunctuation(text.replace(/(\d)[\u00A0\u202F\u2009](?=\d{3}(?!\d))/g, "$1")),
  ).toLowerCase();
  const tokens = scan(prepared);
  const out: number[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "num") {
      if (t.start > 0 && /\p{L}/u.test(prepared[t.start - 1]!)) continue; // "G20", "MP3"
      let value = parseNumeral(t.text);
      const before = prepared.slice(Math.max(0, t.start - 2), t.start); // "$5m" or "$ 5m"
      const currency = CURRENCY_SYMBOLS.has(before.at(-1) ?? "") || (before.at(-1) === " " && CURRENCY_SYMBOLS.has(before.at(0) ?? ""));
      let j = i + 1;
      const glued = tokens[j];
      if (glued && glued.kind === "word" && glued.start === t.end) {
        const suffixScale = SCALES[glued.text] ?? (currency ? CURRENCY_SUFFIX_SCALES[glued.text] : undefined);
        if (suffixScale !== undefined) value *= suffixScale;
        j++; // unit or ordinal suffixes ("5km", "1st", "2da") are consumed and ignored
      }
      while (j < tokens.length && tokens[j]!.kind === "word" && SCALES[tokens[j]!.text] !== undefined) {
        value *= SCALES[tokens[j]!.text]!;
        j++;
      }
      out.push(tidy(value));
      i = j - 1;
      continue;
    }
    if (t.kind === "word") {
      if (t.start > 0 && /[\p{L}\d]/u.test(prepared[t.start - 1]!)) continue;
      if (t.text === "ciento" && tokens[i - 1]?.text === "por") continue; // "52,9 por ciento"
      const phrase = parseWordPhrase(tokens, i, language);
      if (phrase) {
        out.push(tidy(phrase.value));
        i = phrase.next - 1;
      }
    }
  }
  return out;
}
