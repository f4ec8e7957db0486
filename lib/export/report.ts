import { humanDay, humanTime, isIsoDay, LANGUAGE_LABELS, STATUS_LABELS, STATUS_ORDER } from "../vocabulary";
import type { ArticleReport, ClaimStatus, ReportClaim, ReportHistory, ReportSummary } from "./types";

/** Status in words; exports never rely on colour alone. */
export const STATUS_WORDS = STATUS_LABELS;
export { STATUS_ORDER };

/**
 * Status colours for the formats people read (HTML, PDF), always beside the word and the mark
 * (STATUS_ICONS in HTML, drawn marks in the PDF), never instead of them. AA contrast on white.
 */
export const STATUS_COLORS: Record<ClaimStatus, string> = {
  supported: "#1a7f37",
  disputed: "#b42318",
  needs_source: "#b54708",
  unreviewed: "#666666",
};

/** How a moment is put after a verb: "at <ISO>" in machine-minded formats, "on <day, time>" for readers. */
export type TimePhrase = (date: Date) => string;
export const isoAt: TimePhrase = (date) => `at ${date.toISOString()}`;
export const humanOn: TimePhrase = (date) => `on ${humanTime(date)}`;

/** An article's publication day in the reader's words ("28 February 2025"); other text as given. */
export function humanPublishedDay(publishedAt: string): string {
  return isIsoDay(publishedAt) ? humanDay(`${publishedAt}T00:00:00Z`) : publishedAt;
}

export function hasVerdict(claim: { status: ClaimStatus }): boolean {
  return claim.status !== "unreviewed";
}

/**
 * The claims a report shows: check-worthy claims plus any claim that has a verdict (even if it
 * is not check-worthy), in article order (start, then end, then id). With
 * `options.verifiedOnly`, only claims with a verdict. Returns a new array.
 */
export function selectReportClaims(report: ArticleReport): ReportClaim[] {
  return report.claims
    .filter((c) => (report.options.verifiedOnly ? hasVerdict(c) : c.checkworthy || hasVerdict(c)))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
}

export function summarizeClaims(claims: readonly { status: ClaimStatus }[]): ReportSummary {
  const summary: ReportSummary = { total: 0, supported: 0, disputed: 0, needs_source: 0, unreviewed: 0 };
  for (const c of claims) {
    summary[c.status] += 1;
    summary.total += 1;
  }
  return summary;
}

/** Counts by status over the selected claims (see selectReportClaims) plus total. */
export function summarizeReport(report: ArticleReport): ReportSummary {
  return summarizeClaims(selectReportClaims(report));
}

/**
 * "N changes, last change at ISO by NAME" (or "on 3 March 2025, 23:59 UTC" with `humanOn`).
 * `escapeName` is applied to the (user-provided) name only, for formats that need escaping.
 */
export function historySummary(history: ReportHistory, escapeName: (name: string) => string = (n) => n, when: TimePhrase = isoAt): string {
  if (history.changes === 0 && !history.lastChangeAt) return "No changes recorded";
  let text = `${history.changes} ${history.changes === 1 ? "change" : "changes"}`;
  if (history.lastChangeAt) text += `, last change ${when(history.lastChangeAt)}`;
  if (history.lastChangeBy) text += ` by ${escapeName(history.lastChangeBy)}`;
  return text;
}

export function scopeDescription(report: ArticleReport): string {
  return report.options.verifiedOnly
    ? "Claims with a verdict only"
    : "Check-worthy claims and claims with a verdict";
}

/** The header facts the formats people read (HTML, PDF) print, as plain text in the reader's words. */
export type ReaderFacts = {
  /** The article's title, "(untitled)" when blank. */
  title: string;
  /** The publication day ("28 February 2025"; other text as given), null when unknown. */
  published: string | null;
  language: string;
  history: string;
  scope: string;
};

/** The header facts of HTML and the PDF; each format escapes, links and marks them up as it needs. */
export function readerFacts(report: ArticleReport): ReaderFacts {
  const { article } = report;
  return {
    title: article.title.trim() || "(untitled)",
    published: article.publishedAt ? humanPublishedDay(article.publishedAt) : null,
    language: LANGUAGE_LABELS[article.language],
    history: historySummary(report.history, undefined, humanOn),
    scope: scopeDescription(report),
  };
}

/** Normalises line endings to \n. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
