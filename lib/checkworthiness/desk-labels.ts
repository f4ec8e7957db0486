/**
 * Desk labels: reviewers' decisions turned into training labels (docs/checkworthiness.md, "On the
 * desk"). The rule:
 *
 * 1. A claim's label is its latest decision: marked check-worthy or not (the mark), made from a
 *    selection or trimmed to one (check-worthy), retired (not check-worthy). Retiring a claim that
 *    had a verdict is no decision (duplicates and clean-ups, not a judgement of the sentence).
 * 2. A live claim with a verdict is check-worthy, whatever it was marked: someone checked it.
 * 3. One label per sentence and language: when claims share a text (whitespace aside), the one
 *    decided last wins.
 * 4. The labels are sorted by language and text, so the same decisions always give the same
 *    training data (and, with the same seed, the same weights), in whatever order they were made.
 */
import type { Language } from "../vocabulary";
import type { DeskLabel } from "./dataset";

export type DeskDecision = {
  eventId: number;
  claimId: number;
  kind: "marked_checkworthy" | "created" | "span_changed" | "deleted";
  markedTo: number | boolean | null;
  retiredStatus: string | null;
  text: string;
  language: Language;
};

export type DeskVerdict = { claimId: number; lastEventId: number; text: string; language: Language };

export type LabelCounts = Record<Language, { checkworthy: number; notCheckworthy: number }>;

const normalise = (text: string): string => text.replace(/\s+/g, " ").trim();

/** One sentence of one language, whitespace aside: what labels are deduplicated and held out by. */
export const sentenceKey = (language: Language, text: string): string => `${language}\u0000${normalise(text)}`;

function decisionOf(d: DeskDecision): boolean | null {
  if (d.kind === "marked_checkworthy") return d.markedTo === 1 || d.markedTo === true;
  if (d.kind === "deleted") return d.retiredStatus === null || d.retiredStatus === "unreviewed" ? false : null;
  return true; // made from, or trimmed to, a selection
}

type Entry = { order: number; text: string; language: Language; checkworthy: boolean | null };

export function deskLabelsFrom(decisions: readonly DeskDecision[], verdicts: readonly DeskVerdict[]): DeskLabel[] {
  const byClaim = new Map<number, Entry>();
  for (const d of decisions) {
    const seen = byClaim.get(d.claimId);
    if (seen && seen.order > d.eventId) continue;
    byClaim.set(d.claimId, { order: d.eventId, text: d.text, language: d.language, checkworthy: decisionOf(d) });
  }
  for (const v of verdicts) {
    const order = Math.max(v.lastEventId, byClaim.get(v.claimId)?.order ?? 0);
    byClaim.set(v.claimId, { order, text: v.text, language: v.language, checkworthy: true });
  }
  const bySentence = new Map<string, Entry>();
  for (const e of byClaim.values()) {
    const text = normalise(e.text);
    if (e.checkworthy === null || text === "") continue;
    const key = sentenceKey(e.language, text);
    const seen = bySentence.get(key);
    if (!seen || seen.order < e.order) bySentence.set(key, { ...e, text });
  }
  return [...bySentence.values()]
    .sort((a, b) => (a.language !== b.language ? (a.language < b.language ? -1 : 1) : a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map((e) => ({ text: e.text, language: e.language, checkworthy: e.checkworthy === true }));
}

export function countLabels(labels: readonly DeskLabel[]): LabelCounts {
  const counts: LabelCounts = { en: { checkworthy: 0, notCheckworthy: 0 }, es: { checkworthy: 0, notCheckworthy: 0 } };
  for (const l of labels) counts[l.language][l.checkworthy ? "checkworthy" : "notCheckworthy"]++;
  return counts;
}

/** Labels whose sentence is in a held-out split (dev or test) are left out of training. */
export function withoutHeldOut(labels: readonly DeskLabel[], heldOut: ReadonlySet<string>): { kept: DeskLabel[]; heldOut: number } {
  const kept = labels.filter((l) => !heldOut.has(sentenceKey(l.language, l.text)));
  return { kept, heldOut: labels.length - kept.length };
}

