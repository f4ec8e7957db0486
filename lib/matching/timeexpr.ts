/**
 * Time references of a claim frame, each with a group and a value that compare across languages:
 *
 * - month ("March", "marzo", "year-end"/"fin de año" = December, "el primer mes del año" = January)
 * - weekday ("Thursday", "este martes", "los domingos", "weekends"/"fines de semana")
 * - relative-year / -month / -week / -day ("last year", "el año pasado", "the previous year", "interanual",
 *   "this year", "en lo que va del año", "next month's", "el próximo mes", "today", "ayer")
 * - part: a first (or nth) stretch of a period, in days ("first week" = "opening seven days" = 7,
 *   "primer semestre" = "first six months" = "first half" = 180, "primer trimestre" = 90)
 * - duration: "for a week", "durante un mes", "for two years", "tras siete años", "después de
 *   siete años" (in days)
 * - reference: the period a record is measured against — "ever" ("all-time", "on record", "de
 *   su historia", "desde que hay registros", "récord histórico", "never before"), "since:2019"
 *   ("since 2019", "desde 2019", "not seen since 2019") or "in:3650" ("in ten years", "en una
 *   década")
 * - season (summer/verano …)
 *
 * Years themselves are figures (quantities.ts) unless they follow "since"/"desde".
 * Two claims disagree on time when both have references of one group and neither pairs up.
 */

import { anyUsed, type FrameToken, type TimeRef, type Unit } from "./frame-types";
import { PhraseTable } from "./phrases";

const MONTHS: [number, string[]][] = [
  [1, ["january", "enero"]], [2, ["february", "febrero"]], [3, ["march", "marzo"]], [4, ["april", "abril"]],
  [5, ["may", "mayo"]], [6, ["june", "junio"]], [7, ["july", "julio"]], [8, ["august", "agosto"]],
  [9, ["september", "septiembre", "setiembre"]], [10, ["october", "octubre"]], [11, ["november", "noviembre"]],
  [12, ["december", "diciembre", "year-end", "year end", "end of the year", "end of year", "fin de ano", "finales de ano", "final del ano", "fines de ano", "cierre del ano"]],
];
const WEEKDAYS: [string, string[]][] = [
  ["1", ["monday", "mondays", "lunes"]], ["2", ["tuesday", "tuesdays", "martes"]], ["3", ["wednesday", "wednesdays", "miercoles"]],
  ["4", ["thursday", "thursdays", "jueves"]], ["5", ["friday", "fridays", "viernes"]], ["6", ["saturday", "saturdays", "sabado", "sabados"]],
  ["7", ["sunday", "sundays", "domingo", "domingos"]], ["weekend", ["weekend", "weekends", "fin de semana", "fines de semana"]],
];
const FIXED: [TimeRef, string[]][] = [
  [{ group: "relative-year", value: "-1" }, ["last year", "the previous year", "previous year", "a year earlier", "a year before", "the year before", "a year ago", "year-on-year", "year on year", "el ano pasado", "el ano anterior", "ano anterior", "un ano antes", "interanual", "interanuales", "hace un ano", "del ano pasado"]],
  [{ group: "relative-year", value: "0" }, ["this year", "so far this year", "this year's", "este ano", "en lo que va del ano", "en lo que va de ano", "en lo que va de este ano", "del presente ano"]],
  [{ group: "relative-year", value: "+1" }, ["next year", "next year's", "el proximo ano", "el ano proximo", "el ano que viene"]],
  [{ group: "relative-month", value: "-1" }, ["last month", "the previous month", "el mes pasado", "el mes anterior"]],
  [{ group: "relative-month", value: "0" }, ["this month", "este mes", "en lo que va del mes"]],
  [{ group: "relative-month", value: "+1" }, ["next month", "next month's", "el proximo mes", "el mes proximo", "el mes que viene"]],
  // dev v10: weeks, so that "last week" / "last month" is a different period
  [{ group: "relative-week", value: "-1" }, ["last week", "the previous week", "la semana pasada", "la semana anterior"]],
  [{ group: "relative-week", value: "0" }, ["this week", "esta semana", "en lo que va de semana"]],
  [{ group: "relative-week", value: "+1" }, ["next week", "la proxima semana", "la semana proxima", "la semana que viene"]],
  [{ group: "relative-day", value: "0" }, ["today", "hoy"]],
  [{ group: "relative-day", value: "-1" }, ["yesterday", "ayer"]],
  [{ group: "month", value: "1" }, ["first month of the year", "primer mes del ano"]],
  [{ group: "part", value: "180" }, ["first half", "first half of the year", "primer semestre", "primera mitad del ano", "first six months of the year"]],
  [{ group: "part", value: "h2" }, ["second half", "second half of the year", "segundo semestre", "segunda mitad del ano"]],
  [{ group: "part", value: "90" }, ["first quarter", "primer trimestre", "first three months of the year"]],
  [{ group: "part", value: "q2" }, ["second quarter", "segundo trimestre"]],
  [{ group: "part", value: "q3" }, ["third quarter", "tercer trimestre"]],
  [{ group: "part", value: "q4" }, ["fourth quarter", "cuarto trimestre", "last quarter", "ultimo trimestre"]],
  // dev v8: "Q2" is the second quarter, with the value the ordinal rule gives "second quarter" (pa, pd, ph)
  [{ group: "part", value: "90" }, ["q1", "q 1"]],
  [{ group: "part", value: "o2:90" }, ["q2", "q 2"]],
  [{ group: "part", value: "o3:90" }, ["q3", "q 3"]],
  [{ group: "part", value: "o4:90" }, ["q4", "q 4"]],
  [{ group: "reference", value: "ever" }, ["ever", "all-time", "all time", "on record", "since records began", "in its history", "in history", "de su historia", "en su historia", "de la historia", "desde que hay registros", "desde que existen registros", "desde que se tienen registros", "record historico", "records historicos", "record", "a record", "un record", "record absoluto", "never before", "nunca antes",
    // dev v10: Spanish "ever" forms, now that an "ever" across languages must be stated on both sides
    "jamas registrado", "jamas registrada", "jamas registrados", "jamas registradas", "de la serie historica", "maximo historico", "maximos historicos",
    "minimo historico", "minimos historicos", "desde que comenzaron los registros", "desde que empezaron los registros", "desde que hay datos", "ever recorded"]],
  [{ group: "reference", value: "in:3650" }, ["in a decade", "in ten years", "en una decada", "en diez anos", "in 10 years", "en 10 anos"]],
  [{ group: "season", value: "summer" }, ["summer", "verano"]],
  [{ group: "season", value: "winter" }, ["winter", "invierno"]],
  [{ group: "season", value: "spring" }, ["spring", "primavera"]],
  [{ group: "season", value: "autumn" }, ["autumn", "fall season", "otono"]],
];

