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
