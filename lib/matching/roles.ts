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