const TABLE = new PhraseTable<TimeRef>();
for (const [value, names] of MONTHS) for (const n of names) TABLE.add(n, { group: "month", value: String(value) });
for (const [value, names] of WEEKDAYS) for (const n of names) TABLE.add(n, { group: "weekday", value });
for (const [ref, names] of FIXED) for (const n of names) TABLE.add(n, ref);

/** Words that need a capital to be months: "may" (modal), "march" (verb). */
const CAPITAL_ONLY = new Set(["may", "march"]);

const PERIOD_DAYS: Record<string, number> = {
  day: 1, days: 1, dia: 1, dias: 1, week: 7, weeks: 7, semana: 7, semanas: 7, month: 30, months: 30, mes: 30, meses: 30,
  year: 365, years: 365, ano: 365, anos: 365, decade: 3650, decada: 3650, quarter: 90, trimestre: 90, semestre: 180,
};
const FIRST = new Set(["first", "opening", "initial", "primer", "primera", "primeros", "primeras", "inicial", "iniciales"]);
/** Ordinals from the second on: "second day" is day 2, not the first two days (a part "o2:1"). */
const ORDINAL: Record<string, number> = {
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  segundo: 2, segunda: 2, tercer: 3, tercero: 3, tercera: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5, sexto: 6, sexta: 6,
  septimo: 7, septima: 7, octavo: 8, octava: 8, noveno: 9, novena: 9, decimo: 10, decima: 10,
};
const PLURAL_PERIODS = new Set(["days", "weeks", "months", "years", "dias", "semanas", "meses", "anos"]);
const DURATION_LEAD = new Set(["for", "during", "durante", "after", "tras", "over"]);
const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, un: 1, una: 1, uno: 1, two: 2, dos: 2, three: 3, tres: 3, four: 4, cuatro: 4, five: 5, cinco: 5, six: 6, seis: 6,
  seven: 7, siete: 7, eight: 8, ocho: 8, nine: 9, nueve: 9, ten: 10, diez: 10, twelve: 12, doce: 12,
};

function count(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return SMALL[word];
}

const SPANISH_MONTHS = new Set(MONTHS.map(([, names]) => names[1]!).concat("setiembre"));

function spanishNamedDate(tokens: readonly FrameToken[], words: string[], i: number): boolean {
  const t = tokens[i]!;
  return SPANISH_MONTHS.has(words[i]!) && t.cap && !t.sentenceStart && words[i - 1] === "de" && tokens[i - 2]?.kind === "num";
}

