/**
 * Places and organisations of a claim frame, from lexicon-data/places.json and organisations.json.
 *
 * - Longest name wins ("Santiago de Chile" over "Chile", "Banco de España" over "España"); at
 *   equal length an organisation wins over a place ("Cámara Baja" is a body, not "baja"); a name
 *   that a longer name starting inside it overtakes is skipped ("the Met" in "The Met Office"); a
 *   demonym inside a longer lexicon phrase is left to that phrase ("divisa estadounidense").
 * - Case rules (lexicons.ts): acronyms only in capitals ("US", not "us"), capitalised names only
 *   capitalised, generic bodies and lower-case demonyms in any case.
 * - A mention is a set of candidate ids (Georgia, Córdoba, INE); two mentions agree when some pair
 *   of candidates does.
 * - A national body written in lower case ("the UK's national weather service") is read as its
 *   generic body ("weather service"), since the words describe a kind of body, not a name.
 * - A national body implies its country ("Banco Central de Reserva del Perú" -> Peru): an implied
 *   place unit is added, so "Colombia's central bank" and Peru's differ by place.
 *
 * Compatibility:
 * - places: same id, or one contains the other (Seattle in the US, Tokyo in Japan — capitals
 *   stand for their countries: "Tokyo and Seoul" = "Japan and South Korea"); two levels at most.
 * - organisations: same id, or a generic body and one of its national instances ("central
 *   bank" / "Federal Reserve" = `us-central-bank`).
 */

import { anyUsed, type FrameToken, type Unit } from "./frame-types";
import { lexicons, type NameRef } from "./lexicons";
import type { Language } from "./normalize";
import type { PhraseHit } from "./phrases";
import { stopwordsFor } from "./tokenize";

function accepts(tokens: readonly FrameToken[], i: number, length: number, ref: NameRef, language: Language): boolean {
  if (ref.rule === "any") return true;
  // "Para el año escolar…" is not the Brazilian state: a sentence-initial stopword is no name
  if (length === 1 && tokens[i]!.sentenceStart && stopwordsFor(language).has(tokens[i]!.norm)) return false;
  if (ref.rule === "cap") return tokens[i]!.cap;
  for (let k = i; k < i + length; k++) if (/\p{Ll}/u.test(tokens[k]!.raw)) return false;
  return true;
}

function span(tokens: readonly FrameToken[], first: number, last: number): string {
  return tokens.slice(first, last + 1).map((t, k, all) => (k > 0 && all[k - 1]!.end < t.start ? " " : "") + t.raw).join("");
}

/** Place and organisation units; `used` is updated. */
export function entityUnits(tokens: readonly FrameToken[], words: readonly string[], used: boolean[], language: Language): Unit[] {
  const lex = lexicons();
  const out: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used[i] || tokens[i]!.kind !== "word") continue;
    // dev v8: "US$45m" is a currency, not the place US (the figure takes "US$": pd, pe, ph)
    if (words[i] === "us" && tokens[i + 1]?.norm === "$" && tokens[i + 1]!.start === tokens[i]!.end) continue;
    let accepted: NameRef[] = [];
    const filter = (hit: PhraseHit<NameRef>) => {
      if (anyUsed(used, i, i + hit.length)) return false;
      accepted = hit.values.filter((v) => accepts(tokens, i, hit.length, v, language));
      return accepted.length > 0;
    };
    const org = lex.organisations[language].match(words, i, filter);
    const orgIds = org ? accepted : [];
    const place = lex.places[language].match(words, i, filter);
    const placeIds = place ? accepted : [];
    const useOrg = org && (!place || org.length >= place.length);
    const hit = useOrg ? org : place;
    if (!hit) continue;
    if (overtaken(tokens, words, used, language, i, hit.length)) continue;
    if (!useOrg && placeIds.every((v) => v.demonym) && insidePhrase(words, i)) continue;
    const last = i + hit.length - 1;
    for (let k = i; k <= last; k++) used[k] = true;
    const text = span(tokens, i, last);
    if (!useOrg) {
      out.push({ kind: "place", first: i, last, text, keys: [], ids: [...new Set(placeIds.map((v) => v.id))], weight: 1.5 });
      i = last;
      continue;
    }
    const lowerCase = !tokens[i]!.cap;
    const ids = [...new Set(orgIds.map((v) => {
      const info = lex.organisationInfo.get(v.id);
      if (lowerCase && info?.place) {
        const generic = v.id.slice(info.place.length + 1);
        if (lex.organisationInfo.get(generic)?.type === "generic") return generic;
      }
      return v.id;
    }))];
    out.push({ kind: "organisation", first: i, last, text, keys: [], ids, weight: 1.5 });
    const implied = ids.map((id) => impliedPlace(id));
    if (implied.length > 0 && implied.every((p) => p !== undefined)) {
      out.push({ kind: "place", first: i, last, text, keys: [], ids: [...new Set(implied as string[])], weight: 1.5, implied: true });
    }
    i = last;
  }
  return out;
}

