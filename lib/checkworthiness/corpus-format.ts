import type { Language } from "../vocabulary";

/**
 * The annotated article format of corpus/checkworthiness (see its README): header lines `@key value`,
 * then one segment per line, `PREFIX[LABEL KIND] TEXT`. Parsing rebuilds the article body exactly as
 * an editor would paste it and gives every gold segment its offsets into that body.
 */

export const SEGMENT_KINDS = {
  positive: ["figure", "event", "attribution", "comparison", "causal", "record", "quote-fact"],
  negative: [
    "opinion", "feeling", "prediction", "plan", "question", "non-answer", "procedural", "promotion",
    "personal", "vague", "headline", "dateline", "timestamp", "byline", "navigation",
  ],
} as const;

/** Kinds that are not sentences of the article; they are left out of the boundary score. */
export const NON_SENTENCE_KINDS: ReadonlySet<string> = new Set(["dateline", "timestamp"]);

export type GoldSegment = { text: string; start: number; end: number; label: 0 | 1; kind: string };

export type AnnotatedArticle = {
  id: string;
  language: Language;
  beat: string;
  style: string;
  title: string;
  body: string;
  segments: GoldSegment[];
};

const SEGMENT_LINE = /^(.*?)\[([01]) ([a-z-]+)\] (.+)$/;
const POSITIVE: ReadonlySet<string> = new Set(SEGMENT_KINDS.positive);
const NEGATIVE: ReadonlySet<string> = new Set(SEGMENT_KINDS.negative);

export class CorpusFormatError extends Error {}

export function parseAnnotatedArticle(source: string, fileName = "article"): AnnotatedArticle {
  const header: Record<string, string> = {};
  const segments: GoldSegment[] = [];
  let body = "";
  let blankBefore = false;
  let breakAfterPrevious = false;
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((raw, index) => {
    const where = `${fileName}:${index + 1}`;
    const line = raw.replace(/\s+$/, (trail) => (raw.endsWith(" \\") ? trail : ""));
    if (line.trim() === "") {
      blankBefore = segments.length > 0;
      return;
    }
    if (line.startsWith("@")) {
      const m = /^@(\w+)\s+(.+)$/.exec(line);
      if (!m) throw new CorpusFormatError(`${where}: bad header line`);
      header[m[1]] = m[2].trim();
      return;
    }
    const m = SEGMENT_LINE.exec(line);
    if (!m) throw new CorpusFormatError(`${where}: not a segment line: ${line.slice(0, 60)}`);
    const [, prefix, label, kind] = m;
    let text = m[4];
    const lineBreakAfter = text.endsWith(" \\");
    if (lineBreakAfter) text = text.slice(0, -2);
    text = text.trim();
    if (!POSITIVE.has(kind) && !NEGATIVE.has(kind)) throw new CorpusFormatError(`${where}: unknown kind "${kind}"`);
    if ((label === "1") !== POSITIVE.has(kind)) throw new CorpusFormatError(`${where}: label ${label} does not fit kind "${kind}"`);
    if (text.length === 0) throw new CorpusFormatError(`${where}: empty segment`);
    if (segments.length > 0) {
      body += blankBefore ? "\n\n" : prefix !== "" || breakAfterPrevious ? "\n" : " ";
    }
    body += prefix;
    const start = body.length;
    body += text;
    segments.push({ text, start, end: body.length, label: label === "1" ? 1 : 0, kind });
    blankBefore = false;
    breakAfterPrevious = lineBreakAfter;
  });
  for (const key of ["id", "language", "beat", "style", "title"]) {
    if (!header[key]) throw new CorpusFormatError(`${fileName}: missing @${key}`);
  }
  if (header.language !== "en" && header.language !== "es") {
    throw new CorpusFormatError(`${fileName}: @language must be en or es`);
  }
  return {
    id: header.id,
    language: header.language,
    beat: header.beat,
    style: header.style,
    title: header.title,
    body,
    segments,
  };
}
