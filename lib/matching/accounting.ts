/**
 * Word accounting: which words of each claim the alignment left unexplained.
 *
 * A pair may only be "the same claim" when every content word of each claim is accounted for —
 * aligned to the other claim (exact form, stem, lexicon concept or translation, paraphrase, figure
 * or date equivalence: align.ts) or a word that carries no claim of its own: function words and
 * reporting attribution are not units at all (tokenize.ts stopwords), and the light words below
 * ("recorded", "reached", "figure", "registró", "cifra") only restate that a figure was what it
 * was. A word accounted for by nothing is "residue"; compare.ts turns residue into a tier.
 *
 * Why a residue list rather than only a score: the score tolerates a word that has no partner
 * when the rest agrees, which is exactly the dangerous case ("the Senate approved the labour
 * reform" / "… the pension reform"). Residue keeps those words visible, with their positions,
 * so the reason can name them.
 */

import type { Alignment } from "./align";
import type { ClaimFrame, Unit } from "./frame-types";
import { add, mentioned, type Ctx, type SlotComparison, type SlotName } from "./slot-base";
import { crossAccounted } from "./cross-function";
import { accountedUnits, exPrefixed } from "./explain";
import { lexicons } from "./lexicons";
import { snowballStem } from "./stem";

/**
 * Light words by Snowball stem: measurement and copular verbs ("recorded 34 deaths" = "34 deaths"),
 * attribution verbs not in the stopword lists, and generic nouns that restate a figure. General
 * news vocabulary written for the project, EN and ES.
 */
const LIGHT_WORDS: Record<"en" | "es", readonly string[]> = {
  en: [
    "record", "recorded", "register", "registered", "reach", "reached", "hit", "total", "totalled", "totaled", "post", "posted",
    "stand", "stood", "show", "shows", "showed", "figure", "figures", "data", "number", "level", "announce", "announced",
    "report", "reported", "confirm", "confirmed", "indicate", "indicated", "official", "officials", "statement", "new",
    "put", "count", "counted", "amount", "amounted",
    // dev v3: modal and possessive verbs that carry no claim of their own ("will be able to" = "podrán")
    "able", "have", "has", "had", "having",
    // dev v4: a rate restates its figure ("the jobless rate climbed to 5.2%"); "saw" / "as many" frame one ("Ohio saw three times as many cases")
    "rate", "saw", "see", "sees", "many",
  ],
  es: [
    "registrar", "registro", "registró", "registrado", "alcanzar", "alcanzó", "sumar", "sumó", "contabilizar", "contabilizó",
    "situar", "situó", "ubicar", "ubicó", "quedar", "quedó", "cifra", "cifras", "total", "dato", "datos", "nivel", "mostrar",
    "mostró", "muestran", "informar", "informó", "anunciar", "anunció", "confirmar", "confirmó", "comunicado", "nuevo", "nueva",
    "llegar", "llegó", "marcar", "marcó", "arrojar", "arrojó", "ascender", "ascendió",
    // dev v3: "tener", "haber" and "poder" forms ("tendrá", "habría", "podrán"): possession, auxiliaries, modals
    "tener", "tiene", "tienen", "tuvo", "tuvieron", "tenía", "tenían", "tendrá", "tendrán", "tendría", "tendrían",
    "habría", "habrían", "habrá", "habrán", "hubo", "puede", "pueden", "pudo", "pudieron", "podrá", "podrán", "podría", "podrían",
    // dev v4: a rate restates its figure
    "tasa",
    // dev v9: "propio", "mismo" say what English "own", "same" (stopwords there) say
    "propio", "propia", "propios", "propias", "mismo", "misma", "mismos", "mismas",
  ],
};

const lightStems = {
  en: new Set(LIGHT_WORDS.en.map((w) => snowballStem(w, "en"))),
  es: new Set(LIGHT_WORDS.es.map((w) => snowballStem(w.normalize("NFD").replace(/\p{M}/gu, ""), "es"))),
};

