/**
 * Quantities of a claim frame: each figure (numbers.ts numberSpans) with the measurement unit
 * written next to it, the comparator before it, and multiplier words read as figures.
 *
 * - Units: a symbol or word right after the figure ("%", "°C", "km²", "kilómetros", "barrels",
 *   "de dólares", glued "46.2C", "5km") or a currency symbol before it ("$", "€", "£", "US$").
 *   Each unit has a dimension and a factor to a base unit, so "2.300 kilos" = "2,3 toneladas" and
 *   "4,280,000 km²" = "4.28 million square kilometres"; the same figure with units of one
 *   dimension and different factors ("2.300 kilos" / "2.300 gramos", "200 kilometres" / "200
 *   miles") or of different dimensions ("4 %" / "4 dólares") is a different claim.
 * - Comparators: bounds before the figure or multiplier ("more than", "más de", "at least", "up to") and approximations ("about", "casi").
 * - Multipliers: "doubled", "tripled", "se duplicó", "el doble", "twice", "halved" are figures with
 *   the unit "times", so "tripled" = "three times as many" and "duplicar" ≠ "triplicar".
 * - Fractions of a whole are percentages: "more than half of" = "over 50 %", "dos tercios de".
 * - Years: a bare four-digit figure between 1900 and 2099 with no unit or comparator.
 */

import { anyUsed, type FrameToken, type Quantity, type Unit, type UnitDimension } from "./frame-types";
import type { Language } from "./normalize";
import { numberSpans, type ScanToken } from "./numbers";
import { PhraseTable } from "./phrases";

