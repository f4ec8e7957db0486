/** Shared types and helpers of the slot rules (slots.ts, substitution.ts). */

import type { Alignment } from "./align";
import { organisationsCompatible, samePlace } from "./entities";
import type { ClaimFrame, Unit } from "./frame-types";

export type SlotName = "figure" | "unit" | "comparator" | "period" | "direction" | "negation" | "place" | "organisation" | "entity" | "subject" | "object" | "action" | "detail";

export type SlotComparison = {
  slot: SlotName;
  /** what the first / second claim says ("" when it says nothing there) */
  a: string;
  b: string;
  agrees: boolean;
  /** character ranges in each claim's frame text (frame.text) that fill this slot */
  spansA: [number, number][];
  spansB: [number, number][];
};

export type Ctx = { a: ClaimFrame; b: ClaimFrame; al: Alignment; out: SlotComparison[] };

export function spans(f: ClaimFrame, units: readonly Unit[]): [number, number][] {
  return units.map((u) => [f.tokens[u.first]!.start, f.tokens[u.last]!.end]);
}

export function add(ctx: Ctx, slot: SlotName, ua: readonly Unit[], ub: readonly Unit[], agrees: boolean, textA?: string, textB?: string): void {
  ctx.out.push({
    slot, agrees,
    a: textA ?? ua.map((u) => u.text).join(", "),
    b: textB ?? ub.map((u) => u.text).join(", "),
    spansA: spans(ctx.a, ua), spansB: spans(ctx.b, ub),
  });
}

export function unpaired(ctx: Ctx, side: "a" | "b", test: (u: Unit) => boolean): Unit[] {
  const frame = ctx[side];
  const pairs = side === "a" ? ctx.al.pairOfA : ctx.al.pairOfB;
  return frame.units.filter((u, i) => test(u) && !pairs.has(i));
}

export function pairedUnits(ctx: Ctx, test: (u: Unit) => boolean): [Unit, Unit, number][] {
  return ctx.al.pairs.filter((p) => test(ctx.a.units[p.a]!)).map((p) => [ctx.a.units[p.a]!, ctx.b.units[p.b]!, p.weight]);
}

/** The other claim names the same place (or a compatible body) somewhere, paired or not. */
export function mentioned(u: Unit, other: ClaimFrame): boolean {
  return other.units.some((v) => v.kind === u.kind && (u.kind === "place" ? samePlace(u.ids, v.ids) : organisationsCompatible(u.ids, v.ids)));
}

/** Dev v10: a duration in days, said as a time reference ("durante dos días") or as a figure of time ("48 horas"). */
export function durationDays(u: Unit): number | undefined {
  if (u.kind === "time") return u.time!.group === "duration" ? Number(u.time!.value) : undefined;
  return u.kind === "quantity" && u.quantity!.unit?.dimension === "duration" ? (u.quantity!.value * u.quantity!.unit!.factor) / 86400 : undefined;
}
export const sameDays = (x: number, y: number) => Math.abs(x - y) <= 0.05 * Math.max(x, y);

/**
 * Dev v10: a figure of time the other claim states as a duration ("48 horas" / "durante dos días";
 * pc, pe), or "the 12 months to July 2026" against "between August 2025 and July 2026" (pg, ph, pi):
 * the year before the one both claims name is the start of those twelve months.
 */
export function statedAsDuration(u: Unit, f: ClaimFrame, other: ClaimFrame): boolean {
  const d = durationDays(u);
  if (u.kind === "quantity" && d !== undefined && other.units.some((v) => v.kind === "time" && durationDays(v) !== undefined && sameDays(d, durationDays(v)!))) return true;
  const years = (g: ClaimFrame) => g.units.filter((v) => v.quantity?.year).map((v) => v.quantity!.value);
  const y = u.quantity?.year ? u.quantity.value : undefined;
  if (y !== undefined) return years(f).includes(y + 1) && years(other).includes(y + 1) && other.units.some((v) => v.kind === "quantity" && durationDays(v) !== undefined && sameDays(durationDays(v)!, 365));
  return d !== undefined && sameDays(d, 365) && years(f).some((z) => years(other).includes(z - 1) && !years(f).includes(z - 1));
}
