/**
 * Training examples from the annotated corpus and from desk labels. A corpus example is a gold
 * segment with the same context the scorer sees at run time (its line, headline position), so
 * training and inference never disagree about layout. Datelines and timestamps are not sentences:
 * the splitter marks them and the scorer never sees them, so they are not trained on either.
 */
import type { Language } from "../vocabulary";
import { NON_SENTENCE_KINDS } from "./corpus-format";
import type { CorpusArticle } from "./corpus";
import { analyseLine } from "./layout";
import type { SentenceContext } from "./features";

export type LabelledSentence = {
  text: string;
  context: SentenceContext;
  label: 0 | 1;
  weight: number;
  /** Where it came from: article id (corpus) or "desk". */
  source: string;
  kind: string;
};

/** A desk label, as `model train --with-desk FILE` reads it. */
export type DeskLabel = { text: string; language: Language; checkworthy: boolean; weight?: number };

const LINE_BREAK_RE = /[\n\r\u2028\u2029]/;

/** The line of `body` that contains offset `at`. */
export function lineAround(body: string, at: number): { start: number; text: string } {
  let start = at;
  while (start > 0 && !LINE_BREAK_RE.test(body[start - 1])) start--;
  let end = at;
  while (end < body.length && !LINE_BREAK_RE.test(body[end])) end++;
  return { start, text: body.slice(start, end) };
}

/** Offset of the first line with a letter or digit (-1 when none), as the splitter sees it. */
export function firstLineStart(body: string): number {
  const m = /[\p{L}\p{N}]/u.exec(body);
  return m ? lineAround(body, m.index).start : -1;
}

export function corpusSentences(articles: readonly CorpusArticle[]): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const a of articles) {
    const first = firstLineStart(a.body);
    for (const seg of a.segments) {
      if (NON_SENTENCE_KINDS.has(seg.kind)) continue;
      const line = lineAround(a.body, seg.start);
      out.push({
        text: seg.text,
        context: {
          language: a.language,
          line: analyseLine(line.text),
          firstLine: line.start === first,
        },
        label: seg.label,
        weight: 1,
        source: a.id,
        kind: seg.kind,
      });
    }
  }
  return out;
}

/** Desk labels are single sentences: their own line, not in headline position. */
export function deskSentences(labels: readonly DeskLabel[]): LabelledSentence[] {
  return labels.map((d, i) => {
    if (typeof d.text !== "string" || d.text.trim() === "") throw new Error(`desk label ${i}: empty text`);
    if (d.language !== "en" && d.language !== "es") throw new Error(`desk label ${i}: language must be en or es`);
    if (typeof d.checkworthy !== "boolean") throw new Error(`desk label ${i}: checkworthy must be true or false`);
    const weight = d.weight ?? 1;
    if (!(weight > 0 && Number.isFinite(weight))) throw new Error(`desk label ${i}: weight must be a positive number`);
    const text = d.text.trim();
    return {
      text,
      context: { language: d.language, line: analyseLine(text), firstLine: false },
      label: d.checkworthy ? 1 : 0,
      weight,
      source: "desk",
      kind: d.checkworthy ? "desk-1" : "desk-0",
    };
  });
}
