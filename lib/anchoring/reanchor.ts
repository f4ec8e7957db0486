/**
 * Re-anchoring claims from one version of an article body to the next (docs/anchoring.md).
 *
 * 1. Diff (alignment.ts): claims inside unchanged text are placed directly: kept or moved.
 * 2. Exact quote (candidates.ts): the rest are looked for by canonical quote in the changed middle
 *    of the new body; several occurrences are ranked by context, then position; an occurrence
 *    with both contexts intact wins outright.
 * 3. Approximate quote: claims still unplaced get whole-sentence candidates from approximate
 *    search (approx-string-match) and from their projected place, scored on quote, context and
 *    position; the best at or above the threshold is taken (changed), otherwise orphaned.
 *
 * Each stage assigns greedily, best score first, into one occupancy set, so live claims never
 * overlap; earlier stages outrank later ones, so text that is still there verbatim is never taken
 * by a claim that only resembles it.
 */
import { alignBodies, mapUnchanged, projectSpan, type Alignment } from "./alignment";
import { CandidateSearch, searchRanges, type Candidate, type Wanted } from "./candidates";
import { canonicalText } from "./canonical";
import { CONTEXT_LENGTH, contextAfter, contextBefore } from "./selectors";
import { DEFAULT_WEIGHTS, REANCHOR_THRESHOLD } from "./similarity";
import { Occupancy, SentenceIndex } from "./spans";
import type { ClaimSpan, Placement, ReanchorOptions, ReanchorResult, SentenceSpan } from "./types";

type Span = { start: number; end: number };

/** Whether a claim has any canonical text at all (anything but whitespace and invisible characters). */
const hasText = (text: string) => /[^\s\u00AD\u200B\u2060]/.test(text);

/**
 * The claim's span in the old body: its own offsets when they hold its text, else the nearest
 * occurrence of its text (stale offsets), else null (the claim is searched for by quote alone).
 */
function oldSpan(oldBody: string, c: ClaimSpan<unknown>): Span | null {
  const { start, end, text } = c;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= oldBody.length && oldBody.slice(start, end) === text) {
    return { start, end };
  }
  const near = Math.min(Math.max(0, Number.isFinite(start) ? start : 0), oldBody.length);
  const after = oldBody.indexOf(text, near);
  const before = oldBody.lastIndexOf(text, near);
  const at = after < 0 ? before : before < 0 ? after : near - before <= after - near ? before : after;
  return at < 0 ? null : { start: at, end: at + text.length };
}

function wanted(al: Alignment, index: number, c: ClaimSpan<unknown>, span: Span | null): Wanted {
  const hint = Math.min(Math.max(0, Number.isFinite(c.start) ? c.start : 0), al.oldBody.length);
  return {
    index,
    quote: canonicalText(c.text),
    prefix: span ? canonicalText(contextBefore(al.oldBody, span.start)) : "",
    suffix: span ? canonicalText(contextAfter(al.oldBody, span.end)) : "",
    projected: span ? projectSpan(al, span.start, span.end) : projectSpan(al, hint, hint),
    length: c.text.length,
  };
}

export function reanchor<Id>(
  oldBody: string,
  newBody: string,
  claims: readonly ClaimSpan<Id>[],
  options: ReanchorOptions = {},
): ReanchorResult<Id> {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const threshold = options.threshold ?? REANCHOR_THRESHOLD;
  const al = alignBodies(oldBody, newBody);
  const occupied = new Occupancy();
  const placements: (Placement<Id> | undefined)[] = new Array(claims.length);
  const spans: (Span | null)[] = claims.map((c) => (hasText(c.text) ? oldSpan(oldBody, c) : null));
  const pending: number[] = [];

  // Old order: the diff is monotonic, so the mapped claims arrive sorted (appends to the set).
  const order = claims.map((_, i) => i).sort((a, b) => (spans[a]?.start ?? -1) - (spans[b]?.start ?? -1) || a - b);
  for (const i of order) {
    const c = claims[i];
    const span = spans[i];
    if (!hasText(c.text)) {
      placements[i] = { id: c.id, status: "orphaned", previousText: c.text };
      continue;
    }
    const mapped = span && mapUnchanged(al, span.start, span.end);
    if (mapped && mapped.end > mapped.start && occupied.add(mapped.start, mapped.end)) {
      const status = mapped.start === span.start && mapped.end === span.end ? "kept" : "moved";
      placements[i] = { id: c.id, status, start: mapped.start, end: mapped.end, text: newBody.slice(mapped.start, mapped.end), method: "diff" };
    } else {
      pending.push(i);
    }
  }

  const wants = pending.map((i) => wanted(al, i, claims[i], spans[i]));
  const margin = wants.reduce((m, w) => Math.max(m, w.length + CONTEXT_LENGTH), 0);
  const ranges = searchRanges(al, wants.map((w) => w.projected), margin);
  const sentences = new SentenceIndex(newBody, ranges);
  if (wants.length > 0) {
    const finder = new CandidateSearch(al, ranges, sentences, occupied, weights);
    const assign = (candidates: Candidate[]) => {
      candidates.sort((x, y) => y.score - x.score || x.start - y.start || x.index - y.index);
      for (const cand of candidates) {
        if (placements[cand.index] || !occupied.add(cand.start, cand.end)) continue;
        const c = claims[cand.index];
        const span = spans[cand.index];
        const text = newBody.slice(cand.start, cand.end);
        const method = cand.tier === 1 ? "exact" : "approximate";
        if (canonicalText(text) === canonicalText(c.text)) {
          const kept = span !== null && span.start === cand.start && span.end === cand.end;
          placements[cand.index] = { id: c.id, status: kept ? "kept" : "moved", start: cand.start, end: cand.end, text, method };
        } else {
          placements[cand.index] = {
            id: c.id, status: "changed", start: cand.start, end: cand.end, text, previousText: c.text,
            method: "approximate", score: cand.score,
          };
        }
      }
    };
    assign(wants.flatMap((w) => finder.exact(w)));
    assign(wants.filter((w) => !placements[w.index]).flatMap((w) => finder.approximate(w, threshold)));
  }

  const result = claims.map((c, i): Placement<Id> => placements[i] ?? { id: c.id, status: "orphaned", previousText: c.text });
  return {
    placements: result,
    added: addedSentences(al, sentences, occupied),
    stats: {
      oldMiddle: [al.prefixEnd, al.oldSuffixStart],
      newMiddle: [al.prefixEnd, al.newSuffixStart],
      searched: pending.length,
      insertions: al.insertions.length,
      searchedChars: ranges.reduce((n, [a, b]) => n + b - a, 0),
    },
  };
}

/** New-body sentences that overlap inserted text and no placed claim. */
function addedSentences(al: Alignment, sentences: SentenceIndex, occupied: Occupancy): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let next = 0;
  for (const ins of al.insertions) {
    const [first, last] = sentences.overlapping(ins.start, ins.end);
    for (let i = Math.max(first, next); i < last; i++) {
      const s = sentences.sentences[i];
      if (!occupied.overlaps(s.start, s.end)) out.push(s);
    }
    next = Math.max(next, last);
  }
  return out;
}