type UnitDef = { id: string; dimension: UnitDimension; factor: number };
const UNIT_NAMES: [string, UnitDimension, number, string[]][] = [
  ["pct", "ratio", 1, ["percent", "per cent", "pct", "por ciento", "porciento"]],
  ["pp", "points", 1, ["percentage point", "percentage points", "points", "point", "punto porcentual", "puntos porcentuales", "puntos", "pp"]], ["bp", "points", 0.01, ["basis point", "basis points", "punto basico", "puntos basicos", "bps"]], // dev v9
  ["usd", "money", 1, ["usd", "dollar", "dollars", "dolar", "dolares"]],
  ["eur", "money", 1, ["eur", "euro", "euros"]],
  ["gbp", "money", 1, ["gbp", "pound", "pounds", "libra", "libras", "libras esterlinas", "pounds sterling"]],
  ["peso", "money", 1, ["peso", "pesos", "mxn", "ars", "cop", "clp"]],
  // dev v8: dollars that are not US dollars, and reais, written before the figure ("C$", "A$", "R$") or after it
  ["cad", "money", 1, ["cad", "canadian dollars", "dolares canadienses"]],
  ["aud", "money", 1, ["aud", "australian dollars", "dolares australianos"]],
  ["brl", "money", 1, ["brl", "reais", "reales"]],
  ["cent", "money", 1, ["cent", "cents", "centimo", "centimos", "centavo", "centavos"]], // dev v9: compared as a hundredth (align.ts)
  ["km", "length", 1000, ["km", "kilometre", "kilometres", "kilometer", "kilometers", "kilometro", "kilometros"]],
  ["m", "length", 1, ["metre", "metres", "meter", "meters", "metros"]],
  // dev v7: "1,5 metros" = "150 centímetros"; rainfall in millimetres
  ["cm", "length", 0.01, ["cm", "centimetre", "centimetres", "centimeter", "centimeters", "centimetro", "centimetros"]],
  ["mm", "length", 0.001, ["mm", "millimetre", "millimetres", "millimeter", "millimeters", "milimetro", "milimetros"]],
  ["mi", "length", 1609.34, ["mile", "miles", "milla", "millas"]],
  ["ly", "length", 9.4607e15, ["light year", "light years", "light-year", "light-years", "ano luz", "anos luz"]],
  ["pc", "length", 3.0857e16, ["parsec", "parsecs"]],
  ["m2", "area", 1, ["square metre", "square metres", "square meter", "square meters", "metro cuadrado", "metros cuadrados", "m2"]], // dev v9
  ["km2", "area", 1e6, ["square kilometre", "square kilometres", "square kilometer", "square kilometers", "kilometro cuadrado", "kilometros cuadrados"]],
  ["mi2", "area", 2.59e6, ["square mile", "square miles", "milla cuadrada", "millas cuadradas"]],
  ["ha", "area", 1e4, ["hectare", "hectares", "hectarea", "hectareas", "ha"]],
  ["kg", "mass", 1, ["kg", "kilo", "kilos", "kilogram", "kilograms", "kilogramo", "kilogramos"]],
  ["g", "mass", 0.001, ["gram", "grams", "gramo", "gramos"]],
  ["t", "mass", 1000, ["tonne", "tonnes", "ton", "tons", "tonelada", "toneladas", "metric tons"]],
  ["bbl", "volume", 0.159, ["barrel", "barrels", "barril", "barriles"]],
  ["m3", "volume", 1, ["cubic metre", "cubic metres", "cubic meter", "cubic meters", "metro cubico", "metros cubicos"]],
  ["l", "volume", 0.001, ["litre", "litres", "liter", "liters", "litro", "litros"]],
  ["twh", "energy", 1e9, ["twh", "terawatt hour", "terawatt hours", "teravatio hora", "teravatios hora"]],
  ["gwh", "energy", 1e6, ["gwh", "gigawatt hour", "gigawatt hours", "gigavatio hora", "gigavatios hora"]],
  ["mwh", "energy", 1e3, ["mwh", "megawatt hour", "megawatt hours", "megavatio hora", "megavatios hora"]],
  ["kwh", "energy", 1, ["kwh", "kilowatt hour", "kilowatt hours", "kilovatio hora", "kilovatios hora"]],
  ["gw", "power", 1e6, ["gw", "gigawatt", "gigawatts", "gigavatio", "gigavatios"]],
  ["mw", "power", 1e3, ["mw", "megawatt", "megawatts", "megavatio", "megavatios"]],
  ["degc", "temperature", 1, ["c", "degrees celsius", "degree celsius", "celsius", "degrees", "grados", "grados celsius", "grados centigrados", "centigrados"]],
  ["degf", "temperature", 1, ["f", "fahrenheit", "degrees fahrenheit", "grados fahrenheit"]],
  ["hour", "duration", 3600, ["hour", "hours", "hora", "horas"]],
  ["day", "duration", 86400, ["day", "days", "dia", "dias"]],
  ["week", "duration", 604800, ["week", "weeks", "semana", "semanas"]],
  ["month", "duration", 2629800, ["month", "months", "mes", "meses"]],
  ["year", "duration", 31557600, ["year", "years", "ano", "anos"]], ["decade", "duration", 315576000, ["decade", "decades", "decada", "decadas"]], // dev v9
  ["times", "times", 1, ["times", "veces", "fold"]],
  // dev v16: concentrations ("21 parts per billion" ≠ "21 parts per million"; Spanish says "mil millones" for a billion)
  ["ppm", "concentration", 1e-6, ["ppm", "parts per million", "partes por millon"]], ["ppb", "concentration", 1e-9, ["ppb", "parts per billion", "partes por mil millones"]],
  // dev v7: speeds ("120 mph" = "120 millas por hora"; km/h), in metres per second
  ["kmh", "speed", 1 / 3.6, ["km/h", "km h", "kph", "kmh", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour", "kilometros por hora", "kilometros/hora"]],
  ["mph", "speed", 0.44704, ["mph", "miles per hour", "miles an hour", "mile per hour", "millas por hora"]],
];

const UNITS = new PhraseTable<UnitDef>();
for (const [id, dimension, factor, names] of UNIT_NAMES) for (const name of names) UNITS.add(name, { id, dimension, factor });
const SYMBOL_UNITS: Record<string, string> = { "%": "pct", $: "usd", "€": "eur", "£": "gbp" };
/** Letters glued before "$" (dev v8): "US$" is the dollar, "C$" (pd-0486's decisive difference), "A$", "R$" are not. */
const DOLLAR_PREFIX: Record<string, string> = { us: "usd", c: "cad", ca: "cad", a: "aud", au: "aud", r: "brl", mx: "peso" };
const UNIT_BY_ID = new Map(UNIT_NAMES.map(([id, dimension, factor]) => [id, { id, dimension, factor }]));

const COMPARATORS = new PhraseTable<Quantity["comparator"] & object>();
const COMPARATOR_NAMES: [NonNullable<Quantity["comparator"]>["kind"], string[]][] = [
  ["gt", ["more than", "over", "above", "in excess of", "exceeding", "upwards of", "mas de", "superior a", "por encima de", "mas que"]],
  ["lt", ["less than", "fewer than", "under", "below", "menos de", "inferior a", "por debajo de", "menos que"]],
  ["ge", ["at least", "no fewer than", "no less than", "al menos", "por lo menos", "como minimo", "minimo de"]],
  ["le", ["up to", "at most", "no more than", "as long as", "as many as", "as much as", "as high as", "como maximo", "maximo de", "hasta un maximo de", "de hasta"]],
  ["approx", ["about", "around", "roughly", "nearly", "almost", "approximately", "some", "close to", "casi", "cerca de", "alrededor de", "aproximadamente", "unos", "unas", "en torno a", "aproximadamente unos"]],
];
// Spanish contracts "de el" / "a el" before a masculine article: "menos del 70 %", "en torno al 5 %"
const contracted = (name: string) => (/ de$/.test(name) ? [`${name.slice(0, -3)} del`] : / a$/.test(name) ? [`${name.slice(0, -2)} al`] : []);
for (const [kind, names] of COMPARATOR_NAMES) for (const name of names) for (const form of [name, ...contracted(name)]) COMPARATORS.add(form, { kind, text: form });

const MULTIPLIERS = new PhraseTable<number>();
const MULTIPLIER_WORDS: [number, string[]][] = [
  [2, ["double", "doubled", "doubles", "doubling", "twice", "duplicar", "duplico", "duplicaron", "duplica", "duplican", "duplicara", "duplicaran", "duplicado", "duplicada", "duplicando", "el doble", "se duplico", "se duplicaron"]],
  [3, ["triple", "tripled", "triples", "tripling", "triplicar", "triplico", "triplicaron", "triplica", "triplican", "triplicara", "triplicado", "triplicada", "el triple", "se triplico", "se triplicaron", "threefold"]],
  [4, ["quadruple", "quadrupled", "quadruples", "cuadruplicar", "cuadruplico", "cuadruplicaron", "cuadruplica", "se cuadruplico"]],
  [0.5, ["halved", "halve", "halves", "halving", "half as many", "half as much", "reducir a la mitad", "redujo a la mitad", "se redujo a la mitad", "la mitad"]],
];
for (const [value, words] of MULTIPLIER_WORDS) for (const w of words) MULTIPLIERS.add(w, value);

/** Fractions of a whole, read as percentages ("more than half of the schools" = "over 50 %"). */
const FRACTIONS = new PhraseTable<number>();
const FRACTION_WORDS: [number, string[]][] = [
  [50, ["half of", "half the", "la mitad de", "la mitad del", "la mitad de los", "la mitad de las"]],
  [100 / 3, ["a third of", "one third of", "un tercio de", "una tercera parte de"]],
  [200 / 3, ["two thirds of", "two-thirds of", "dos tercios de", "dos terceras partes de"]],
  [25, ["a quarter of", "one quarter of", "un cuarto de", "una cuarta parte de"]],
  [75, ["three quarters of", "three-quarters of", "tres cuartos de", "tres cuartas partes de"]],
  [20, ["a fifth of", "one fifth of", "one-fifth of", "una quinta parte de"]], [40, ["two fifths of", "two-fifths of", "dos quintas partes de"]], [60, ["three fifths of", "three-fifths of", "tres quintas partes de"]], [80, ["four fifths of", "four-fifths of", "cuatro quintas partes de"]], [90, ["nine tenths of", "nine-tenths of", "nueve decimas partes de"]], // dev v12: fifths, tenths (pi, pk)
];
for (const [value, words] of FRACTION_WORDS) for (const w of words) FRACTIONS.add(w, value);
// "A majority of" is a bounded share, more than 50 % (dev v3): "a majority of voters" and "58 % of
// voters" disagree on the figure as "more than half of" and "58 %" do. -50 marks the implied bound.
for (const w of ["a majority of", "the majority of", "a clear majority of", "la mayoria de", "la mayoria de los", "la mayoria de las", "una mayoria de", "la mayor parte de", "la mayor parte de los", "la mayor parte de las"]) FRACTIONS.add(w, -50);
const ARTICLE_BEFORE_FIGURE = new Set(["un", "una", "el", "la", "los", "las", "the", "a"]);

function unitAt(tokens: readonly FrameToken[], words: string[], p: number): { def: UnitDef; end: number; text: string } | undefined {
  const t = tokens[p];
  if (!t) return undefined;
  if (t.kind === "sym") {
    if (t.norm === "%" || t.norm === "€") return { def: UNIT_BY_ID.get(SYMBOL_UNITS[t.norm]!)!, end: p, text: t.raw }; // dev v10: "500 €"
    if (t.norm === "°") {
      const next = tokens[p + 1];
      const id = next?.norm === "f" ? "degf" : "degc";
      const glued = next && next.kind === "word" && next.start === t.end && (next.norm === "c" || next.norm === "f");
      return { def: UNIT_BY_ID.get(id)!, end: glued ? p + 1 : p, text: glued ? `°${next.raw}` : "°" };
    }
    return undefined;
  }
  if (t.kind !== "word") return undefined;
  const hit = UNITS.match(words, p);
  if (!hit) return undefined;
  let end = p + hit.length - 1;
  let def = hit.values[0]!;
  const sup = tokens[end + 1];
  if (sup?.kind === "sym" && (sup.norm === "²" || sup.norm === "³") && (def.id === "km" || def.id === "m" || def.id === "mi")) {
    def = UNIT_BY_ID.get(sup.norm === "²" ? (def.id === "mi" ? "mi2" : def.id === "m" ? "m3" : "km2") : "m3")!;
    end++;
  }
  return { def, end, text: tokens.slice(p, end + 1).map((x) => x.raw).join(" ") };
}

/**
 * dev v8: a duration goes on past its unit: "37 horas y media" = 37.5 hours (pd, ph), "2 days and 12 hours" = 2.5
 * days (minutes are no unit: measured, not kept). Returns the value in the first unit and the last token taken.
 */
function durationRest(tokens: readonly FrameToken[], words: string[], used: boolean[], value: number, unit: { factor: number }, last: number): [number, number] {
  const [w1, w2, w3] = [words[last + 1], words[last + 2], words[last + 3]];
  if (w1 === "y" && (w2 === "media" || w2 === "medio")) return [value + 0.5, last + 2];
  if (w1 === "and" && w2 === "a" && w3 === "half") return [value + 0.5, last + 3];
  const n = tokens[last + 2];
  if ((w1 === "y" || w1 === "and") && n?.kind === "num" && /^\d+$/.test(n.norm) && !used[last + 2]) {
    const more = unitAt(tokens, words, last + 3);
    if (more && more.def.dimension === "duration" && more.def.factor < unit.factor && !anyUsed(used, last + 3, more.end + 1)) {
      return [Number((value + (Number(n.norm) * more.def.factor) / unit.factor).toPrecision(6)), more.end];
    }
  }
  return [value, last];
}

/** Quantity units of a frame; `used[i]` marks tokens taken by earlier units and is updated. */
export function quantityUnits(
  prepared: string,
  scan: readonly ScanToken[],
  tokens: readonly FrameToken[],
  words: string[],
  used: boolean[],
  language: Language,
  scanToFrame: readonly number[],
): Unit[] {
  const out: Unit[] = [];
  const names: Unit[] = [];
  for (const found of numberSpans(prepared, scan, language)) {
    const span = { value: found.value, first: scanToFrame[found.first]!, last: scanToFrame[found.last]! };
    if (anyUsed(used, span.first, span.last + 1)) continue;
    // a number word inside a name ("Final Four", "the Big Three") is not a figure
    const head = tokens[span.first]!;
    if ((head.kind === "word" && head.cap && !head.sentenceStart) || (head.kind === "word" && FRACTIONS.match(words, span.first))) continue; // dev v12: "two-fifths of" is a fraction
    let first = span.first;
    let last = span.last;
    let unit: Quantity["unit"];
    // glued suffix consumed by numberSpans ("46.2C", "5km")
    const lastTok = tokens[last]!;
    if (lastTok.kind === "word" && tokens[last - 1]?.kind === "num" && tokens[last - 1]!.end === lastTok.start) {
      const hit = unitAt(tokens, words, last);
      if (hit) (unit = { ...hit.def, text: hit.text }), (last = hit.end);
      // dev v7: a number glued to capitals that are no unit is a name ("5G", "4G"), not a figure
      else if (span.first === last - 1 && /^[A-Z]{1,3}$/.test(lastTok.raw)) {
        for (let k = span.first; k <= last; k++) used[k] = true;
        const norm = `${tokens[span.first]!.norm}${lastTok.norm}`;
        names.push({ kind: "content", first: span.first, last, text: `${tokens[span.first]!.raw}${lastTok.raw}`, keys: [`w:${norm}`], ids: [], weight: 1.5, name: true });
        continue;
      }
    }
    if (!unit) {
      let p = last + 1;
      if (((words[p] === "de" || words[p] === "of") && tokens[p]?.kind === "word") || tokens[p]?.norm === "-") p++;
      const hit = unitAt(tokens, words, p);
      if (hit && !used[p]) (unit = { ...hit.def, text: hit.text }), (last = hit.end);
    }
    let before = first - 1;
    const sym = tokens[before];
    if (sym?.kind === "sym" && SYMBOL_UNITS[sym.norm]) {
      if (!unit || unit.dimension === "money") unit = { ...UNIT_BY_ID.get(SYMBOL_UNITS[sym.norm]!)!, text: sym.raw };
      first = before;
      const prefix = tokens[before - 1]?.end === sym.start ? words[before - 1] : undefined;
      if (sym.norm === "$" && prefix && DOLLAR_PREFIX[prefix]) {
        if (!unit || unit.dimension === "money") unit = { ...UNIT_BY_ID.get(DOLLAR_PREFIX[prefix]!)!, text: `${tokens[before - 1]!.raw}$` };
        first = --before;
      }
      before--;
    }
    if (before >= 0 && ARTICLE_BEFORE_FIGURE.has(words[before] ?? "") && tokens[before]?.kind === "word") before--;
    const bound = boundBefore(tokens, words, used, before + 1);
    const comparator = bound?.comparator;
    if (bound) first = bound.first;
    const digits = tokens[span.first]!;
    const year = !unit && !comparator && span.first === span.last && /^\d{4}$/.test(digits.norm) && span.value >= 1900 && span.value < 2100;
    let value = span.value;
    if (unit?.dimension === "duration") [value, last] = durationRest(tokens, words, used, value, unit, last);
    for (let k = first; k <= last; k++) used[k] = true;
    out.push(makeUnit(tokens, first, last, { value, unit, comparator, year }));
  }
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || tokens[i]!.kind !== "word") continue;
    const fraction = FRACTIONS.match(words, i);
    if (fraction && !anyUsed(used, i, i + fraction.length)) {
      // the "of"/"de" that closes the phrase stays free; a bound before it is the comparator
      const last = i + fraction.length - 2;
      const bound = boundBefore(tokens, words, used, i);
      const first = bound?.first ?? i;
      let comparator = bound?.comparator;
      const raw = fraction.values[0]!;
      if (raw < 0) comparator ??= { kind: "gt", text: tokens.slice(i, last + 1).map((x) => x.raw).join(" ") };
      for (let k = first; k <= last; k++) used[k] = true;
      out.push(makeUnit(tokens, first, last, { value: Number(Math.abs(raw).toPrecision(6)), unit: { ...UNIT_BY_ID.get("pct")!, text: "%" }, comparator, year: false }));
      i = last;
      continue;
    }
    const hit = MULTIPLIERS.match(words, i);
    if (!hit) continue;
    const last = i + hit.length - 1;
    if (anyUsed(used, i, last + 1)) continue;
    // dev v16: "more than doubled" is a bounded multiplier, as "more than 2 times" is
    const bound = boundBefore(tokens, words, used, i);
    const first = bound?.first ?? i;
    for (let k = first; k <= last; k++) used[k] = true;
    out.push(makeUnit(tokens, first, last, { value: hit.values[0]!, unit: { ...UNIT_BY_ID.get("times")!, text: "×" }, comparator: bound?.comparator, year: false }));
  }
  return [...ratios(tokens, words, out), ...names];
}