/** True when a longer name starts inside this one ("the Met" in "The Met Office"): let that one win. */
function overtaken(tokens: readonly FrameToken[], words: readonly string[], used: boolean[], language: Language, i: number, length: number): boolean {
  const lex = lexicons();
  for (let k = i + 1; k < i + length; k++) {
    const ok = (h: PhraseHit<NameRef>) => h.values.some((v) => accepts(tokens, k, h.length, v, language));
    const longer = lex.organisations[language].match(words, k, ok) ?? lex.places[language].match(words, k, ok);
    if (longer && k + longer.length > i + length && !used[k]) return true;
  }
  return false;
}

/** A demonym inside a longer lexicon phrase that starts before it ("divisa estadounidense" = the dollar). */
function insidePhrase(words: readonly string[], i: number): boolean {
  const lex = lexicons();
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const hit = lex.concepts.en.match(words, j) ?? lex.concepts.es.match(words, j);
    if (hit && j + hit.length > i) return true;
  }
  return false;
}

/**
 * The place a national body belongs to: its country, or the city or region its id names
 * ("es-barcelona-city-council" -> Barcelona), so two city councils of one country still differ.
 */
function impliedPlace(orgId: string): string | undefined {
  const lex = lexicons();
  const country = lex.organisationInfo.get(orgId)?.place;
  if (!country) return undefined;
  const rest = orgId.slice(country.length + 1).split("-");
  for (let n = rest.length - 1; n >= 1; n--) {
    const middle = rest.slice(0, n).join("-");
    for (const id of [`city-${country}-${middle}`, `${country}-${middle}`, `${country}-province-${middle}`]) if (lex.placeInfo.has(id)) return id;
  }
  return country;
}

function within(id: string): string | undefined {
  return lexicons().placeInfo.get(id)?.within || undefined;
}

function contains(outer: string, inner: string): boolean {
  const up = within(inner);
  if (!up) return false;
  return up === outer || within(up) === outer;
}

/**
 * Places that stand for one another: the same place, or a city (a capital or another city) and
 * the country or region it lies in ("Washington" / "the US", "Seattle" / "the US"). A region,
 * state, province or nation and the country around it do not (dev v3): "Scotland" / "Britain",
 * "Texas" / "the US" are claims about different populations.
 */
export function placesCompatible(a: readonly string[], b: readonly string[]): boolean {
  const city = (id: string) => {
    const t = lexicons().placeInfo.get(id)?.type;
    return t === "city" || t === "capital";
  };
  return a.some((x) => b.some((y) => x === y || (contains(x, y) && city(y)) || (contains(y, x) && city(x))));
}

/** Dev v5: some candidate of `outer` contains some candidate of `inner` (at any of two levels). */
export function containsPlace(outer: readonly string[], inner: readonly string[]): boolean {
  return outer.some((x) => inner.some((y) => x !== y && contains(x, y)));
}

/** One place lies in the other ("Scotland" in "Britain", "Texas" in "the US"), at any of two levels. */
export function nestedPlaces(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => x !== y && (contains(x, y) || contains(y, x))));
}

export function samePlace(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.includes(x));
}

/**
 * Generic bodies that news uses for one another: the upper house is the Senate; the lower
 * house, Congress (in Spain and Peru), the chamber of deputies, the parliament and the legislature
 * name the same assembly often enough that their difference alone is no reason to doubt a match
 * (Senate vs chamber of deputies still differs).
 */
const SAME_BODY: string[][] = [
  ["senate", "upper-house"],
  ["congress", "lower-house", "chamber-of-deputies", "house-of-representatives", "parliament", "legislature", "national-assembly"],
];

function genericOf(id: string): string {
  const info = lexicons().organisationInfo.get(id);
  if (!info || info.type === "generic" || !info.place) return id;
  const rest = id.slice(info.place.length + 1);
  return lexicons().organisationInfo.get(rest)?.type === "generic" ? rest : id;
}

/**
 * Dev v16: the unqualified "Government" / "Gobierno" is the national one (its lexicon entry lists
 * "Gobierno central"), so it is not the government of a region ("Junta de Andalucía", pu-0491).
 */
const NATIONAL_GENERICS = new Set(["government"]);
function instanceOf(id: string, generic: string): boolean {
  if (!id.endsWith(`-${generic}`)) return false;
  const place = lexicons().placeInfo.get(id.slice(0, -generic.length - 1)); // "es-andalusia", not "es"
  return !NATIONAL_GENERICS.has(generic) || place === undefined || place.type === "country";
}

export function organisationsCompatible(a: readonly string[], b: readonly string[]): boolean {
  const info = lexicons().organisationInfo;
  const generic = (id: string) => info.get(id)?.type === "generic";
  const family = (id: string) => SAME_BODY.find((f) => f.includes(id));
  return a.some((x) => b.some((y) => {
    if (x === y || (generic(y) && instanceOf(x, y)) || (generic(x) && instanceOf(y, x))) return true;
    const gx = generic(x) ? x : generic(y) ? genericOf(x) : undefined;
    const gy = generic(y) ? y : generic(x) ? genericOf(y) : undefined;
    return gx !== undefined && gy !== undefined && family(gx) !== undefined && family(gx) === family(gy);
  }));
}

/** Display name of a place or organisation id in a language. */
export function entityName(id: string, language: Language): string {
  const lex = lexicons();
  return lex.placeInfo.get(id)?.name[language] ?? lex.organisationInfo.get(id)?.name[language] ?? id;
}
