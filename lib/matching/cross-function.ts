/**
 * Dev v15: units that one language writes as a content or direction word and the other as
 * function words or as part of a body's name, so that across languages they are accounted for
 * (accounting.ts residueOf) rather than left as a one-sided residue the dev v14 gate sends to the
 * model. Each rule asks the other claim to say the same thing in its own way; none applies
 * within a language. General EN–ES grammar written for the project, not taken from the pairs.
 *
 * - "a partir de(l)" (ES) = "from" / "starting" / "as of" / "beginning" / "effective" (EN): the
 *   Spanish phrase is read as the direction "partir" (depart) and English "from" is a stopword.
 *   Not when the other claim says "until" / "by" (the opposite bound).
 * - "against" (EN) = "contra" / "en contra" (ES), a Spanish stopword.
 * - "más" + adjective (ES superlative, "la más visitada", "la tasa más baja") = an English
 *   superlative ("most", "lowest", "wettest").
 * - a country that qualifies a paired body ("Spain's National Police" / "la Policía Nacional",
 *   "la Secretaría de Salud de México" / "the health ministry"): the body is compared on its own.
 * - a body or name in apposition to a paired body ("Spain's traffic authority (DGT)", "weather
 *   agency Aemet" / "la Aemet", "state oil company Pemex").
 */
import type { ClaimFrame, Unit } from "./frame-types";
import { add, type Ctx } from "./slot-base";

const fold = (s: string | undefined) => (s ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const FROM = new Set(["from", "starting", "beginning", "effective", "as"]);
const UNTIL = new Set(["until", "till", "by", "through", "hasta"]);

function tokenSet(f: ClaimFrame): Set<string> {
  return new Set(f.tokens.map((t) => fold(t.norm)));
}

/** Index of the unit in f whose token range contains token i, or -1. */
function unitAt(f: ClaimFrame, i: number): number {
  return f.units.findIndex((v) => !v.implied && v.first <= i && i <= v.last);
}

export function crossAccounted(u: Unit, f: ClaimFrame, other: ClaimFrame, pairedHere: Map<number, unknown>, pairedThere: Map<number, unknown>): boolean {
  if (f.language === other.language) return false;
  const t = (i: number) => fold(f.tokens[i]?.norm);
  const words = tokenSet(other);
  const single = u.first === u.last;
  if (f.language === "es" && t(u.first) === "partir" && t(u.first - 1) === "a" && ["de", "del"].includes(t(u.last + 1))) {
    return [...FROM].some((w) => words.has(w)) && ![...UNTIL].some((w) => words.has(w));
  }
  if (f.language === "en" && single && t(u.first) === "against") return words.has("contra");
  if (f.language === "es" && single && t(u.first) === "mas" && /^[a-z]{3,}$/.test(t(u.first + 1)) && !["de", "que", "del"].includes(t(u.first + 1))) {
    return other.tokens.some((x) => fold(x.norm) === "most" || (x.norm.length >= 5 && /est$/.test(fold(x.norm))));
  }
  const pairedBody = (i: number) => i >= 0 && f.units[i]!.kind === "organisation" && pairedHere.has(i);
  if (u.kind === "place") {
    // "Spain's National Police": the place, "'s", the body; "Secretaría de Salud de México": the body, "de", the place
    const after = t(u.last + 1) === "s" || t(u.last + 1) === "'s" ? u.last + 2 : u.last + 1;
    if (f.language === "en" && pairedBody(unitAt(f, after))) return true;
    if (["de", "del"].includes(t(u.first - 1)) && pairedBody(unitAt(f, u.first - 2))) return true;
    return false;
  }
  if (u.kind === "organisation" || u.name) {
    // apposition: next to a paired body, or parenthesised after one ("traffic authority (DGT)")
    const sym = (i: number) => f.tokens[i]?.kind === "sym";
    if (pairedBody(unitAt(f, u.first - 1)) || pairedBody(unitAt(f, u.last + 1))) return true;
    if ((sym(u.first - 1) && pairedBody(unitAt(f, u.first - 2))) || (sym(u.last + 1) && pairedBody(unitAt(f, u.last + 2)))) return true;
    // the body's name the other claim gives it ("Aemet" / "la Aemet")
    return other.units.some((v, i) => v.kind === "organisation" && pairedThere.has(i) && fold(v.text) === fold(u.text));
  }
  return false;
}

const LEVEL = { en: new Set(["to"]), es: new Set(["a", "al", "hasta"]) };
const CHANGE = { en: new Set(["by"]), es: new Set(["en", "un"]) };
/**
 * Dev v15: across languages a figure both claims give, one as the level reached ("cut … to three
 * hours", "subirá a 1.184 euros") and the other as the size of the change ("reducirá en tres
 * horas", "rise by 1,184 euros"). A Spanish preposition counts only right after a verb of change
 * ("en 2.000 municipios", "se situó en 2,56 millones" are not changes).
 */
export function levelChange(ctx: Ctx): void {
  const { a, b, al } = ctx;
  if (a.language === b.language) return;
  const before = (f: ClaimFrame, u: Unit) => {
    const w = fold(f.tokens[u.first - 1]?.norm);
    return f.language === "en" || f.units.some((v) => v.kind === "direction" && v.last === u.first - 2) ? w : "";
  };
  for (const p of al.pairs) {
    const ua = a.units[p.a]!, ub = b.units[p.b]!;
    if (ua.kind !== "quantity" || ub.kind !== "quantity" || ua.quantity?.year || ub.quantity?.year) continue;
    const wa = before(a, ua), wb = before(b, ub);
    if ((LEVEL[a.language].has(wa) && CHANGE[b.language].has(wb)) || (CHANGE[a.language].has(wa) && LEVEL[b.language].has(wb))) {
      return add(ctx, "comparator", [ua], [ub], false, `${wa} ${ua.text}`, `${wb} ${ub.text}`);
    }
  }
}
