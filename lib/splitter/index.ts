/**
 * ClaimDesk splitter: sentence-level claim drafts with offsets and a check-worthiness score.
 *
 * Pure TypeScript (no Next.js, no DB). See segment.ts for the splitting rules and score.ts for the
 * scoring features.
 */
import { detectLanguage } from "./language";
import { analyseLine, scoreWithLine, type LineInfo } from "./score";
import { scanSentences } from "./segment";
import type { ClaimDraft, Language, SentenceSpan } from "./types";

export type { ClaimDraft, Language, ScoreContext, ScoreReason, SentenceScore, SentenceSpan } from "./types";
export { CHECKWORTHY_THRESHOLD, LABELS, scoreSentence } from "./score";
export { detectLanguage } from "./language";

/**
 * Split `body` into trimmed, non-empty, ordered, non-overlapping sentence spans with
 * `body.slice(start, end) === text`. Every line is at least its own unit. Spans without any letter
 * or digit (e.g. "***", "…") are dropped. The abbreviation tables for English and Spanish are
 * always both active (news text mixes them), so `language` does not change the result today; it is
 * accepted for API stability.
 */
export function splitSentences(body: string, language?: Language): SentenceSpan[] {
  void language;
  if (typeof body !== "string" || body.length === 0) return [];
  return scanSentences(body);
}

const LINE_BREAK_RE = /[\n\r\u2028\u2029]/g;

/** Split and score every sentence. The language is detected from the body when not given. */
export function splitIntoClaims(body: string, options?: { language?: Language }): ClaimDraft[] {
  if (typeof body !== "string" || body.length === 0) return [];
  const language = options?.language ?? detectLanguage(body);
  const lineStarts: number[] = [];
  const spans = scanSentences(body, { lineStarts });
  const out: ClaimDraft[] = new Array(spans.length);
  const firstLine = lineStarts.length > 0 ? lineStarts[0] : -1;
  let cachedLineStart = -1;
  let line: LineInfo | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const ls = lineStarts[i];
    if (ls !== cachedLineStart) {
      LINE_BREAK_RE.lastIndex = s.end;
      const m = LINE_BREAK_RE.exec(body);
      line = analyseLine(body.slice(ls, m ? m.index : body.length));
      cachedLineStart = ls;
    }
    const scored = scoreWithLine(s.text, { language, isFirstLine: ls === firstLine }, line!);
    out[i] = { text: s.text, start: s.start, end: s.end, ...scored };
  }
  return out;
}
