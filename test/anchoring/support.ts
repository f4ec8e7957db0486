/** Helpers shared by the anchoring tests: claims from the splitter, and the invariants of a result. */
import { reanchor, sameText, type ClaimSpan, type ReanchorResult } from "@/lib/anchoring";
import { splitSentences } from "@/lib/splitter";

/** One claim per sentence of `body`, ids 0, 1, 2… in order (what the app creates for an article). */
export function sentenceClaims(body: string): ClaimSpan<number>[] {
  return splitSentences(body).map((s, i) => ({ id: i, start: s.start, end: s.end, text: s.text }));
}

export function reanchorSentences(oldBody: string, newBody: string): ReanchorResult<number> {
  return reanchor(oldBody, newBody, sentenceClaims(oldBody));
}

/**
 * Problems with a result, empty when it is sound: every live placement satisfies the slice rule,
 * no two overlap, kept/moved text is the same text, changed spans are whole sentences, and added
 * sentences are real sentences that no placement overlaps.
 */
export function invariantViolations(newBody: string, claims: readonly ClaimSpan<unknown>[], result: ReanchorResult<unknown>): string[] {
  const problems: string[] = [];
  const sentences = splitSentences(newBody);
  const starts = new Set(sentences.map((s) => s.start));
  const ends = new Set(sentences.map((s) => s.end));
  const live: { start: number; end: number; id: unknown }[] = [];
  if (result.placements.length !== claims.length) problems.push("one placement per claim");
  result.placements.forEach((p, i) => {
    if (p.id !== claims[i].id) problems.push(`placement ${i} has id ${String(p.id)}`);
    if (p.status === "orphaned") return;
    if (newBody.slice(p.start, p.end) !== p.text) problems.push(`claim ${String(p.id)}: slice rule fails`);
    if (p.end <= p.start) problems.push(`claim ${String(p.id)}: empty span`);
    if ((p.status === "kept" || p.status === "moved") && !sameText(claims[i].text, p.text)) {
      problems.push(`claim ${String(p.id)}: ${p.status} but the text differs: ${JSON.stringify(claims[i].text)} → ${JSON.stringify(p.text)}`);
    }
    if (p.status === "kept" && (p.start !== claims[i].start || p.end !== claims[i].end)) problems.push(`claim ${String(p.id)}: kept but offsets changed`);
    if (p.status === "changed" && (!starts.has(p.start) || !ends.has(p.end))) problems.push(`claim ${String(p.id)}: changed span is not whole sentences`);
    if (p.status === "changed" && sameText(claims[i].text, p.text)) problems.push(`claim ${String(p.id)}: changed but same text`);
    live.push({ start: p.start, end: p.end, id: p.id });
  });
  live.sort((a, b) => a.start - b.start);
  for (let i = 1; i < live.length; i++) {
    if (live[i].start < live[i - 1].end) problems.push(`claims ${String(live[i - 1].id)} and ${String(live[i].id)} overlap`);
  }
  for (const s of result.added) {
    if (newBody.slice(s.start, s.end) !== s.text || !starts.has(s.start) || !ends.has(s.end)) problems.push(`added ${JSON.stringify(s.text)} is not a sentence`);
    if (live.some((p) => p.start < s.end && s.start < p.end)) problems.push(`added ${JSON.stringify(s.text)} overlaps a claim`);
  }
  return problems;
}
