/**
 * Slot rules that need the whole alignment: substitutions (entity / subject / object, and places
 * the lexicon does not know) and one claim saying more (detail). See slots.ts for the rules.
 */

import { softConflicts } from "./accounting";
import { residueOf } from "./accounting";
import type { ClaimFrame, Unit } from "./frame-types";
import { add, mentioned, type Ctx, type SlotName } from "./slot-base";

/** Closeness above which a substitution is looked for: within one language, and across two. */
export const SUBSTITUTION_MIN_SCORE = 0.7;
export const SUBSTITUTION_MIN_SCORE_CROSS = 0.55;
/** A substitution replaces at most this many units on one side, and this many on both together. */
const SUBSTITUTION_MAX_SIDE = 3;
const SUBSTITUTION_MAX_TOTAL = 5;
const DETAIL_MIN_SCORE = 0.7;
/** Dev v13: across languages a figure written in digits that one claim alone adds is looked for from this closeness. */
const DETAIL_MIN_SCORE_CROSS = 0.5;
/** Unpaired words per side under which a substitution is looked for at any score (short claims). */
const FEW_UNPAIRED = 2;

/** Runs of consecutive unpaired word-like units (content, names, places, organisations, directions). */
function runs(f: ClaimFrame, pairs: Map<number, unknown>, other: ClaimFrame, residue: ReadonlySet<Unit>): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  f.units.forEach((u, i) => {
    // a place or body the other claim names elsewhere is a repetition, not a substitution
    const repeated = (u.kind === "place" || u.kind === "organisation") && mentioned(u, other);
    if (u.implied) return; // a place implied by a body sits on the body's words: transparent
    // an unpaired word the other claim explains anyway ("residentes … permanentes") is no substitution
    if (!pairs.has(i) && u.kind === "content" && !residue.has(u)) return;
    const wordLike = u.kind !== "quantity" && u.kind !== "time" && !repeated;
    if (wordLike && !pairs.has(i)) current.push(i);
    else if (pairs.has(i) || u.kind === "quantity" || u.kind === "time") {
      if (current.length) out.push(current);
      current = [];
    }
  });
  if (current.length) out.push(current);
  return out;
}

/**
 * The two runs sit between the same paired neighbours. Across languages the modifier order may
 * flip ("vacunar contra el dengue" / "malaria vaccination"), so a neighbour after one run may be
 * paired with the neighbour before the other.
 */
function neighbourPaired(ctx: Ctx, ra: number[], rb: number[], cross: boolean): boolean {
  // neighbours skip implied places, which sit on their body's words (and follow it in unit order)
  const step = (f: ClaimFrame, i: number, d: number) => {
    let j = i + d;
    while (f.units[j]?.implied) j += d;
    return j;
  };
  const partner = (i: number) => {
    const b = ctx.al.pairOfA.get(i)?.b;
    return b !== undefined && ctx.b.units[b]?.implied ? b - 1 : b;
  };
  const [beforeA, afterA] = [step(ctx.a, ra[0]!, -1), step(ctx.a, ra.at(-1)!, 1)];
  const [beforeB, afterB] = [step(ctx.b, rb[0]!, -1), step(ctx.b, rb.at(-1)!, 1)];
  if ((beforeA >= 0 && partner(beforeA) === beforeB) || (afterA < ctx.a.units.length && partner(afterA) === afterB)) return true;
  if ((beforeA < 0 && beforeB < 0) || (afterA >= ctx.a.units.length && afterB >= ctx.b.units.length)) return true;
  return cross && ((beforeA >= 0 && partner(beforeA) === afterB) || (afterA < ctx.a.units.length && partner(afterA) === beforeB));
}

/**
 * A unit that can carry a substitution: a name, place or body, or a word that is not a verb (nor a
 * direction, which has its own slot). Across languages the word must be one the lexicon knows: a
 * translation the bilingual lexicon lacks ("diente" / "tooth") must not read as a different object.
 */
function substantive(u: Unit, cross: boolean): boolean {
  if (u.kind === "place" || u.kind === "organisation" || u.name) return true;
  if (u.kind !== "content" || u.verb) return false;
  return !cross || u.keys.some((k) => k.startsWith("c:") || k.startsWith("p:"));
}

function mainVerb(f: ClaimFrame): number {
  const i = f.units.findIndex((u) => u.verb || u.kind === "direction");
  return i < 0 ? -1 : f.units[i]!.first;
}

