/**
 * Alignment of two claim frames: which unit of one claim stands for which unit of the other, and
 * the resulting similarity score.
 *
 * Pair weights (a unit pairs at most once; greedy, strongest pairs first, ties by position):
 * - content / direction units: 1 when their keys meet; partial weights 0.7–0.8 for similar
 *   words, cognates and translation stems (lexical.ts);
 * - places: 1 for the same place, 0.9 when one contains the other (entities.ts);
 * - organisations: 1 when compatible; 0.8 for a single word that is a word of the body's name
 *   ("Interior" or "el ministerio" for "Ministerio del Interior");
 * - names (capitalised non-dictionary words) match by their keys only, never by spelling
 *   ("Metro" ≠ "Metrobús");
 * - figures: 1 for the same value with compatible units (quantitiesAgree); the same value with
 *   clashing units still pairs (0.5) so that the difference is reported as a unit;
 * - time references: 1 for the same group and value.
 *
 * score = Σ pair weight × (weight of both units) / (total unit weight of both claims), a weighted
 * Dice coefficient. Unit weights: names, places, organisations and figures 1.5, others 1; places
 * implied by an organisation weigh nothing (they only take part in the place slot).
 */

import { organisationsCompatible, placesCompatible, samePlace } from "./entities";
import type { ClaimFrame, Quantity, Unit } from "./frame-types";
import { keysMeet, metonymy, partialWeight, translationMatch } from "./lexical";
import { baseValue } from "./quantities";

export type Pair = { a: number; b: number; weight: number };
export type Alignment = { pairs: Pair[]; pairOfA: Map<number, Pair>; pairOfB: Map<number, Pair>; score: number };