/** A single content word of the light list (phrases and names are never light). */
export function isLight(u: Unit, f: ClaimFrame): boolean {
  if (u.kind !== "content" || u.first !== u.last || u.name) return false;
  return lightStems[f.language].has(snowballStem(f.tokens[u.first]!.norm, f.language));
}

export type Residue = { a: Unit[]; b: Unit[] };

const residueMemo = new WeakMap<Alignment, Residue>();

/**
 * A direction whose opposite the other claim states was judged by the direction slot (slots.ts):
 * had it been a conflict no accounting would run, so it is a reciprocal with swapped participants
 * ("ganó" / "perdió ante") and is accounted for.
 */
function judgedDirection(u: Unit, other: ClaimFrame): boolean {
  const opposite = u.direction && lexicons().opposite.get(u.direction.id);
  return opposite !== undefined && other.units.some((v) => v.direction?.id === opposite);
}

/**
 * Dev v6: "up from" / "down from" + a figure and "frente a(l)" + a figure only restate that one
 * figure is compared with another ("fell to 155, down from 184" = "bajaron a 155, frente a 184"):
 * the figures themselves are compared on their own slot.
 */
function comparisonFrame(u: Unit, f: ClaimFrame): boolean {
  if (u.kind !== "content" || u.name) return false;
  const t = (i: number) => f.tokens[i]?.norm;
  const w = t(u.first);
  const next = f.language === "en" ? (w === "up" || w === "down") && u.first === u.last && t(u.last + 1) === "from" : w === "frente" && ["a", "al"].includes((u.last > u.first ? t(u.first + 1) : t(u.last + 1)) ?? "");
  if (!next) return false;
  const from = u.last + 1;
  return f.units.some((v) => v.kind === "quantity" && !v.quantity?.year && v.first > u.last && v.first <= from + 4);
}

/** Dev v6: English "former" said by a Spanish "ex-" word of the other claim, paired or not. */
function formerStated(u: Unit, f: ClaimFrame, other: ClaimFrame): boolean {
  if (f.language !== "en" || other.language !== "es" || u.first !== u.last || f.tokens[u.first]!.norm !== "former") return false;
  return other.tokens.some((t) => t.kind === "word" && exPrefixed(t.norm) !== undefined);
}

/**
 * Units of each claim the alignment left without a partner and that carry meaning: content
 * words (not light), names, directions, places and bodies the other claim does not name
 * elsewhere. Figures and time references are left to their own slots (slots.ts), and places
 * implied by a body are never residue (the body itself is).
 */
export function residueOf(a: ClaimFrame, b: ClaimFrame, al: Alignment): Residue {
  const hit = residueMemo.get(al);
  if (hit) return hit;
  const candidates = (f: ClaimFrame, other: ClaimFrame, paired: Map<number, unknown>) =>
    f.units.filter((u, i) => {
      if (paired.has(i) || u.implied) return false;
      if (u.kind === "quantity" || u.kind === "time") return false;
      if ((u.kind === "place" || u.kind === "organisation") && mentioned(u, other)) return false;
      if (judgedDirection(u, other) || comparisonFrame(u, f) || formerStated(u, f, other)) return false;
      return !isLight(u, f);
    });
  const ca = candidates(a, b, al.pairOfA);
  const cb = candidates(b, a, al.pairOfB);
  const accounted = accountedUnits(ca, a, cb, b);
  const residue = { a: ca.filter((u) => !accounted.has(u)), b: cb.filter((u) => !accounted.has(u)) };
  residueMemo.set(al, residue);
  return residue;
}

/** "'nurses'", "'nurses', 'in Ohio'": residue units quoted, for a reason string. */
export function quoteUnits(units: readonly Unit[]): string {
  return units.map((u) => `'${u.text}'`).join(", ");
}

