/**
 * Acronym resolution between two texts: when one text writes "WHO" / "OMS" / "ECB" and the other
 * spells the name out ("World Health Organization", "Organización Mundial de la Salud", "European
 * Central Bank"), the spelled-out run is replaced by the acronym so both texts share one token.
 *
 * An acronym is 2–6 capitals in a text that also has lowercase letters. A run is a sequence of
 * capitalised words, optionally joined by lowercase connectors (of, the, for, and, de, la, del, ...),
 * whose capitalised initials spell the acronym (accents ignored). Only runs in the OTHER text are
 * replaced, and only when that text does not already use the acronym.
 */

import { stripAccents } from "./normalize";

const ACRONYM = /^\p{Lu}[\p{Lu}]{1,5}$/u;
const CONNECTORS = new Set(["of", "the", "for", "and", "on", "de", "la", "las", "los", "el", "del", "y", "para"]);

type Word = { text: string; start: number; end: number };

function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

function acronymsIn(text: string): string[] {
  if (!/\p{Ll}/u.test(text)) return [];
  return [...new Set(words(text).map((w) => w.text).filter((w) => ACRONYM.test(w)))];
}

function initial(word: string): string {
  return stripAccents(word[0] ?? "").toUpperCase();
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** Finds [start, end) of a run in `text` whose capitalised initials spell `acronym`. */
function findExpansion(text: string, acronym: string): [number, number] | undefined {
  const ws = words(text);
  const target = stripAccents(acronym).toUpperCase();
  for (let i = 0; i < ws.length; i++) {
    if (!isCapitalised(ws[i]!.text) || ACRONYM.test(ws[i]!.text)) continue;
    let initials = "";
    for (let j = i; j < ws.length; j++) {
      const w = ws[j]!.text;
      if (isCapitalised(w)) {
        initials += initial(w);
        if (initials === target) return [ws[i]!.start, ws[j]!.end];
        if (!target.startsWith(initials)) break;
      } else if (!CONNECTORS.has(w.toLowerCase())) break;
    }
  }
  return undefined;
}

export type AcronymResolution = { a: string; b: string; resolved: string[] };

export function resolveAcronyms(a: string, b: string): AcronymResolution {
  const resolved: string[] = [];
  const rewrite = (source: string, target: string): string => {
    let out = target;
    const present = new Set(words(target).map((w) => w.text));
    for (const acronym of acronymsIn(source)) {
      if (present.has(acronym)) continue;
      const span = findExpansion(out, acronym);
      if (!span) continue;
      resolved.push(`${acronym} = ${out.slice(span[0], span[1])}`);
      out = `${out.slice(0, span[0])}${acronym}${out.slice(span[1])}`;
    }
    return out;
  };
  const newB = rewrite(a, b);
  const newA = rewrite(b, a);
  return { a: newA, b: newB, resolved };
}
