/**
 * What the PDF report says, as a layout (pdf-layout.ts): pure, so tests can check pages, marks
 * and keep-together without drawing. Dates are in the reader's words ("2 March 2025, 14:05
 * UTC"); character positions are left to the machine formats (CSV, JSON).
 */

import { humanTime } from "../vocabulary";
import { safeHttpUrl } from "./escape";
import {
  type Block,
  paginate,
  type PdfLayout,
  type PdfMetrics,
  PDF_PAGE,
  type Piece,
  rule,
  spacer,
  textLines,
  type TextStyle,
  withPageNumbers,
} from "./pdf-layout";
import { humanOn, readerFacts, selectReportClaims, STATUS_COLORS, STATUS_ORDER, STATUS_WORDS, summarizeClaims } from "./report";
import type { ArticleReport, ReportClaim } from "./types";

const COLOR = { text: "#111111", muted: "#555555", link: "#0645ad", rule: "#bbbbbb" } as const;

const style = (font: TextStyle["font"], size: number, color: string = COLOR.text): TextStyle => ({ font, size, color });
const S = {
  body: style("regular", 10.5),
  bold: style("bold", 10.5),
  small: style("regular", 9.5, COLOR.muted),
  tiny: style("regular", 8.5, COLOR.muted),
  link: style("regular", 10.5, COLOR.link),
  title: style("bold", 20),
  kicker: style("regular", 10, COLOR.muted),
  section: style("bold", 15),
  claim: style("bold", 12.5),
  quote: style("italic", 11),
  evidenceQuote: style("italic", 10),
  footer: style("regular", 8, COLOR.muted),
};

function header(m: PdfMetrics, report: ArticleReport): Block {
  const { article } = report;
  const facts = readerFacts(report);
  const fact = (text: string, link: string | null = null) => textLines(m, text, link ? S.link : S.body, { gap: 2, link });
  const pieces: Piece[] = [...textLines(m, "Verification report", S.kicker, { gap: 2 }), ...textLines(m, facts.title, S.title, { gap: 10 })];
  if (article.byline) pieces.push(...fact(`Byline: ${article.byline}`));
  if (article.sourceUrl) {
    const href = safeHttpUrl(article.sourceUrl);
    pieces.push(...fact(`Source: ${article.sourceUrl}${href ? "" : " (not linked)"}`, href));
  }
  if (facts.published) pieces.push(...fact(`Published: ${facts.published}`));
  pieces.push(...fact(`Version: ${article.version}`));
  pieces.push(...fact(`Language: ${facts.language}`));
  pieces.push(...fact(`Generated: ${humanTime(report.generatedAt)}`));
  pieces.push(...fact(`History: ${facts.history}`));
  pieces.push(...fact(`Scope: ${facts.scope}`));
  return { id: "header", gapBefore: 0, keepTogether: false, pieces };
}

function summary(m: PdfMetrics, claims: ReportClaim[]): Block {
  const counts = summarizeClaims(claims);
  const pieces = textLines(m, "Summary", S.section, { gap: 6, keepWithNext: true });
  for (const s of STATUS_ORDER) pieces.push(...textLines(m, `${STATUS_WORDS[s]}: ${counts[s]}`, S.body, { indent: 12, gap: 1, mark: s }));
  pieces.push(...textLines(m, `Total: ${counts.total}`, S.bold, { indent: 12 }));
  return { id: "summary", gapBefore: 14, keepTogether: true, pieces };
}

/** Marks the last piece so far as belonging with what comes next. */
function holdLast(pieces: Piece[]): void {
  if (pieces.length) pieces[pieces.length - 1] = { ...pieces[pieces.length - 1], keepWithNext: true };
}

function claimPieces(m: PdfMetrics, claim: ReportClaim): Piece[] {
  const word = STATUS_WORDS[claim.status];
  const pieces = [
    ...textLines(m, `Claim ${claim.number}: ${word}`, S.claim, { gap: 5, keepWithNext: true, mark: claim.status }),
    ...textLines(m, `\u201c${claim.text}\u201d`, S.quote, { indent: 12, gap: 6 }),
    ...textLines(m, `Verdict: ${word}`, style("bold", 10.5, STATUS_COLORS[claim.status]), { gap: 2 }),
  ];
  if (claim.reviewerName || claim.verdictAt) {
    const who = claim.reviewerName ? ` by ${claim.reviewerName}` : "";
    const when = claim.verdictAt ? ` ${humanOn(claim.verdictAt)}` : "";
    const confirmed = claim.confirmedByName ? `, confirmed by ${claim.confirmedByName}` : "";
    pieces.push(...textLines(m, `Reviewed${who}${when}${confirmed}`, S.small, { gap: 2 }));
  }
  if (claim.note && claim.note.trim()) {
    pieces.push(spacer(4), ...textLines(m, "Note", S.bold, { gap: 1, keepWithNext: true }), ...textLines(m, claim.note, S.body, { gap: 4 }));
  }
  holdLast(pieces); // "Evidence" (or "Evidence: none") never starts a page on its own
  pieces.push(spacer(4));
  if (claim.evidence.length === 0) pieces.push(...textLines(m, "Evidence: none", S.bold, { gap: 2 }));
  else pieces.push(...textLines(m, "Evidence", S.bold, { gap: 2, keepWithNext: true }));
  claim.evidence.forEach((e, i) => {
    const href = safeHttpUrl(e.url);
    pieces.push(...textLines(m, `${i + 1}. ${e.title.trim() || e.url}`, href ? S.link : S.body, { indent: 12, gap: 1, link: href, keepWithNext: true }));
    pieces.push(...textLines(m, href ? e.url : `${e.url} (not linked)`, S.tiny, { indent: 24, gap: 2 }));
    if (e.quote.trim()) pieces.push(...textLines(m, `\u201c${e.quote}\u201d`, S.evidenceQuote, { indent: 24, gap: 2 }));
    pieces.push(...textLines(m, `Added by ${e.addedByName} ${humanOn(e.addedAt)}`, S.tiny, { indent: 24, gap: 5 }));
  });
  holdLast(pieces);
  pieces.push(rule(COLOR.rule));
  return pieces;
}

/**
 * The whole report laid out on A4 pages: header facts, summary (with marks), then one block per
 * claim, each kept on one page when it fits, and page numbers in the footer.
 */
export function layoutReport(report: ArticleReport, m: PdfMetrics): PdfLayout {
  const claims = selectReportClaims(report);
  const heading = textLines(m, "Claims", S.section, { gap: 6, keepWithNext: true });
  const blocks: Block[] = [header(m, report), summary(m, claims)];
  if (claims.length === 0) {
    blocks.push({ id: "claims", gapBefore: 14, keepTogether: true, pieces: [...heading, ...textLines(m, "No claims to report.", S.body)] });
  }
  claims.forEach((claim, i) => {
    // The "Claims" heading travels with the first claim.
    const pieces = [...(i === 0 ? heading : []), ...claimPieces(m, claim)];
    blocks.push({ id: `claim-${claim.id}`, gapBefore: 14, keepTogether: true, pieces });
  });
  return { ...PDF_PAGE, pages: withPageNumbers(m, paginate(blocks), S.footer) };
}