/**
 * Closeness (alignment score) from which residue on both sides is a difference rather than a loose
 * rewording: when nearly every word pairs, the few that do not are what the claims disagree on
 * ("firmaron" / "suspendieron", "envases" / "batteries") or a synonym the lexicons lack — and
 * the second must not be reused as a verdict unseen. Chosen on dev v3 (docs/matching-history.md): within a
 * language 0.80, as four of five cross-validation folds chose (the grid's best on all of dev v3,
 * 0.85, finds more but with twice the fold spread of precision); across languages 0.30 (dev v2:
 * 0.50) — nearly every cross-lingual pair is "close" now.
 */
export const RESIDUE_CLOSE = { within: 0.8, cross: 0.3 };
/** One claim adds at least this many unexplained units while the other has none: it says more. */
export const RESIDUE_ONE_SIDE = 3;
/**
 * Dev v4: the one-side count per group. Within a language 1: in a close pair one unexplained word
 * that only one claim has is a dropped or added qualifier ("huelga indefinida" / "huelga", "net
 * migration" / "migration") — the commonest false "same" of holdout d. Chosen by tune.ts under the
 * worst-author objective (docs/matching-history.md); across languages the dev v3 value (3) stays.
 */
export const RESIDUE_ONE_SIDE_BY = { within: 1, cross: RESIDUE_ONE_SIDE };
/**
 * Dev v4: when true, a pair is never "the same claim" while any content word of either claim is
 * left unexplained, at any closeness (not only in close pairs): a one-word flip by a new author
 * ("approved" / "rejected" in a pair scoring 0.7) is then never auto-matched; a loose rewording
 * with an unexplained word is suggested instead. Chosen by leave-one-author-out validation
 * (tune.ts, docs/matching.md).
 */
export const RESIDUE_STRICT = { within: false, cross: false };

/**
 * Dev v14: across languages, a close pair the rules pass while one claim alone keeps unexplained
 * units (fewer than RESIDUE_ONE_SIDE_BY.cross, so no detail veto; sources excluded) is not "the
 * same claim" on the rules alone: 16 of the 22 cross-lingual false "same" of dev v14 were such pairs
 * ("Spanish women" / "España", "1.5 mills" / "1,5 %", "su nivel más bajo en dos años" / nothing).
 * It goes to the soft-veto model (compare.ts, like a loose pair), that residue among its features
 * (soft-veto.ts: oneSide, oneSideNamed). Mode "flagged" (shipped) gates only a flagged residue
 * (below), "all" every one-sided residue, "off" restores dev v13 (train-soft-veto.ts GATE=…).
 */
export const CROSS_RESIDUE_GATE: { mode: "off" | "all" | "flagged" } = { mode: "flagged" };
/** Dev v15: cross-lingual function-word and body-name equivalents (cross-function.ts); off restores dev v14 (FUNCTION=off). */
export const CROSS_FUNCTION = { on: true };

/**
 * A residue unit the gate's "flagged" mode weighs: a direction or comparison word one claim alone
 * states ("menos que", "nivel más bajo", "perdió", "strengthened"), a place, body or name
 * ("Andalucía"), or a word right after a place ("Spanish women", "Spanish companies").
 */
function flagged(u: Unit, f: ClaimFrame): boolean {
  // "down from" / "up from" + a figure restates a comparison the other claim makes ("frente a 530")
  if (u.kind === "direction" && f.language === "en" && f.tokens[u.last + 1]?.norm === "from") return false;
  if (u.kind === "direction" || u.kind === "place" || u.kind === "organisation" || u.name) return true;
  return f.units.some((v) => v.kind === "place" && (!v.implied || !CROSS_FUNCTION.on) && v.last === u.first - 1);
}

/** The one-sided residue of a cross-lingual pair (sources excluded): what the gate weighs. */
export function oneSidedResidue(a: ClaimFrame, b: ClaimFrame, al: Alignment): Unit[] {
  if (a.language === b.language) return [];
  const r = residueOf(a, b, al);
  const ra = r.a.filter((u) => !isSource(u, a)), rb = r.b.filter((u) => !isSource(u, b));
  return ra.length && rb.length ? [] : [...ra, ...rb];
}