/**
 * Time units of a frame; `used` marks tokens already taken and is updated. Years after
 * "since"/"desde" are read here, so run before quantityUnits.
 */
export function timeUnits(tokens: readonly FrameToken[], words: string[], used: boolean[]): Unit[] {
  const out: Unit[] = [];
  const push = (first: number, last: number, time: TimeRef) => {
    for (let k = first; k <= last; k++) used[k] = true;
    const text = tokens.slice(first, last + 1).map((t, k, all) => (k > 0 && all[k - 1]!.end < t.start ? " " : "") + t.raw).join("");
    out.push({ kind: "time", first, last, text, keys: [], ids: [], weight: 1, time });
  };
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || tokens[i]!.kind === "sym") continue;
    const w = words[i]!;
    // "since 2019", "desde 2019", "not seen since 2019", "unseen since 2019"
    if ((w === "since" || w === "desde") && /^(19|20)\d\d$/.test(words[i + 1] ?? "")) {
      push(i, i + 1, { group: "reference", value: `since:${words[i + 1]}` });
      i++;
      continue;
    }
    // "first week", "opening seven days", "primeros seis meses", "su primer año"
    if (FIRST.has(w)) {
      const n = count(words[i + 1]);
      const periodAt = n !== undefined && /^\d+$|^[a-z]+$/.test(words[i + 1]!) && PERIOD_DAYS[words[i + 2] ?? ""] ? i + 2 : i + 1;
      const days = PERIOD_DAYS[words[periodAt] ?? ""];
      if (days !== undefined && (periodAt === i + 1 || n !== undefined)) {
        const multiple = periodAt === i + 2 ? n! : 1;
        const ofYear = words[periodAt + 1] === "of" && words[periodAt + 3] === "year";
        push(i, ofYear ? periodAt + 3 : periodAt, { group: "part", value: String(multiple * days) });
        i = periodAt;
        continue;
      }
    }
    // "second day", "third week", "segundo día", "tercer año": the nth stretch, one of them
    const nth = ORDINAL[w];
    const nthDays = PERIOD_DAYS[words[i + 1] ?? ""];
    if (nth !== undefined && nthDays !== undefined && !PLURAL_PERIODS.has(words[i + 1]!) && !used[i + 1]) {
      push(i, i + 1, { group: "part", value: `o${nth}:${nthDays}` });
      i++;
      continue;
    }
    // "for a week", "durante un mes", "for two years", "tras siete años", "después de siete años"
    const lead = DURATION_LEAD.has(w) ? 1 : (w === "despues" || w === "luego") && words[i + 1] === "de" ? 2 : 0;
    if (lead) {
      const n = count(words[i + lead]);
      const days = PERIOD_DAYS[words[i + lead + 1] ?? ""];
      if (n !== undefined && days !== undefined && !used[i + lead]) {
        push(i, i + lead + 1, { group: "duration", value: String(n * days) });
        i += lead + 1;
        continue;
      }
    }
    // Spanish writes months in lower case: "avenida 18 de Julio", "Plaza 25 de Mayo" are names
    if (spanishNamedDate(tokens, words, i)) {
      for (let k = i - 2; k <= i; k++) used[k] = true;
      continue;
    }
    const hit = TABLE.match(words, i, (h) => {
      if (h.length === 1 && CAPITAL_ONLY.has(w) && !tokens[i]!.cap) return false;
      return !anyUsed(used, i, i + h.length);
    });
    if (hit) {
      // "el mes de enero", "the month of June": the month word is the reference
      const ref = hit.values[0]!;
      if (ref.group === "month" && i >= 2 && /^(mes|month)$/.test(words[i - 2]!) && /^(de|of)$/.test(words[i - 1]!) && !used[i - 2]) {
        push(i - 2, i + hit.length - 1, ref);
        i += hit.length - 1;
        continue;
      }
      // dev v10: "before April", "antes de abril" bound the month (pf, pj: a time bound in one claim only)
      const at = words[i - 1] === "the" ? i - 1 : i, before = at - i;
      const lead = words[at - 1] === "before" ? 1 - before : (words[at - 1] === "de" || words[at - 1] === "del") && words[at - 2] === "antes" ? 2 - before : 0;
      const bounded = ref.group === "month" && lead > 0 && !anyUsed(used, i - lead, i);
      push(bounded ? i - lead : i, i + hit.length - 1, bounded ? { ...ref, before: true } : ref);
      i += hit.length - 1;
    }
  }
  return out;
}
