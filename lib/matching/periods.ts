/**
 * The period slot (slots.ts runs it with the others): time references of the same group, record
 * references, relative periods of different lengths, durations against figures of time, and (dev v20)
 * a part of the year against months.
 *
 * Dev v20: a part of the year against months. "Rents rose 9.3 % in the second quarter" and "subió
 * un 9,3 % entre enero y marzo" name different stretches, but as time units of different groups
 * ("part", "month") the period slot never compared them. A quarter or half is the same period as
 * months only when they open and close it ("first quarter" / "between January and March"); a month
 * inside it ("in March" / "in the first quarter") is a shorter period, and one outside it another.
 */

import type { Unit } from "./frame-types";
import { add, durationDays, pairedUnits, sameDays, unpaired, type Ctx } from "./slot-base";

/** First and last month of each part of the year, by the value timeexpr.ts gives it. */
const PART_MONTHS: Record<string, [number, number]> = {
  "90": [1, 3], "o2:90": [4, 6], q2: [4, 6], "o3:90": [7, 9], q3: [7, 9], "o4:90": [10, 12], q4: [10, 12],
  "180": [1, 6], h2: [7, 12], "o2:180": [7, 12],
};
/** "90" and "180" are also "the first 90 days" of anything: only these words make them a part of the year. */
const YEAR_PART_WORDS = /quarter|trimestre|half|semestre|mitad|three months|six months|\bq ?1\b/i;

/** The months a part of the year spans, or undefined for any other unit. */
export function yearPartMonths(u: Unit): [number, number] | undefined {
  if (u.kind !== "time" || u.time!.group !== "part") return undefined;
  const months = PART_MONTHS[u.time!.value];
  if (!months) return undefined;
  return u.time!.value === "90" || u.time!.value === "180" ? (YEAR_PART_WORDS.test(u.text) ? months : undefined) : months;
}

const isPart = (u: Unit) => yearPartMonths(u) !== undefined;
const isMonth = (u: Unit) => u.kind === "time" && u.time!.group === "month";

/** One claim names a part of the year, the other only months: a period conflict unless the months open and close it. */
export function yearPartsAgainstMonths(ctx: Ctx): void {
  if (ctx.out.some((s) => s.slot === "period" && !s.agrees)) return;
  for (const [part, other] of [["a", "b"], ["b", "a"]] as const) {
    const parts = unpaired(ctx, part, isPart), months = unpaired(ctx, other, isMonth);
    if (parts.length !== 1 || months.length === 0 || unpaired(ctx, other, isPart).length > 0 || unpaired(ctx, part, isMonth).length > 0) continue;
    const [first, last] = yearPartMonths(parts[0]!)!;
    const values = months.map((u) => Number(u.time!.value));
    if (Math.min(...values) === first && Math.max(...values) === last) return;
    const [ua, ub] = part === "a" ? [parts, months] : [months, parts];
    add(ctx, "period", ua, ub, false);
    return;
  }
}

export function periods(ctx: Ctx): void {
  const groups = new Set([...ctx.a.units, ...ctx.b.units].filter((u) => u.kind === "time").map((u) => u.time!.group));
  for (const group of groups) {
    const test = (u: Unit) => u.kind === "time" && u.time!.group === group;
    const paired = pairedUnits(ctx, test);
    const ua = unpaired(ctx, "a", test);
    const ub = unpaired(ctx, "b", test);
    if (ua.length > 0 && ub.length > 0) add(ctx, "period", ua, ub, false);
    else if (paired.length > 0) add(ctx, "period", paired.map((p) => p[0]), paired.map((p) => p[1]), true);
  }
  // dev v10: across languages a record reference stated by one claim only ("its hottest day on record" / nothing; pc, pg)
  const [fa, fb] = [ctx.a, ctx.b].map((f) => f.units.filter((u) => u.kind === "time" && u.time!.group === "reference"));
  if (ctx.a.language !== ctx.b.language && (fa!.length > 0) !== (fb!.length > 0)) add(ctx, "period", fa!, fb!, false);
  // dev v10: "last week" / "last month", "el año pasado" / "this month": relative periods of different lengths
  const relative = (u: Unit) => u.kind === "time" && u.time!.group.startsWith("relative-");
  const [ra, rb] = [unpaired(ctx, "a", relative), unpaired(ctx, "b", relative)];
  if (ra.length > 0 && rb.length > 0 && ra.every((u) => rb.every((v) => u.time!.group !== v.time!.group))) add(ctx, "period", ra, rb, false);
  // dev v10: a duration against a figure of time ("durante 90 días" / "a 60-day emergency") that it does not equal
  const dur = (u: Unit) => durationDays(u) !== undefined;
  const [da, db] = [unpaired(ctx, "a", dur), unpaired(ctx, "b", dur)];
  if (da.length > 0 && db.length > 0 && da.every((u) => db.every((v) => u.kind !== v.kind && !sameDays(durationDays(u)!, durationDays(v)!)))) add(ctx, "figure", da, db, false);
  // dev v20: "second quarter" / "entre enero y marzo"
  yearPartsAgainstMonths(ctx);
}
