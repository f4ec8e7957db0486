/**
 * Dev v19: three kinds of flip in a claim otherwise copied, each a hard veto (docs/matching.md,
 * "What changed in dev v19"):
 * - participants of any kind swapped around the same verb (roles.ts crossedParticipants);
 * - one word changed and nothing else, within a language ("viviendas de alquiler" / "viviendas de
 *   compra", "hogares" / "empresas", "bajó al 1,9 %" / "bajó un 1,9 %"), when the lexicons do not
 *   pair the two words: on dev v19 no pair labelled "same" changes one word that is not a figure;
 * - "sin X" against "con X" ("without X" / "with X") with X paired, within a language in claims
 *   that share half their words or more, or across languages.
 */

import type { ClaimFrame, Unit } from "./frame-types";
import { quoteUnits, slotOf } from "./accounting";
import { crossedParticipants, sharedWords, swappedParticipants } from "./roles";
import { add, type Ctx } from "./slot-base";

/** The rules on (shipped) or off, for measuring (test/matching/eval: FLIPS=crossed,oneWord,sinCon lists those kept on). */
export const FLIPS = { crossed: true, oneWord: true, sinCon: true };

/** Swapped names, places or bodies (roles.ts swappedParticipants), then the dev v19 flips, each only while no slot disagrees. */
export function flips(ctx: Ctx): void {
  swappedParticipants(ctx);
  if (FLIPS.crossed && !ctx.out.some((s) => !s.agrees)) crossedParticipants(ctx);
  if (FLIPS.sinCon && !ctx.out.some((s) => !s.agrees)) sinCon(ctx);
  if (FLIPS.oneWord && !ctx.out.some((s) => !s.agrees)) oneWordChanged(ctx);
}

/** Token indices of a frame's words (punctuation left out). */
const wordIndices = (f: ClaimFrame) => f.tokens.flatMap((t, i) => (t.kind === "sym" ? [] : [i]));
const unitAt = (f: ClaimFrame, token: number) => f.units.findIndex((u) => u.first <= token && token <= u.last);

/**
 * One word changed: the claims' words are equal but for one in each, at the same place; both are
 * words (not digits), neither is part of a figure or a time reference, and the alignment does not
 * pair the two fully (a synonym the lexicons know, "compró" / "adquirió", passes on; a partial pair
 * of similar words, "medio" / "mediano", does not).
 */
export function oneWordChanged(ctx: Ctx): void {
  const { a, b } = ctx;
  if (a.language !== b.language) return;
  const wa = wordIndices(a), wb = wordIndices(b);
  if (wa.length !== wb.length) return;
  const differ = wa.map((_, k) => k).filter((k) => a.tokens[wa[k]!]!.norm !== b.tokens[wb[k]!]!.norm);
  if (differ.length !== 1) return;
  const [ta, tb] = [a.tokens[wa[differ[0]!]!]!, b.tokens[wb[differ[0]!]!]!];
  if (ta.kind !== "word" || tb.kind !== "word") return;
  const [ia, ib] = [unitAt(a, wa[differ[0]!]!), unitAt(b, wb[differ[0]!]!)];
  const [ua, ub] = [a.units[ia], b.units[ib]];
  const figure = (u: Unit | undefined) => u !== undefined && (u.kind === "quantity" || u.kind === "time");
  if (figure(ua) || figure(ub)) return;
  // Two places or two names: the place and entity slots have judged them already and agreed (a city for its country, "Madrid" / "Spain").
  const named = (u: Unit | undefined) => u !== undefined && (u.kind === "place" || u.kind === "organisation" || u.name === true);
  if (named(ua) && named(ub)) return;
  const pair = ia >= 0 ? ctx.al.pairOfA.get(ia) : undefined;
  if (pair !== undefined && pair.b === ib && pair.weight >= 1) return;
  // Named as the word accounting names a residue ("different action: 'firmó' / 'denunció'"), so the reason reads the same whichever rule saw it.
  if (!ua || !ub) return add(ctx, "object", [], [], false, ta.raw, tb.raw);
  add(ctx, slotOf([ua, ub], a), [ua], [ub], false, quoteUnits([ua]), quoteUnits([ub]));
}

const WITHOUT = new Set(["sin", "without"]);
const WITH = new Set(["con", "with"]);
/** Articles and determiners that may stand between the preposition and its noun. */
const DETERMINERS = new Set(["a", "an", "the", "any", "un", "una", "unos", "unas", "el", "la", "los", "las", "su", "sus", "ningun", "ninguna"]);

/** The preposition before a unit, over at most one determiner ("sin una declaración", "without the"). */
function preposition(f: ClaimFrame, u: Unit): string | undefined {
  let i = u.first - 1;
  if (DETERMINERS.has(f.tokens[i]?.norm ?? "")) i--;
  return f.tokens[i]?.norm;
}

/** Claims that share at least this share of their words (roles.ts sharedWords) are close enough for sinCon: a rewording may say "sin" as "impidieron … con". */
export const SIN_CON_MIN_SHARED = 0.5;

/** "sin receta" / "con receta", "ended without a joint statement" / "ended with a joint statement", in claims that share most of their words. */
export function sinCon(ctx: Ctx): void {
  if (ctx.a.language === ctx.b.language && sharedWords(ctx.a, ctx.b) < SIN_CON_MIN_SHARED) return;
  for (const p of ctx.al.pairs) {
    const [ua, ub] = [ctx.a.units[p.a]!, ctx.b.units[p.b]!];
    const [x, y] = [preposition(ctx.a, ua) ?? "", preposition(ctx.b, ub) ?? ""];
    if ((WITHOUT.has(x) && WITH.has(y)) || (WITH.has(x) && WITHOUT.has(y))) {
      add(ctx, "negation", [ua], [ub], false, `${x} ${ua.text}`, `${y} ${ub.text}`);
      return;
    }
  }
}
