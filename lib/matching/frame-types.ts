/**
 * Types of a claim frame (frame.ts): the claim cut into units that can be compared across claims
 * and languages — figures, time references, places, organisations, directions and the remaining
 * content words — plus its negation.
 */

import type { Language } from "./normalize";

/** A token of the prepared text (numbers.ts tokensOf) with its raw form. */
export type FrameToken = {
  kind: "num" | "word" | "sym";
  /** lower case, no accents */
  norm: string;
  /** as written (accents and case kept) */
  raw: string;
  start: number;
  end: number;
  /** first letter upper case */
  cap: boolean;
  /** all letters upper case (and at least two letters) */
  caps: boolean;
  /** first word of a sentence */
  sentenceStart: boolean;
};

export type UnitKind = "content" | "place" | "organisation" | "quantity" | "time" | "direction";

export type UnitDimension = "ratio" | "points" | "money" | "length" | "area" | "mass" | "volume" | "energy" | "power" | "temperature" | "duration" | "times" | "speed" | "concentration";

export type Quantity = {
  value: number;
  /** measurement unit, when one is written next to the figure */
  unit?: { id: string; dimension: UnitDimension; factor: number; text: string };
  /** "more than", "menos de", "at least", "about" … */
  comparator?: { kind: "gt" | "lt" | "ge" | "le" | "approx"; text: string };
  /** a four-digit year with nothing else attached */
  year: boolean;
};

export type TimeGroup = "month" | "weekday" | "relative-year" | "relative-month" | "relative-week" | "relative-day" | "part" | "duration" | "reference" | "season";
/** before: bounded by "before" / "antes de" (dev v10), compared as well as the value. */
export type TimeRef = { group: TimeGroup; value: string; before?: true };

export type Unit = {
  kind: UnitKind;
  /** token range [first, last] */
  first: number;
  last: number;
  /** the span as written */
  text: string;
  /** comparison keys (content and direction units): c:concept, p:paraphrase, s:lang:stem, w:word, d:direction */
  keys: string[];
  /** place / organisation candidate ids */
  ids: string[];
  weight: number;
  /** capitalised word that is not a dictionary word: a name */
  name?: boolean;
  /** a verb (direction word, or a word whose concepts are all verbs) */
  verb?: boolean;
  quantity?: Quantity;
  time?: TimeRef;
  /** direction id (directions.json) and its coarse sign on the shared quantity / stance axes */
  direction?: { id: string; axis: "quantity" | "stance" | "pair"; sign: -1 | 0 | 1 };
  /** a place that is only implied by an organisation ("Bank of Spain" -> Spain) */
  implied?: boolean;
};

export type ClaimFrame = {
  text: string;
  language: Language;
  tokens: FrameToken[];
  /** units in text order */
  units: Unit[];
  /** negation cues that are not part of a direction phrase ("not", "nunca", "descartó", "denied") */
  negations: { text: string; index: number }[];
};

/** True when any of used[from, to) is set (the span overlaps units already taken). */
export function anyUsed(used: readonly boolean[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (used[k]) return true;
  return false;
}
