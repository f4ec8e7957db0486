/**
 * Participants swapped around the same action: "Arsenal beat Chelsea" / "Chelsea beat Arsenal",
 * "El Real Madrid ganó al Barcelona" / "El Barcelona ganó al Real Madrid". Every word pairs, so
 * neither the score nor word accounting sees a difference; the order of the two participants
 * around the shared verb does.
 *
 * Only names, places and bodies count as participants (common nouns reorder freely in
 * rewordings). Not a conflict when either claim is passive ("was beaten by", "fue derrotado por":
 * the agent comes after the verb) or when the verb is symmetric ("met", "signed … with", "empató").
 * Reciprocal verbs with swapped participants and opposite ids ("beat" / "lost to") are the
 * direction slot's business (slots.ts) and agree there.
 */

import type { ClaimFrame, Unit } from "./frame-types";
import { isLight } from "./accounting";
import { add, type Ctx } from "./slot-base";
import { snowballStem } from "./stem";
import { stopwordsFor } from "./tokenize";

/** Verbs whose two participants can trade places without changing the claim (stems, EN and ES). */
const SYMMETRIC = new Set([
  ...["meet", "met", "sign", "agre", "draw", "drew", "tie", "tied", "negoti", "talk", "merg", "clash", "partner"].map((w) => snowballStem(w, "en")),
  ...["reun", "firm", "acord", "empat", "negoci", "dialog", "fusion", "enfrent", "pact"].map((w) => snowballStem(w, "es")),
]);
const PASSIVE_AUX = new Set(["was", "were", "been", "being", "is", "are", "fue", "fueron", "sido", "es", "son", "resulto", "resultaron"]);
const AGENT = new Set(["by", "por"]);

/** Prepositions that make a name a setting, not a participant ("in Ohio", "en el Bernabéu"). */
const SETTING = new Set(["in", "at", "on", "from", "across", "throughout", "en", "desde", "durante"]);

function participant(f: ClaimFrame, u: Unit): boolean {
  if (u.implied || !(u.kind === "place" || u.kind === "organisation" || u.name === true)) return false;
  const before = f.tokens.slice(Math.max(0, u.first - 2), u.first).map((t) => t.norm);
  return !before.some((w) => SETTING.has(w));
}
/** A verb that says what happened (attribution — "informó", "announced" — is light, not the action). */
const action = (f: ClaimFrame, u: Unit) => (u.kind === "direction" || u.verb === true) && !isLight(u, f);

function passive(f: ClaimFrame, verb: Unit): boolean {
  const before = f.tokens[verb.first - 1]?.norm;
  const agent = f.tokens.slice(verb.last + 1, verb.last + 4).some((t) => AGENT.has(t.norm));
  return (before !== undefined && PASSIVE_AUX.has(before)) || agent;
}

function symmetric(f: ClaimFrame, verb: Unit): boolean {
  for (let i = verb.first; i <= verb.last; i++) {
    const norm = f.tokens[i]!.norm;
    if ([...SYMMETRIC].some((s) => snowballStem(norm, f.language).startsWith(s))) return true;
  }
  return false;
}

/** The participants just before and just after a verb (unit indices, -1 when none). */
function around(f: ClaimFrame, verb: Unit): [number, number] {
  let before = -1;
  let after = -1;
  f.units.forEach((u, i) => {
    if (!participant(f, u)) return;
    if (u.last < verb.first) before = i;
    else if (u.first > verb.last && after < 0) after = i;
  });
  return [before, after];
}

export function swappedParticipants(ctx: Ctx): void {
  // in text order: the first paired action is the main one
  for (const p of [...ctx.al.pairs].sort((x, y) => x.a - y.a)) {
    const va = ctx.a.units[p.a]!;
    const vb = ctx.b.units[p.b]!;
    if (!action(ctx.a, va) || !action(ctx.b, vb)) continue;
    if (passive(ctx.a, va) || passive(ctx.b, vb) || symmetric(ctx.a, va) || symmetric(ctx.b, vb)) return;
    const [sa, oa] = around(ctx.a, va);
    const [sb, ob] = around(ctx.b, vb);
    if (sa < 0 || oa < 0 || sb < 0 || ob < 0) return;
    const partner = (i: number) => ctx.al.pairOfA.get(i)?.b;
    if (partner(sa) === ob && partner(oa) === sb) {
      const [ua, ub] = [[ctx.a.units[sa]!, ctx.a.units[oa]!], [ctx.b.units[sb]!, ctx.b.units[ob]!]];
      add(ctx, "subject", ua, ub, false, `${ua[0]!.text} ${va.text} ${ua[1]!.text}`, `${ub[0]!.text} ${vb.text} ${ub[1]!.text}`);
    }
    return;
  }
}

/** A word that can be a participant: a content word, place or body that is not a verb, light or implied. */
const nominal = (f: ClaimFrame, u: Unit) => (u.kind === "content" || u.kind === "place" || u.kind === "organisation") && !u.verb && !u.implied && !isLight(u, f);
/** Words that end a participant's phrase: clause punctuation, conjunctions and relatives. */
const PHRASE_END = new Set([",", ";", ":", "(", ")", "and", "or", "but", "that", "which", "who", "while", "y", "e", "o", "u", "pero", "que", "quien", "mientras"]);
/** Spanish object clitics before a verb ("la prueba la aprobó el 92 %": the object fronted, not a swap). */
const CLITIC = new Set(["lo", "la", "los", "las", "le", "les"]);
const AGENT_WORDS = new Set(["by", "por"]);

