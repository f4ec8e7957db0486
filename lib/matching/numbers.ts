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
import { halfAfter, parseWordPhrase, SCALES, type Token } from "./number-words";

export { NUMBER_WORDS } from "./number-words";

/** Scales that only apply when glued to a figure that follows a currency symbol ("$5m", "€50k"). */
const CURRENCY_SUFFIX_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 };
const MILLION_AFTER = new Set(["tonnes", "tons", "barrels", "litres", "liters", "euros", "dollars", "pounds", "people", "users", "visitors", "passengers", "viewers", "voters", "tourists", "bags", "doses", "jobs", "homes", "households", "subscribers", "customers", "residents", "hectares", "acres"]);

const CURRENCY_SYMBOLS = new Set(["$", "€", "£", "¥"]);

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


/**
 * The text as every matcher sees it: digit groups split by narrow/no-break spaces joined
 * ("25 000" -> "25000"), punctuation unified, accents stripped, lower case. Offsets in the result
 * are those of `tokensOf` and `numberSpans`.
 */
export function prepareText(text: string): string {
  return stripAccents(unifyPunctuation(joinDigitGroups(text))).toLowerCase();
}

/** Joins digit groups separated by narrow/no-break spaces ("25 000" -> "25000"). */
export function joinDigitGroups(text: string): string {
  return text.replace(/(\d)[\u00A0\u202F\u2009](?=\d{3}(?!\d))/g, "$1");
}

export type ScanToken = Token;

/** Tokens of a prepared text: digit groups, letter runs and single symbols. */
export function tokensOf(prepared: string): ScanToken[] {
  return scan(prepared);
}

/** A number found in a prepared text: its value and the tokens [first, last] it spans. */
export type NumberSpan = { value: number; first: number; last: number };

/**
 * Every number in a prepared text (see prepareText), with the tokens it spans. Besides the rules
 * of the module comment: a scale word may follow a hyphen ("1.4-million-year-old"); a glued "m"
 * scales a figure with decimals ("5.8m visitors"), while "a 5m wall" stays 5; "y medio" / "and a
 * half" after a scale adds half of it ("dos millones y medio" = 2.5 million); and a season written
 * "2023/24" or "2023-24" reads as 2023 and 2024.
 */
export function numberSpans(prepared: string, tokens: readonly ScanToken[], language?: Language): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === "num") {
      if (t.start > 0 && /\p{L}/u.test(prepared[t.start - 1]!)) continue; // "G20", "MP3"
      let value = parseNumeral(t.text);
      const before = prepared.slice(Math.max(0, t.start - 2), t.start); // "$5m" or "$ 5m"
      const currency = CURRENCY_SYMBOLS.has(before.at(-1) ?? "") || (before.at(-1) === " " && CURRENCY_SYMBOLS.has(before.at(0) ?? ""));
      let j = i + 1;
      const glued = tokens[j];
      let scaled = false;
      if (glued && glued.kind === "word" && glued.start === t.end) {
        // "5.8m visitors"; dev v9: a glued "m" before what only millions count ("172m tonnes", "54m bags"; pd, pf, pi)
        const decimalM = glued.text === "m" && (/[.,]\d{1,2}$/.test(t.text) || MILLION_AFTER.has(tokens[j + 1]?.text ?? ""));
        const suffixScale = SCALES[glued.text] ?? (currency || decimalM ? CURRENCY_SUFFIX_SCALES[glued.text] : undefined);
        if (suffixScale !== undefined) (value *= suffixScale), (scaled = true);
        j++; // unit or ordinal suffixes ("5km", "1st", "2da") are consumed and ignored
      }
      for (;;) {
        const next = tokens[j];
        const hyphen = next?.text === "-" && tokens[j + 1]?.kind === "word" && SCALES[tokens[j + 1]!.text] !== undefined;
        const word = hyphen ? tokens[j + 1] : next;
        // dev v10: "1.500 M€" is 1,500 million euros (pd, pe)
        const megaEuro = word?.text === "m" && !scaled && prepared[word.end] === "€";
        if (!word || word.kind !== "word" || (SCALES[word.text] === undefined && !megaEuro) || word.text === "hundred" && scaled) break;
        value *= megaEuro ? 1e6 : SCALES[word.text]!;
        scaled = true;
        j += hyphen ? 2 : 1;
      }
      if (scaled) {
        const half = halfAfter(tokens as Token[], j);
        if (half) {
          const lastScale = SCALES[tokens[j - 1]!.text] ?? 1e6;
          value += lastScale / 2;
          j = half;
        }
      }
      const previous = out.at(-1);
      if (previous && /^\d{2}$/.test(t.text) && previous.last === i - 2 && /^[-/]$/.test(tokens[i - 1]!.text) &&
        previous.value >= 1900 && previous.value < 2100 && Number(t.text) === (previous.value + 1) % 100) {
        value = previous.value + 1; // "2023/24", "2023-24"
      }
      out.push({ value: tidy(value), first: i, last: j - 1 });
      i = j - 1;
      continue;
    }
    if (t.kind === "word") {
      if (t.start > 0 && /[\p{L}\d]/u.test(prepared[t.start - 1]!)) continue;
      if (t.text === "ciento" && tokens[i - 1]?.text === "por") continue; // "52,9 por ciento"
      const phrase = parseWordPhrase(tokens as Token[], i, language);
      if (phrase) {
        out.push({ value: tidy(phrase.value), first: i, last: phrase.next - 1 });
        i = phrase.next - 1;
      }
    }
  }
  return out;
}

/**
 * Every number in the text, in order of appearance, with thousands/decimal separators, scale words
 * and number words resolved (see the module comment and numberSpans for the exact rules).
 */
export function extractNumbers(text: string, language?: Language): number[] {
  const prepared = prepareText(text);
  return numberSpans(prepared, scan(prepared), language).map((n) => n.value);
}