/** A bound ("more than", "casi", …) that ends right before token `end` and is not taken yet. */
function boundBefore(tokens: readonly FrameToken[], words: string[], used: boolean[], end: number): { first: number; comparator: Quantity["comparator"] } | undefined {
  for (let s = Math.max(0, end - 4); s < end; s++) {
    const hit = COMPARATORS.match(words, s);
    if (hit && s + hit.length === end && !anyUsed(used, s, end)) {
      return { first: s, comparator: { kind: hit.values[0]!.kind, text: tokens.slice(s, end).map((x) => x.raw).join(" ") } };
    }
  }
  return undefined;
}

/** Words between the two numbers of a ratio: "8 de cada 10", "one in five", "3 out of 4", "14 of its 20". */
const RATIO_LINKS = [["de", "cada"], ["out", "of"], ["in"], ["in", "every"], ["of"], ["of", "its"], ["of", "the"], ["of", "their"], ["de"], ["de", "sus"], ["de", "los"], ["de", "las"]];

/**
 * A ratio of two bare numbers is a share, read as a percentage (dev v3): "ocho de cada diez" =
 * "8 in 10" = "80 %", "one in five" = "20 %". Only when the second is larger and neither has a
 * unit or is a year.
 */
function ratios(tokens: readonly FrameToken[], words: string[], units: Unit[]): Unit[] {
  const sorted = [...units].sort((x, y) => x.first - y.first);
  const out: Unit[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const x = sorted[k]!, y = sorted[k + 1];
    const qx = x.quantity!, qy = y?.quantity;
    const between = y ? words.slice(x.last + 1, y.first) : [];
    if (y && qy && !qx.unit && !qy.unit && !qx.year && !qy.year && qy.value > qx.value && qx.value > 0 && RATIO_LINKS.some((l) => l.join(" ") === between.join(" "))) {
      out.push(makeUnit(tokens, x.first, y.last, { value: Number(((qx.value / qy.value) * 100).toPrecision(6)), unit: { ...UNIT_BY_ID.get("pct")!, text: "%" }, comparator: qx.comparator, year: false }));
      k++;
      continue;
    }
    out.push(x);
  }
  return out;
}

function makeUnit(tokens: readonly FrameToken[], first: number, last: number, quantity: Quantity): Unit {
  const text = tokens.slice(first, last + 1).map((t, k, all) => (k > 0 && all[k - 1]!.end < t.start ? " " : "") + t.raw).join("");
  return { kind: "quantity", first, last, text, keys: [], ids: [], weight: 1.5, quantity };
}

/** The value in the unit's base (metres, kilograms, …) when it has one. */
export function baseValue(q: Quantity): number | undefined {
  return q.unit ? Number((q.value * q.unit.factor).toPrecision(6)) : undefined;
}
