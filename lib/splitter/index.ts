/**
 * ClaimDesk splitter: sentence-level claim drafts with offsets and a check-worthiness score.
 *
 * Pure TypeScript (no Next.js, no DB). See segment.ts for the splitting rules and
 * lib/checkworthiness for the scoring model.
 */
import { analyseLine, type LineFacts } from "../checkworthiness/layout";
import type { CheckworthinessModel, ModelScore } from "../checkworthiness/model";
import { detectLanguage } from "./language";
import { notASentence, scoreInContext, shippedModel } from "./score";
import { scanSentences, type SpanKind } from "./segment";
import type { ClaimDraft, Language, SentenceSpan } from "./types";

export type { ClaimDraft, Language, ScoreContext, ScoreReason, SentenceScore, SentenceSpan } from "./types";
export { CHECKWORTHINESS_MODEL_VERSION, CHECKWORTHY_THRESHOLD, scoreSentence, shippedModel } from "./score";
export { detectLanguage } from "./language";

/**
 * Split `body` into trimmed, non-empty, ordered, non-overlapping sentence spans with
 * `body.slice(start, end) === text`. Every line is at least its own unit; block prefixes (list
 * markers, heading marks, speaker labels) are left out; a dateline or timestamp before a line's
 * first sentence is a span of its own. Spans without any letter or digit (e.g. "***", "…") are
 * dropped. The abbreviation tables for English and Spanish are always both active (news text mixes
 * them), so `language` does not change the result today; it is accepted for API stability.
 */
export function splitSentences(body: string, language?: Language): SentenceSpan[] {
  void language;
  if (typeof body !== "string" || body.length === 0) return [];
  return scanSentences(body);
}

const LINE_BREAK_RE = /[\n\r\u2028\u2029]/g;

type StagedDraft = ClaimDraft & { stage: ModelScore["stage"] };

/** Claim drafts scored by `model`, with the stage that scored each (the evaluation reports it). */
export function claimsWithModel(body: string, language: Language, model: CheckworthinessModel): StagedDraft[] {
  return scoreSpans(body, language, model, true) as StagedDraft[];
}

function scoreSpans(body: string, language: Language, model: CheckworthinessModel, withStage: boolean): ClaimDraft[] {
  const lineStarts: number[] = [];
  const kinds: SpanKind[] = [];
  const spans = scanSentences(body, { lineStarts, kinds });
  const out: ClaimDraft[] = new Array(spans.length);
  const first = lineStarts.length > 0 ? lineStarts[0] : -1;
  let cachedLineStart = -1;
  let line: LineFacts | null = null;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    const ls = lineStarts[i];
    if (ls !== cachedLineStart) {
      LINE_BREAK_RE.lastIndex = s.end;
      const m = LINE_BREAK_RE.exec(body);
      line = analyseLine(body.slice(ls, m ? m.index : body.length));
      cachedLineStart = ls;
    }
    const kind = kinds[i];
    const scored = kind === "sentence" ? scoreInContext(model, s.text, language, line!, ls === first) : notASentence(kind);
    const { score, checkworthy, reasons } = scored;
    out[i] = withStage
      ? ({ text: s.text, start: s.start, end: s.end, score, checkworthy, reasons, stage: scored.stage } as StagedDraft)
      : { text: s.text, start: s.start, end: s.end, score, checkworthy, reasons };
  }
  return out;
}

/**
 * Split and score every sentence. The language is detected from the body when not given; the
 * scores come from `model` (the app passes the model in use), else from the shipped model.
 */
export function splitIntoClaims(body: string, options?: { language?: Language; model?: CheckworthinessModel }): ClaimDraft[] {
  if (typeof body !== "string" || body.length === 0) return [];
  const language = options?.language ?? detectLanguage(body);
  return scoreSpans(body, language, options?.model ?? shippedModel(), false);
}
