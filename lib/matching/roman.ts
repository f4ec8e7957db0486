/**
 * Dev v18: Roman numerals are figures ("siglo XVI" = "16th century", "Felipe VI", "Vatican II").
 * Before, "XVI" was a name, so "siglo XVI" / "siglo XVII" differed by nothing the frame compared
 * (py-1023). Only capital I, V and X in canonical form, two letters or more (1–39 but "I", "V",
 * "X": a pronoun, a letter, a brand), and not a word the claim already used.
 */

import type { FrameToken, Unit } from "./frame-types";

const CANONICAL = /^(X{0,3})(IX|IV|VI{0,3}|I{0,3})$/;
const DIGIT: Record<string, number> = { IX: 9, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, I: 1, II: 2, III: 3, "": 0 };

/** The value of a Roman numeral written in capitals, or undefined when the word is not one. */
export function romanValue(raw: string): number | undefined {
  if (raw.length < 2) return undefined;
  const m = CANONICAL.exec(raw);
  return m ? m[1]!.length * 10 + DIGIT[m[2]!]! : undefined;
}

export function romanUnits(tokens: readonly FrameToken[], used: boolean[]): Unit[] {
  const out: Unit[] = [];
  tokens.forEach((t, i) => {
    const value = t.kind === "word" && !used[i] ? romanValue(t.raw) : undefined;
    if (value === undefined) return;
    used[i] = true;
    out.push({ kind: "quantity", first: i, last: i, text: t.raw, keys: [], ids: [], weight: 1.5, quantity: { value, year: false } });
  });
  return out;
}
