/**
 * Alignment of two claim frames: which unit of one claim stands for which unit of the other, and
 * the resulting similarity score.
 *
 * Pair weights (a unit pairs at most once; greedy, strongest pairs first, ties by position):
 * - content / direction units: 1 when their keys meet (same concept, paraphrase set, stem, name
 *   or direction id); 0.8 for two directions on the same side of a coarse axis ("rose" /
 *   "raised", "down" / "menos"); 0.8 for stems of one language where one is a prefix of the
 *   other or they share a long prefix ("organiz" / "organization"); 0.7 for cognate stems of two
 *   languages (after folding doubled letters, ph/th/y/k/z: "traffick" / "trafic", "patrol" /
 *   "patrull", "visitor" / "visit"); 0.7 for cognates and spelling variants of five
 *   letters or more within an edit distance of a quarter of their length ("vapour" / "vapor",
 *   "exoplanet" / "exoplaneta", "residency" / "residencia");
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
import { lexicons } from "./lexicons";
import type { Language } from "./normalize";
import { phraseWords } from "./phrases";
import { softSign } from "./polarity";
import { baseValue } from "./quantities";
import { snowballStem } from "./stem";

export type Pair = { a: number; b: number; weight: number };
export type Alignment = { pairs: Pair[]; pairOfA: Map<number, Pair>; pairOfB: Map<number, Pair>; score: number };

function sameValue(x: number, y: number): boolean {
  return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

/** Same figure and compatible units: 1; same figure, clashing units: 0.5; otherwise 0. */
export function quantitiesAgree(p: Quantity, q: Quantity): number {
  const pu = p.unit;
  const qu = q.unit;
  if (pu && qu && pu.dimension !== "money" && pu.dimension === qu.dimension) {
    const bp = baseValue(p)!;
    const bq = baseValue(q)!;
    if (sameValue(bp, bq)) return 1; // 2.300 kilos = 2,3 toneladas
    return sameValue(p.value, q.value) ? 0.5 : 0;
  }
  if (!sameValue(p.value, q.value)) return 0;
  if (!pu || !qu || pu.id === qu.id) return 1;
  return 0.5;
}

function levenshtein(x: string, y: string, limit: number): number {
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[y.length]!;
}

function stemsOf(u: Unit): string[] {
  return u.keys.filter((k) => k.startsWith("s:")).map((k) => k);
}

function prefixWeight(x: string, y: string): number {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.startsWith(short)) return 0.8;
  let lcp = 0;
  while (lcp < short.length && short[lcp] === long[lcp]) lcp++;
  return lcp >= 5 && lcp >= 0.75 * short.length ? 0.8 : 0;
}

function stemPartial(s: string, t: string): number {
  const [, la, sa] = s.split(":");
  const [, lb, sb] = t.split(":");
  if (sa === sb) return 1;
  if (la === lb) return prefixWeight(sa!, sb!);
  return cognates(sa!, sb!) ? 0.7 : 0;
}

function surface(u: Unit): string {
  return u.text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** Stems spelled alike across English and Spanish: doubled letters, ph/th/y/k/z folded ("traffick" / "trafic"). */
function cognateForm(stem: string): string {
  return stem.replace(/ph/g, "f").replace(/th/g, "t").replace(/y/g, "i").replace(/k/g, "c").replace(/z/g, "s").replace(/(.)\1/g, "$1");
}

function cognates(x: string, y: string): boolean {
  const cx = cognateForm(x);
  const cy = cognateForm(y);
  const min = Math.min(cx.length, cy.length);
  if (min < 4) return false;
  let lcp = 0;
  while (lcp < min && cx[lcp] === cy[lcp]) lcp++;
  if (lcp >= 5 && lcp >= 0.7 * min) return true;
  return min >= 5 && levenshtein(cx, cy, Math.floor(min / 5)) <= Math.floor(min / 5);
}

function lexicalWeight(u: Unit, v: Unit): number {
  for (const k of u.keys) if (v.keys.includes(k)) return 1;
  if (u.direction && v.direction) {
    const su = softSign(u.direction.id);
    if (su !== 0 && su === softSign(v.direction.id)) return 0.8;
  }
  if (u.name || v.name) return 0; // names match by their keys or not at all ("Metro" ≠ "Metrobús")
  if (u.kind !== "content" || v.kind !== "content") return 0;
  // a phrase only matches partially when each of its words has a partner ("centro histórico" /
  // "historic centre"), not when one word does ("tráfico de drogas" / "trafficking")
  const su = stemsOf(u);
  const sv = stemsOf(v);
  if (su.length !== sv.length) return 0;
  if (su.length > 1) return su.every((s) => sv.some((t) => stemPartial(s, t) > 0)) ? 0.7 : 0;
  let best = 0;
  for (const s of stemsOf(u)) {
    for (const t of stemsOf(v)) {
      const [, la, sa] = s.split(":");
      const [, lb, sb] = t.split(":");
      if (la === lb) best = Math.max(best, prefixWeight(sa!, sb!));
      else if (cognates(sa!, sb!)) best = Math.max(best, 0.7);
    }
  }
  if (best > 0) return best;
  const x = surface(u);
  const y = surface(v);
  if (x.length >= 5 && y.length >= 5 && x.slice(0, 2) === y.slice(0, 2)) {
    const limit = Math.floor(Math.min(x.length, y.length) / 4);
    if (levenshtein(x, y, limit) <= limit) return 0.7;
  }
  return 0;
}

function wordsOf(u: Unit): string[] {
  return u.text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4);
}