function sameValue(x: number, y: number): boolean {
  return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

/** Same figure and compatible units: 1; same figure, clashing units: 0.5; otherwise 0. */
export function quantitiesAgree(p: Quantity, q: Quantity): number {
  const pu = p.unit;
  const qu = q.unit;
  if (pu && qu && pu.dimension === "temperature" && pu.id !== qu.id) {
    // dev v4: °C / °F are not a factor apart; the same number in both is a unit clash
    const [c, f] = pu.id === "degc" ? [p.value, q.value] : [q.value, p.value];
    return sameValue(p.value, q.value) ? 0.5 : Math.abs(c * 1.8 + 32 - f) < 0.6 ? 1 : 0;
  }
  // dev v9: basis points of a rate: "25 basis points" = "0.25 points" = "0.25 %", and a Spanish "50 puntos" may say "50 puntos básicos"
  const rate = (u: typeof pu) => u?.dimension === "points" || u?.dimension === "ratio";
  if (rate(pu) && rate(qu) && (pu!.id === "bp") !== (qu!.id === "bp")) {
    const [b, o] = pu!.id === "bp" ? [p, q] : [q, p];
    return sameValue(b.value / 100, o.value) || (/^(puntos|points)$/i.test(o.unit!.text) && sameValue(b.value, o.value)) ? 1 : sameValue(b.value, o.value) ? 0.5 : 0;
  }
  if (pu && qu && pu.dimension !== "money" && pu.dimension === qu.dimension) {
    const bp = baseValue(p)!;
    const bq = baseValue(q)!;
    if (sameValue(bp, bq)) return 1; // 2.300 kilos = 2,3 toneladas
    return sameValue(p.value, q.value) ? 0.5 : 0;
  }
  // dev v9: cents are a hundredth of any currency ("$0.30" = "30 cents" = "30 céntimos"; "30 cents" / "30 %" clash)
  if (pu?.dimension === "money" && qu?.dimension === "money" && (pu.id === "cent") !== (qu.id === "cent")) return sameValue(pu.id === "cent" ? p.value / 100 : p.value, qu.id === "cent" ? q.value / 100 : q.value) ? 1 : sameValue(p.value, q.value) ? 0.5 : 0;
  if (!sameValue(p.value, q.value)) return 0;
  if (!pu || !qu || pu.id === qu.id) return 1;
  return 0.5;
}

/** "the weekend" / "fin de semana" and a Saturday or Sunday (weekday values 6, 7) (dev v3). */
function weekendDay(x: string, y: string): boolean {
  return (x === "weekend" && (y === "6" || y === "7")) || (y === "weekend" && (x === "6" || x === "7"));
}

/** Exact-phase weight of two units (figures, time, places, bodies, meeting keys); 0 if none. */
function exactWeight(u: Unit, v: Unit): number {
  if (u.kind === "quantity" || v.kind === "quantity") return u.kind === v.kind ? quantitiesAgree(u.quantity!, v.quantity!) : 0;
  if (u.kind === "time" || v.kind === "time") return u.kind === v.kind && u.time!.group === v.time!.group && !u.time!.before === !v.time!.before && (u.time!.value === v.time!.value || weekendDay(u.time!.value, v.time!.value)) ? 1 : 0;
  if (u.kind === "place" || v.kind === "place") {
    if (u.kind !== v.kind) return 0;
    return samePlace(u.ids, v.ids) ? 1 : placesCompatible(u.ids, v.ids) ? 0.9 : 0;
  }
  if (u.kind === "organisation" || v.kind === "organisation") return u.kind === v.kind && organisationsCompatible(u.ids, v.ids) ? 1 : 0;
  return keysMeet(u, v) ? 1 : 0;
}

/** Partial-phase weight: word similarity, or a word standing for a body ("el ministerio"). */
function looseWeight(u: Unit, v: Unit): number {
  if (u.kind === "organisation" && v.kind === "content") return metonymy(v, u);
  if (v.kind === "organisation" && u.kind === "content") return metonymy(u, v);
  if ((u.kind === "content" || u.kind === "direction") && (v.kind === "content" || v.kind === "direction")) return partialWeight(u, v);
  return 0;
}

export function scoringWeight(u: Unit): number {
  return u.implied ? 0 : u.weight;
}

type State = { pairs: Pair[]; pairOfA: Map<number, Pair>; pairOfB: Map<number, Pair> };

function greedy(a: ClaimFrame, b: ClaimFrame, state: State, weigh: (u: Unit, v: Unit) => number): void {
  const candidates: { a: number; b: number; weight: number; distance: number }[] = [];
  const na = Math.max(1, a.units.length - 1);
  const nb = Math.max(1, b.units.length - 1);
  for (let i = 0; i < a.units.length; i++) {
    if (state.pairOfA.has(i)) continue;
    for (let j = 0; j < b.units.length; j++) {
      if (state.pairOfB.has(j)) continue;
      const weight = weigh(a.units[i]!, b.units[j]!);
      if (weight > 0) candidates.push({ a: i, b: j, weight, distance: Math.abs(i / na - j / nb) });
    }
  }
  candidates.sort((x, y) => y.weight - x.weight || x.distance - y.distance);
  for (const c of candidates) {
    if (state.pairOfA.has(c.a) || state.pairOfB.has(c.b)) continue;
    const pair = { a: c.a, b: c.b, weight: c.weight };
    state.pairs.push(pair);
    state.pairOfA.set(c.a, pair);
    state.pairOfB.set(c.b, pair);
  }
}

/**
 * Three passes, each over the units the previous ones left: exact matches, then partial word
 * matches, then (across languages) translation stems at 0.8 (lexical.ts).
 */
export function align(a: ClaimFrame, b: ClaimFrame): Alignment {
  const state: State = { pairs: [], pairOfA: new Map(), pairOfB: new Map() };
  greedy(a, b, state, exactWeight);
  greedy(a, b, state, looseWeight);
  if (a.language !== b.language) {
    greedy(a, b, state, (u, v) => (u.kind === "content" && v.kind === "content" && translationMatch(u, a.language, v, b.language) ? 0.8 : 0));
  }
  let matched = 0;
  for (const p of state.pairs) matched += p.weight * (scoringWeight(a.units[p.a]!) + scoringWeight(b.units[p.b]!));
  let total = 0;
  for (const u of a.units) total += scoringWeight(u);
  for (const u of b.units) total += scoringWeight(u);
  return { ...state, score: total === 0 ? 0 : matched / total };
}