/** Dev v14: the rules' "same" across languages with a one-sided residue waits for the model. */
export function crossGated(a: ClaimFrame, b: ClaimFrame, al: Alignment): boolean {
  const mode = CROSS_RESIDUE_GATE.mode;
  if (mode === "off") return false;
  const one = oneSidedResidue(a, b, al);
  // dev v15: a unit the other claim says with function words or a body's name is not flagged (cross-function.ts)
  const said = (u: Unit, f: ClaimFrame, o: ClaimFrame) => CROSS_FUNCTION.on && crossAccounted(u, f, o, f === a ? al.pairOfA : al.pairOfB, f === a ? al.pairOfB : al.pairOfA);
  return mode === "all" ? one.length > 0 : one.some((u) => (a.units.includes(u) ? flagged(u, a) && !said(u, a, b) : flagged(u, b) && !said(u, b, a)));
}

/** Reporting words next to which a name or body is the source of the claim, not part of it (dev v4). */
const SAID_AFTER = new Set(["said", "says", "say", "stated", "told", "reported", "announced", "confirmed", "dijo", "informo", "afirmo", "senalo", "indico", "anuncio", "confirmo", "aseguro", "explico", "preciso", "destaco"]);
const SOURCE_BEFORE = new Set(["according", "segun", "acuerdo", "said", "dijo", "informo", "afirmo", "senalo"]);

/**
 * A unit that names the source in an attribution clause: "…, the statistics office said",
 * "según el ministerio", "according to the union". Dropping the source does not change the claim,
 * so the one-side rule does not count it.
 */
export function isSource(u: Unit, f: ClaimFrame): boolean {
  const norm = (i: number) => f.tokens[i]?.norm.normalize("NFD").replace(/\p{M}/gu, "");
  for (let i = u.last + 1; i <= u.last + 2; i++) if (SAID_AFTER.has(norm(i) ?? "")) return true;
  for (let i = u.first - 1; i >= Math.max(0, u.first - 4); i--) if (SOURCE_BEFORE.has(norm(i) ?? "")) return true;
  return false;
}

/** The slot residue words fill: a place, a name or body, a verb (action), else subject or object by their side of the verb. */
export function slotOf(units: readonly Unit[], f: ClaimFrame): SlotName {
  if (units.some((u) => u.kind === "place")) return "place";
  if (units.some((u) => u.name || u.kind === "organisation")) return "entity";
  if (units.every((u) => u.verb || u.kind === "direction")) return "action";
  const verb = f.units.find((u) => u.verb || u.kind === "direction");
  return verb && units[0]!.first < verb.first ? "subject" : "object";
}

/**
 * The accounting rules (run when no other slot disagrees):
 * - residue on both sides of a close pair → the slot of the words ("different action:
 *   firmaron / suspendieron", "different object: 'envases' / 'batteries'");
 * - residue of RESIDUE_ONE_SIDE or more units in one claim only, of a close pair → "only in one
 *   claim" (detail);
 * - (dev v3) a word of one claim only, next to a word that paired only partially (by a stem
 *   prefix or a cognate), in a close pair → detail: the two make a different compound
 *   ("teachers" / "teaching assistants"), where a lone extra word would be a rewording.
 */
export function accountingSlots(ctx: Ctx): void {
  const before = ctx.out.length;
  accountingRules(ctx);
  // dev v5: residue of common words is a weak veto, weighed by the learned model (soft-veto.ts); residue that names a place, body or name stays hard;
  // dev v7: across languages a name or body left over is weak too (bodies and titles are translated freely: "Board of Regents" / "Junta de Regentes")
  const cross = ctx.a.language !== ctx.b.language;
  // dev v10: a close pair where one claim alone adds a word against ("voted to reject a requirement" / "voted to require") is a stance flip, not evidence
  const against = (us: readonly Unit[]) => us.some((u) => u.direction?.axis === "stance" && u.direction.sign < 0);
  const r = residueOf(ctx.a, ctx.b, ctx.al), flip = !cross && (r.a.length === 0 || r.b.length === 0) && against([...r.a, ...r.b]);
  for (const s of ctx.out.slice(before)) if (!s.agrees && s.slot !== "place" && (s.slot !== "entity" || cross) && !flip) softConflicts.add(s);
}

