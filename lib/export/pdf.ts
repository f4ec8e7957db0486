import PDFDocument from "pdfkit";
import { safeHttpUrl } from "./escape";
import { historySummary, scopeDescription, selectReportClaims, STATUS_ORDER, STATUS_WORDS, summarizeClaims } from "./report";
import { isoTimeOf } from "../vocabulary";
import type { ArticleReport, ReportClaim } from "./types";
import { toWinAnsiText } from "./winansi";

type Doc = InstanceType<typeof PDFDocument>;

const MARGIN = 56;
const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" } as const;
const COLOR = { text: "#111111", muted: "#555555", link: "#0645ad", rule: "#bbbbbb" } as const;

type ParaOptions = {
  font?: keyof typeof FONT;
  size?: number;
  color?: string;
  indent?: number;
  gap?: number;
  link?: string | null;
};

/** One paragraph of (sanitised) text at the left margin plus `indent`, wrapping to the right margin. */
function para(doc: Doc, text: string, o: ParaOptions = {}): void {
  const safe = toWinAnsiText(text);
  if (!safe.trim()) return;
  const indent = o.indent ?? 0;
  const x = doc.page.margins.left + indent;
  const width = doc.page.width - doc.page.margins.right - x;
  doc
    .font(FONT[o.font ?? "regular"])
    .fontSize(o.size ?? 10.5)
    .fillColor(o.link ? COLOR.link : (o.color ?? COLOR.text))
    .text(safe, x, doc.y, { width, lineGap: 1.5, ...(o.link ? { link: o.link, underline: true } : {}) });
  doc.y += o.gap ?? 4;
}

function heading(doc: Doc, text: string, size: number, gapBefore: number): void {
  // Keep a heading together with at least a few lines of what follows it.
  if (doc.y + size * 5 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  else doc.y += gapBefore;
  para(doc, text, { font: "bold", size, gap: size * 0.4 });
}

function rule(doc: Doc): void {
  const y = doc.y + 2;
  doc
    .moveTo(doc.page.margins.left, y)
    .lineTo(doc.page.width - doc.page.margins.right, y)
    .lineWidth(0.5)
    .strokeColor(COLOR.rule)
    .stroke();
  doc.y = y + 8;
}

function claimBlock(doc: Doc, claim: ReportClaim): void {
  const word = STATUS_WORDS[claim.status];
  heading(doc, `Claim ${claim.number}: ${word}`, 12.5, 14);
  para(doc, `\u201c${claim.text}\u201d`, { font: "italic", size: 11, indent: 12, gap: 6 });
  para(doc, `Verdict: ${word}`, { font: "bold", gap: 2 });
  para(doc, `Position: characters ${claim.start}\u2013${claim.end}`, { color: COLOR.muted, size: 9.5, gap: 2 });
  if (claim.reviewerName || claim.verdictAt) {
    const who = claim.reviewerName ? ` by ${claim.reviewerName}` : "";
    const when = claim.verdictAt ? ` at ${isoTimeOf(claim.verdictAt)}` : "";
    para(doc, `Reviewed${who}${when}`, { color: COLOR.muted, size: 9.5, gap: 2 });
  }
  if (claim.note && claim.note.trim()) {
    doc.y += 4;
    para(doc, "Note", { font: "bold", gap: 1 });
    para(doc, claim.note);
  }
  doc.y += 4;
  para(doc, claim.evidence.length ? "Evidence" : "Evidence: none", { font: "bold", gap: 2 });
  claim.evidence.forEach((e, i) => {
    const href = safeHttpUrl(e.url);
    const label = e.title.trim() || e.url;
    para(doc, `${i + 1}. ${label}`, { indent: 12, gap: 1, link: href });
    para(doc, href ? e.url : `${e.url} (not linked)`, { indent: 24, size: 8.5, color: COLOR.muted, gap: 2 });
    if (e.quote.trim()) para(doc, `\u201c${e.quote}\u201d`, { font: "italic", indent: 24, size: 10, gap: 2 });
    para(doc, `Added by ${e.addedByName} at ${isoTimeOf(e.addedAt)}`, { indent: 24, size: 8.5, color: COLOR.muted, gap: 5 });
  });
  rule(doc);
}

function pageNumbers(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not trigger a page break
    doc
      .font(FONT.regular)
      .fontSize(8)
      .fillColor(COLOR.muted)
      .text(`Page ${i + 1} of ${range.count}`, doc.page.margins.left, doc.page.height - bottom / 2 - 4, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * The report as a PDF (A4, built-in Helvetica; text is made WinAnsi-safe, see winansi.ts).
 * Document metadata: Title, Author (organisation), Subject, Creator, CreationDate = generatedAt.
 * Only http(s) evidence URLs become link annotations.
 */
export function toPdf(report: ArticleReport): Promise<Buffer> {
  const { article, history } = report;
  const claims = selectReportClaims(report);
  const summary = summarizeClaims(claims);
  const title = article.title.trim() || "(untitled)";

  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    lang: "en",
    displayTitle: true,
    info: {
      Title: `Verification report: ${title}`,
      Author: report.organization.name,
      Subject: `Claim verdicts for article ${article.id}`,
      Creator: "ClaimDesk",
      Producer: "ClaimDesk (PDFKit)",
      CreationDate: report.generatedAt,
      ModDate: report.generatedAt,
    },
  });

  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    try {
      para(doc, "Verification report", { size: 10, color: COLOR.muted, gap: 2 });
      para(doc, title, { font: "bold", size: 20, gap: 10 });
      if (article.byline) para(doc, `Byline: ${article.byline}`, { gap: 2 });
      if (article.sourceUrl) {
        const href = safeHttpUrl(article.sourceUrl);
        para(doc, `Source: ${article.sourceUrl}${href ? "" : " (not linked)"}`, { gap: 2, link: href });
      }
      if (article.publishedAt) para(doc, `Published: ${article.publishedAt}`, { gap: 2 });
      para(doc, `Version: ${article.version}`, { gap: 2 });
      para(doc, `Language: ${article.language === "es" ? "Spanish" : "English"}`, { gap: 2 });
      para(doc, `Generated: ${isoTimeOf(report.generatedAt)}`, { gap: 2 });
      para(doc, `History: ${historySummary(history)}`, { gap: 2 });
      para(doc, `Scope: ${scopeDescription(report)}`, { gap: 2 });

      heading(doc, "Summary", 15, 14);
      for (const s of STATUS_ORDER) para(doc, `${STATUS_WORDS[s]}: ${summary[s]}`, { indent: 12, gap: 1 });
      para(doc, `Total: ${summary.total}`, { font: "bold", indent: 12, gap: 4 });

      heading(doc, "Claims", 15, 14);
      if (claims.length === 0) para(doc, "No claims to report.");
      for (const c of claims) claimBlock(doc, c);

      pageNumbers(doc);
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
