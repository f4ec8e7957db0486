/**
 * The difference between two claims for the review UI ("show the difference", issue 13).
 *
 * Same language: a word-level diff (package `diff`, diffArrays over word tokens — a figure such as
 * "74,000" is one token, spaces and punctuation are tokens too, so the segments concatenate back
 * to the claims exactly) of the two claims as compareClaims read them (quotes, dashes and spaces
 * unified). Each segment is "same", "removed" (only in the first claim) or
 * "added" (only in the second); a segment that fills a disagreeing slot carries the slot's name
 * ("place", "figure", "direction" …), split at the slot's edges, so the UI can highlight the
 * deciding words, and `reason` says why in words ("different place: Texas / Ohio").
 *
 * Across languages a diff of words is meaningless (every word differs), so the result lists the
 * aligned slots instead: for each slot either claim fills, what each says and whether they agree
 * ({ mode: "slots" }). The UI shows them side by side.
 */

import { diffArrays } from "diff";
import { compareFrames, type Comparison } from "./compare";
import { claimFrame } from "./frame";
import type { Language } from "./normalize";
import type { SlotComparison, SlotName } from "./slots";
import { detectLanguage } from "./tokenize";

export type DiffSegment = { text: string; kind: "same" | "added" | "removed"; slot?: SlotName };
export type WordDiff =
  | { mode: "words"; segments: DiffSegment[]; reason: string | null; comparison: Comparison }
  | { mode: "slots"; slots: SlotComparison[]; reason: string | null; comparison: Comparison };

type Mark = { start: number; end: number; slot: SlotName };

const DIFF_TOKEN = /\d+(?:[.,]\d+)*|\p{L}+(?:['’]\p{L}+)*|\s+|./gu;

function diffTokens(text: string): string[] {
  return text.match(DIFF_TOKEN) ?? [];
}

/** Splits [start, end) at the marks' edges and labels the parts inside a mark. */
function cut(text: string, start: number, kind: DiffSegment["kind"], marks: readonly Mark[]): DiffSegment[] {
  const end = start + text.length;
  const edges = new Set([start, end]);
  for (const m of marks) {
    if (m.end <= start || m.start >= end) continue;
    edges.add(Math.max(start, m.start));
    edges.add(Math.min(end, m.end));
  }
  const points = [...edges].sort((x, y) => x - y);
  const out: DiffSegment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [from, to] = [points[k]!, points[k + 1]!];
    const mark = marks.find((m) => m.start <= from && m.end >= to);
    const piece = text.slice(from - start, to - start);
    if (!piece) continue;
    const last = out.at(-1);
    if (last && last.kind === kind && last.slot === mark?.slot) last.text += piece;
    else out.push(mark && piece.trim() ? { text: piece, kind, slot: mark.slot } : { text: piece, kind });
  }
  return out;
}

function marksOf(slots: readonly SlotComparison[], side: "spansA" | "spansB"): Mark[] {
  return slots.filter((s) => !s.agrees).flatMap((s) => s[side].map(([start, end]) => ({ start, end, slot: s.slot })));
}

export type WordDiffOptions = { languageA?: Language; languageB?: Language };

export function wordDiff(a: string, b: string, options: WordDiffOptions = {}): WordDiff {
  const languageA = options.languageA ?? detectLanguage(a) ?? "en";
  const languageB = options.languageB ?? detectLanguage(b) ?? languageA;
  const fa = claimFrame(a, languageA);
  const fb = claimFrame(b, languageB);
  const comparison = compareFrames(fa, fb);
  if (languageA !== languageB) return { mode: "slots", slots: comparison.slots, reason: comparison.reason, comparison };
  const marksA = marksOf(comparison.slots, "spansA");
  const marksB = marksOf(comparison.slots, "spansB");
  const segments: DiffSegment[] = [];
  let inA = 0;
  let inB = 0;
  for (const part of diffArrays(diffTokens(fa.text), diffTokens(fb.text))) {
    const change = { ...part, value: part.value.join("") };
    if (change.added) {
      segments.push(...cut(change.value, inB, "added", marksB));
      inB += change.value.length;
    } else if (change.removed) {
      segments.push(...cut(change.value, inA, "removed", marksA));
      inA += change.value.length;
    } else {
      // common text may still fill a slot on one side (a repeated word): label it from the first claim
      segments.push(...cut(change.value, inA, "same", marksA));
      inA += change.value.length;
      inB += change.value.length;
    }
  }
  return { mode: "words", segments, reason: comparison.reason, comparison };
}