export function substitutions(ctx: Ctx): void {
  const cross = ctx.a.language !== ctx.b.language;
  const residue = residueOf(ctx.a, ctx.b, ctx.al);
  const unexplained = new Set([...residue.a, ...residue.b]);
  const ra = runs(ctx.a, ctx.al.pairOfA, ctx.b, unexplained);
  const rb = runs(ctx.b, ctx.al.pairOfB, ctx.a, unexplained);
  // short claims: one or two words swapped and more kept is a substitution at any score
  const few = (r: number[][]) => r.reduce((n, x) => n + x.length, 0);
  const kept = ctx.al.pairs.filter((p) => !ctx.a.units[p.a]!.implied && !ctx.b.units[p.b]!.implied).length;
  const small = few(ra) <= FEW_UNPAIRED && few(rb) <= FEW_UNPAIRED && kept >= Math.max(2, few(ra) + few(rb) - 1);
  if (!small && ctx.al.score < (cross ? SUBSTITUTION_MIN_SCORE_CROSS : SUBSTITUTION_MIN_SCORE)) return;
  if (ra.length === 0 || rb.length === 0 || ra.length > 3 || rb.length > 3) return;
  for (const x of ra) {
    for (const y of rb) {
      if (x.length > SUBSTITUTION_MAX_SIDE || y.length > SUBSTITUTION_MAX_SIDE || x.length + y.length > SUBSTITUTION_MAX_TOTAL) continue;
      if (!neighbourPaired(ctx, x, y, cross)) continue;
      const ua = x.map((i) => ctx.a.units[i]!);
      const ub = y.map((i) => ctx.b.units[i]!);
      // predicates reworded with a verb the lexicon does not pair ("received" / "recorded") are
      // not substitutions: verbs that decide a verdict are directions, compared on their own slot
      if (!ua.some((u) => substantive(u, cross)) || !ub.some((u) => substantive(u, cross))) continue;
      const named = [...ua, ...ub].some((u) => u.name || u.kind === "organisation");
      const place = ua.some((u) => u.kind === "place") && ub.some((u) => u.kind === "place");
      const verb = mainVerb(ctx.a);
      const slot: SlotName = place ? "place" : named ? "entity" : verb >= 0 && ua[0]!.first < verb ? "subject" : "object";
      add(ctx, slot, ua, ub, false);
      // dev v5: a swapped common noun is evidence for the learned model (soft-veto.ts); a swapped name, body or place stays hard
      if (slot === "subject" || slot === "object") softConflicts.add(ctx.out.at(-1)!);
      return;
    }
  }
}

/** A place listed with a paired place ("Ceuta y Melilla", "Texas and Ohio", "Lima, Cusco"). */
function coordinated(f: ClaimFrame, i: number, pairs: Map<number, unknown>): boolean {
  const u = f.units[i]!;
  return [i - 1, i + 1].some((j) => {
    const v = f.units[j];
    if (!v || v.kind !== "place" || !pairs.has(j)) return false;
    const [x, y] = j < i ? [v, u] : [u, v];
    const between = f.tokens.slice(x.last + 1, y.first).map((t) => t.norm);
    return between.length === 1 && ["y", "e", "and", "or", "o", ","].includes(between[0]!);
  });
}

export function detail(ctx: Ctx): void {
  if (ctx.al.score >= DETAIL_MIN_SCORE && addition(ctx, false)) return;
  if (ctx.a.language !== ctx.b.language && ctx.al.score >= DETAIL_MIN_SCORE_CROSS) addition(ctx, true);
}

/** One claim contained in the other, which adds a figure or a listed place; `cross` (dev v13): the relaxed test across languages. */
function addition(ctx: Ctx, cross: boolean): boolean {
  const informative = (u: Unit) => u.kind === "quantity" || (u.kind === "place" && !u.implied);
  const residue = residueOf(ctx.a, ctx.b, ctx.al);
  for (const [longer, shorter, side] of [[ctx.a, ctx.b, "a"], [ctx.b, ctx.a, "b"]] as const) {
    const shorterPairs = side === "a" ? ctx.al.pairOfB : ctx.al.pairOfA;
    const longerPairs = side === "a" ? ctx.al.pairOfA : ctx.al.pairOfB;
    // dev v9: the shorter claim's unpaired words may be ones the other explains ("abastecen" / "serving"): it still says nothing more
    const left = new Set(side === "a" ? residue.b : residue.a);
    // dev v13: across languages words are left untranslated in true pairs: only an unpaired figure or time of the shorter claim stops the test;
    // the longer claim's extra figure must be written in digits ("$20 billion" / nothing; pm, pd, pj, pl, pn) — a number word may be a format the other restates ("un cuarto", "doce meses")
    const open = (u: Unit) => (cross ? u.kind === "quantity" || u.kind === "time" : u.kind !== "content" || left.has(u));
    if (shorter.units.some((u, i) => !u.implied && !shorterPairs.has(i) && open(u))) continue;
    const digits = (u: Unit) => longer.tokens.slice(u.first, u.last + 1).some((t) => /\d/.test(t.norm));
    const extra = longer.units.filter((u, i) => informative(u) && !longerPairs.has(i) && (cross ? u.kind === "quantity" && digits(u) : u.kind === "quantity" || (!mentioned(u, shorter) && coordinated(longer, i, longerPairs))));
    if (extra.length === 0) continue;
    if (side === "a") add(ctx, "detail", extra, [], false, undefined, "(not said)");
    else add(ctx, "detail", [], extra, false, "(not said)");
    return true;
  }
  return false;
}