/** A word that is one of the words of a body's name ("Interior", "el ministerio" / "Ministerio del Interior"): 0.8. */
function metonymy(name: Unit, body: Unit): number {
  const words = wordsOf(name);
  return words.length === 1 && wordsOf(body).includes(words[0]!) ? 0.8 : 0;
}

export function unitWeight(u: Unit, v: Unit): number {
  if (u.kind === "quantity" || v.kind === "quantity") return u.kind === v.kind ? quantitiesAgree(u.quantity!, v.quantity!) : 0;
  if (u.kind === "time" || v.kind === "time") return u.kind === v.kind && u.time!.group === v.time!.group && u.time!.value === v.time!.value ? 1 : 0;
  if (u.kind === "place" || v.kind === "place") {
    if (u.kind !== v.kind) return 0;
    return samePlace(u.ids, v.ids) ? 1 : placesCompatible(u.ids, v.ids) ? 0.9 : 0;
  }
  if (u.kind === "organisation" || v.kind === "organisation") {
    if (u.kind === v.kind) return organisationsCompatible(u.ids, v.ids) ? 1 : 0;
    const other = u.kind === "organisation" ? v : u;
    return other.kind === "content" ? metonymy(other, u.kind === "organisation" ? u : v) : 0;
  }
  return lexicalWeight(u, v);
}

export function scoringWeight(u: Unit): number {
  return u.implied ? 0 : u.weight;
}

const translatedStems = new WeakMap<Unit, string[]>();

/** Snowball stems, in the other language, of every word of the unit's concepts' translations. */
function stemsInOther(u: Unit, from: Language): string[] {
  const hit = translatedStems.get(u);
  if (hit) return hit;
  const lex = lexicons();
  const to: Language = from === "en" ? "es" : "en";
  const out = new Set<string>();
  for (const k of u.keys) {
    if (!k.startsWith("c:")) continue;
    for (const form of lex.conceptInfo[Number(k.slice(2))]![to]) for (const w of phraseWords(form)) if (w.length >= 3) out.add(snowballStem(w, to));
  }
  const list = [...out];
  translatedStems.set(u, list);
  return list;
}

/**
 * Second pass across languages: an unpaired word pairs (0.8) with an unpaired word of the other
 * claim whose stem matches the stem of one of its translations, covering forms the lexicon does
 * not list ("trade" -> "comercio" ~ "comercial", "grids" -> "red eléctrica" ~ "redes").
 */
function translationPass(a: ClaimFrame, b: ClaimFrame, pairs: Pair[], pairOfA: Map<number, Pair>, pairOfB: Map<number, Pair>): void {
  const stemOf = (u: Unit) => u.keys.filter((k) => k.startsWith("s:")).map((k) => k.split(":")[2]!);
  a.units.forEach((u, i) => {
    if (pairOfA.has(i) || u.kind !== "content") return;
    const tu = stemsInOther(u, a.language);
    for (let j = 0; j < b.units.length; j++) {
      const v = b.units[j]!;
      if (pairOfB.has(j) || v.kind !== "content" || stemOf(u).length !== stemOf(v).length) continue;
      const tv = stemsInOther(v, b.language);
      const hit = stemOf(v).some((s) => tu.some((t) => t === s || prefixWeight(t, s) > 0)) || stemOf(u).some((s) => tv.some((t) => t === s || prefixWeight(t, s) > 0));
      if (!hit) continue;
      const pair = { a: i, b: j, weight: 0.8 };
      pairs.push(pair);
      pairOfA.set(i, pair);
      pairOfB.set(j, pair);
      return;
    }
  });
}

export function align(a: ClaimFrame, b: ClaimFrame): Alignment {
  const candidates: { a: number; b: number; weight: number; distance: number }[] = [];
  const na = Math.max(1, a.units.length - 1);
  const nb = Math.max(1, b.units.length - 1);
  a.units.forEach((u, i) => {
    b.units.forEach((v, j) => {
      const weight = unitWeight(u, v);
      if (weight > 0) candidates.push({ a: i, b: j, weight, distance: Math.abs(i / na - j / nb) });
    });
  });
  candidates.sort((x, y) => y.weight - x.weight || x.distance - y.distance);
  const pairOfA = new Map<number, Pair>();
  const pairOfB = new Map<number, Pair>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (pairOfA.has(c.a) || pairOfB.has(c.b)) continue;
    const pair = { a: c.a, b: c.b, weight: c.weight };
    pairs.push(pair);
    pairOfA.set(c.a, pair);
    pairOfB.set(c.b, pair);
  }
  if (a.language !== b.language) translationPass(a, b, pairs, pairOfA, pairOfB);
  let matched = 0;
  for (const p of pairs) matched += p.weight * (scoringWeight(a.units[p.a]!) + scoringWeight(b.units[p.b]!));
  const total = a.units.reduce((s, u) => s + scoringWeight(u), 0) + b.units.reduce((s, u) => s + scoringWeight(u), 0);
  return { pairs, pairOfA, pairOfB, score: total === 0 ? 0 : matched / total };
}