/** The participant phrase next to a verb, as unit indices: the nominal units on one side, up to the end of the phrase. */
function phrase(f: ClaimFrame, verb: Unit, dir: -1 | 1): Set<number> {
  const order = f.units.map((u, i) => i).filter((i) => (dir > 0 ? f.units[i]!.first > verb.last : f.units[i]!.last < verb.first));
  if (dir < 0) order.reverse();
  const out = new Set<number>();
  let edge = dir > 0 ? verb.last : verb.first;
  for (const i of order) {
    const u = f.units[i]!;
    const [from, to] = dir > 0 ? [edge + 1, u.first] : [u.last + 1, edge];
    if (f.tokens.slice(from, to).some((t) => PHRASE_END.has(t.norm) || PHRASE_END.has(t.raw))) break;
    edge = dir > 0 ? u.last : u.first;
    if (nominal(f, u) && !SETTING.has(f.tokens[u.first - 1]?.norm ?? "") && !SETTING.has(f.tokens[u.first - 2]?.norm ?? "")) out.add(i);
    else if (out.size > 0 || !(u.kind === "quantity" || u.kind === "time")) break;
  }
  return out;
}
/** An agent word ("by", "por") between a verb and a unit after it: a passive, the agent moved after the verb. */
const agentBetween = (f: ClaimFrame, verb: Unit, u: Unit) => f.tokens.slice(verb.last + 1, u.first).some((t) => AGENT_WORDS.has(t.norm));

/** Dev v19: the share of content words (not stopwords; as a multiset, over the longer claim) both claims use: a swap keeps every one. */
export function sharedWords(a: ClaimFrame, b: ClaimFrame): number {
  const words = (f: ClaimFrame) => f.tokens.filter((t) => t.kind !== "sym" && !stopwordsFor(f.language).has(t.norm)).map((t) => t.norm);
  const x = words(a), y = words(b);
  const left = new Map<string, number>();
  for (const w of y) left.set(w, (left.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of x) if ((left.get(w) ?? 0) > 0) shared++, left.set(w, left.get(w)! - 1);
  return shared / Math.max(1, x.length, y.length);
}
export const CROSSED_MIN_SHARED = 0.9;
const stems = (f: ClaimFrame, u: Unit) => f.tokens.slice(u.first, u.last + 1).map((t) => snowballStem(t.norm, f.language)).join(" ");
/** A passive auxiliary before the verb ("was beaten", "fue derrotado"); an agent after it is agentBetween's ("por los despidos" is a cause). */
const auxiliary = (f: ClaimFrame, verb: Unit) => PASSIVE_AUX.has(f.tokens[verb.first - 1]?.norm ?? "") || ["be", "ser", "sera", "seran"].includes(f.tokens[verb.first - 1]?.norm ?? "");
const clitic = (f: ClaimFrame, verb: Unit) => f.language === "es" && CLITIC.has(f.tokens[verb.first - 1]?.norm ?? "");

/**
 * Dev v19: participants of any kind swapped around a shared action ("El Atlético Nacional venció
 * al Junior" / "El Junior venció al Atlético Nacional", "El peso se depreció frente al dólar" /
 * "El dólar se depreció frente al peso", "La selección ganó 3-1 a Colombia" / "Colombia ganó 3-1
 * a la selección"), where roles.ts's names-only rule sees no participant. Within a language, in
 * claims that share at least CROSSED_MIN_SHARED of their content words (a copy with the participants
 * moved, not a rewording), for each paired action that is the same verb in both and neither
 * passive, symmetric nor preceded by an object clitic: a word (not a setting, "in Ohio", "en Medellín") of the phrase just before the verb
 * in one claim is in the phrase just after it in the other, and one of the phrase just after it
 * is in the phrase just before it (a clause moved to the front or the back crosses one way only).
 */
export function crossedParticipants(ctx: Ctx): void {
  if (ctx.a.language !== ctx.b.language || sharedWords(ctx.a, ctx.b) < CROSSED_MIN_SHARED) return;
  for (const p of ctx.al.pairs) {
    const va = ctx.a.units[p.a]!;
    const vb = ctx.b.units[p.b]!;
    if (!action(ctx.a, va) || !action(ctx.b, vb) || stems(ctx.a, va) !== stems(ctx.b, vb)) continue;
    if (auxiliary(ctx.a, va) || auxiliary(ctx.b, vb) || symmetric(ctx.a, va) || clitic(ctx.a, va) || clitic(ctx.b, vb)) continue;
    const [beforeA, afterA, beforeB, afterB] = [phrase(ctx.a, va, -1), phrase(ctx.a, va, 1), phrase(ctx.b, vb, -1), phrase(ctx.b, vb, 1)];
    const partner = (i: number) => ctx.al.pairOfA.get(i)?.b;
    const x = [...beforeA].find((i) => afterB.has(partner(i) ?? -1) && !agentBetween(ctx.b, vb, ctx.b.units[partner(i)!]!));
    const y = [...afterA].find((i) => beforeB.has(partner(i) ?? -1) && !agentBetween(ctx.a, va, ctx.a.units[i]!));
    if (x === undefined || y === undefined) continue;
    const ua = [ctx.a.units[x]!, ctx.a.units[y]!], ub = [ctx.b.units[partner(y)!]!, ctx.b.units[partner(x)!]!];
    add(ctx, "subject", ua, ub, false, `${ua[0]!.text} ${va.text} ${ua[1]!.text}`, `${ub[0]!.text} ${vb.text} ${ub[1]!.text}`);
    return;
  }
}

