/**
 * Word-level matching of content units (align.ts uses it):
 * - exact: the units' keys meet (same concept, paraphrase set, stem, surface word, direction id);
 * - partial, tried only for units left unpaired by exact matches:
 *   · 0.8 for two directions on the same side of the quantity axis ("rose" / "raised", "down" /
 *     "menos", polarity.ts softSign);
 *   · 0.8 for stems of one language where one is a prefix of the other or they share a long
 *     prefix ("organiz" / "organization");
 *   · 0.7 for cognate stems of two languages after folding doubled letters and ph/th/y/k/z
 *     ("traffick" / "trafic", "patrol" / "patrull", "visitor" / "visit"), and for words of five
 *     letters or more within an edit distance of a quarter of their length ("vapour" / "vapor",
 *     "exoplanet" / "exoplaneta");
 *   · a phrase only matches partially when each of its words has a partner ("centro histórico" /
 *     "historic centre"), not when one word does ("tráfico de drogas" / "trafficking");
 *   · names (capitalised non-dictionary words) never match partially ("Metro" ≠ "Metrobús");
 * - translation stems (cross-lingual second pass): a word whose stem matches the stem of a
 *   translation of the other word's concepts, covering forms the lexicon does not list ("trade" ->
 *   "comercio" ~ "comercial").
 * Per-unit derived data (key sets, stems, folded forms, translation stems) is computed once and
 * kept in WeakMaps, so a stored claim's frame pays for it once however many claims it meets.
 */

import type { Unit } from "./frame-types";
import { lexicons } from "./lexicons";
import type { Language } from "./normalize";
import { phraseWords } from "./phrases";
import { softSign } from "./polarity";
import { snowballStem } from "./stem";

type Derived = { keys: ReadonlySet<string>; stems: { lang: string; stem: string; folded: string }[]; surface: string; words: string[] };
const derivedOf = new WeakMap<Unit, Derived>();

export function fold(stem: string): string {
  return stem.replace(/ph/g, "f").replace(/th/g, "t").replace(/y/g, "i").replace(/k/g, "c").replace(/z/g, "s").replace(/(.)\1/g, "$1");
}

export function derived(u: Unit): Derived {
  let d = derivedOf.get(u);
  if (d) return d;
  const phrase = u.keys.filter((k) => k.startsWith("t:"));
  const stems = (phrase.length > 0 ? phrase : u.keys.filter((k) => k.startsWith("s:"))).map((k) => {
    const [, lang, stem] = k.split(":") as [string, string, string];
    return { lang, stem, folded: fold(stem) };
  });
  const plain = u.text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  d = { keys: new Set(u.keys), stems, surface: plain.replace(/[^\p{L}\p{N}]/gu, ""), words: plain.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4) };
  derivedOf.set(u, d);
  return d;
}

/** Exact match: a shared key other than a phrase's word stems (t:), which only serve partial matches ("reforma laboral" ≠ "reforma pensional"). */
export function keysMeet(u: Unit, v: Unit): boolean {
  const kv = derived(v).keys;
  for (const k of u.keys) if (kv.has(k) && !k.startsWith("t:")) return true;
  return false;
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

export function prefixWeight(x: string, y: string): number {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 4 && long.startsWith(short)) return 0.8;
  let lcp = 0;
  while (lcp < short.length && short[lcp] === long[lcp]) lcp++;
  return lcp >= 5 && lcp >= 0.75 * short.length ? 0.8 : 0;
}

export function cognates(cx: string, cy: string): boolean {
  const min = Math.min(cx.length, cy.length);
  if (min < 4) return false;
  let lcp = 0;
  while (lcp < min && cx[lcp] === cy[lcp]) lcp++;
  if (lcp >= 5 && lcp >= 0.7 * min) return true;
  return min >= 5 && levenshtein(cx, cy, Math.floor(min / 5)) <= Math.floor(min / 5);
}

function stemPartial(s: Derived["stems"][number], t: Derived["stems"][number]): number {
  if (s.stem === t.stem) return 1;
  if (s.lang === t.lang) return prefixWeight(s.stem, t.stem);
  return cognates(s.folded, t.folded) ? 0.7 : 0;
}

/** Partial weight of two content or direction units whose keys do not meet (see module comment). */
export function partialWeight(u: Unit, v: Unit): number {
  if (u.direction && v.direction) {
    const su = softSign(u.direction.id);
    if (su !== 0 && su === softSign(v.direction.id)) return 0.8;
  }
  if (u.name || v.name || u.kind !== "content" || v.kind !== "content") return 0;
  const du = derived(u);
  const dv = derived(v);
  if (du.stems.length !== dv.stems.length || du.stems.length === 0) return 0;
  if (du.stems.length > 1) return du.stems.every((s) => dv.stems.some((t) => stemPartial(s, t) > 0)) ? 0.7 : 0;
  const best = stemPartial(du.stems[0]!, dv.stems[0]!);
  if (best > 0) return Math.min(best, 0.8);
  const x = du.surface;
  const y = dv.surface;
  if (x.length >= 5 && y.length >= 5 && x.slice(0, 2) === y.slice(0, 2)) {
    const limit = Math.floor(Math.min(x.length, y.length) / 4);
    if (levenshtein(x, y, limit) <= limit) return 0.7;
  }
  return 0;
}

/** A single word that is one of the words of a body's name ("Interior", "el ministerio" / "Ministerio del Interior"): 0.8. */
export function metonymy(word: Unit, body: Unit): number {
  const w = derived(word).words;
  return w.length === 1 && derived(body).words.includes(w[0]!) ? 0.8 : 0;
}

const translated = new WeakMap<Unit, ReadonlySet<string>>();

/** Snowball stems, in the other language, of every word of the unit's concepts' translations. */
function stemsInOther(u: Unit, from: Language): ReadonlySet<string> {
  const hit = translated.get(u);
  if (hit) return hit;
  const lex = lexicons();
  const to: Language = from === "en" ? "es" : "en";
  const out = new Set<string>();
  for (const k of u.keys) {
    if (!k.startsWith("c:")) continue;
    for (const form of lex.conceptInfo[Number(k.slice(2))]![to]) for (const w of phraseWords(form)) if (w.length >= 3) out.add(snowballStem(w, to));
  }
  translated.set(u, out);
  return out;
}

/** Cross-lingual translation-stem match of two content units with the same number of words. */
export function translationMatch(u: Unit, from: Language, v: Unit, to: Language): boolean {
  const su = derived(u).stems;
  const sv = derived(v).stems;
  if (su.length !== sv.length || su.length === 0) return false;
  const tu = stemsInOther(u, from);
  const tv = stemsInOther(v, to);
  const hits = (stems: Derived["stems"], other: ReadonlySet<string>) =>
    stems.some((s) => other.has(s.stem) || [...other].some((t) => prefixWeight(t, s.stem) > 0));
  return hits(sv, tu) || hits(su, tv);
}