/**
 * Dev v6: the disagreement of a loose pair the model vetoes (compare.ts): the unexplained units
 * of each side (else every unpaired one), as the slot their words fill ("different object:
 * 'Concha', 'Oro' / 'cines'").
 */
export function looseConflict(a: ClaimFrame, b: ClaimFrame, al: Alignment): SlotComparison {
  const residue = residueOf(a, b, al);
  const open = (f: ClaimFrame, pairOf: Alignment["pairOfA"]) => f.units.filter((u, i) => !u.implied && !pairOf.has(i));
  const ua = residue.a.length + residue.b.length ? residue.a : open(a, al.pairOfA);
  const ub = residue.a.length + residue.b.length ? residue.b : open(b, al.pairOfB);
  const ctx: Ctx = { a, b, al, out: [] };
  const both = [...ua, ...ub];
  add(ctx, both.length ? slotOf(both, a) : "detail", ua, ub, false, ua.length ? quoteUnits(ua) : "(not said)", ub.length ? quoteUnits(ub) : "(not said)");
  return ctx.out[0]!;
}

/**
 * Dev v5: the conflicts of word accounting that are evidence rather than an absolute block —
 * unexplained common words (action, subject, object, detail). compare.ts lets the learned model
 * (soft-veto.ts) overrule them; every other slot disagreement stays a hard veto.
 */
export const softConflicts = new WeakSet<SlotComparison>();

function accountingRules(ctx: Ctx): void {
  const residue = residueOf(ctx.a, ctx.b, ctx.al);
  const cross = ctx.a.language !== ctx.b.language;
  const close = ctx.al.score >= (cross ? RESIDUE_CLOSE.cross : RESIDUE_CLOSE.within);
  const strict = cross ? RESIDUE_STRICT.cross : RESIDUE_STRICT.within;
  if (!close && !strict) return;
  if (residue.a.length > 0 && residue.b.length > 0) {
    add(ctx, slotOf([...residue.a, ...residue.b], ctx.a), residue.a, residue.b, false, quoteUnits(residue.a), quoteUnits(residue.b));
    return;
  }
  const compound = (units: readonly Unit[], f: ClaimFrame, pairOf: Alignment["pairOfA"]) =>
    units.filter((u) => u.kind === "content" && f.units.some((v, i) => (v.last === u.first - 1 || v.first === u.last + 1) && pairOf.has(i) && pairOf.get(i)!.weight < 1 && v.kind === "content"));
  const ca = compound(residue.a, ctx.a, ctx.al.pairOfA), cb = compound(residue.b, ctx.b, ctx.al.pairOfB);
  if (ca.length > 0 && residue.b.length === 0) return void add(ctx, "detail", ca, [], false, quoteUnits(ca), "(not said)");
  if (cb.length > 0 && residue.a.length === 0) return void add(ctx, "detail", [], cb, false, "(not said)", quoteUnits(cb));
  const oneSide = strict || !close ? 1 : cross ? RESIDUE_ONE_SIDE_BY.cross : RESIDUE_ONE_SIDE_BY.within;
  const ra = residue.a.filter((u) => !isSource(u, ctx.a)), rb = residue.b.filter((u) => !isSource(u, ctx.b));
  const [only, side] = ra.length >= oneSide ? [ra, "a"] : rb.length >= oneSide ? [rb, "b"] : [[], ""];
  if (side === "a") add(ctx, "detail", only, [], false, quoteUnits(only), "(not said)");
  else if (side === "b") add(ctx, "detail", [], only, false, "(not said)", quoteUnits(only));
}
