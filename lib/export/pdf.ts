import PDFDocument from "pdfkit";
import type { PdfFont, PdfMarkOp, PdfMetrics, PdfOp } from "./pdf-layout";
import { PDF_PAGE } from "./pdf-layout";
import { layoutReport } from "./pdf-report";
import { readerFacts, STATUS_COLORS } from "./report";
import type { ArticleReport } from "./types";

type Doc = InstanceType<typeof PDFDocument>;

const FONT: Record<PdfFont, string> = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" };
const LINE_GAP = 1.5;

/** PDFKit's own font metrics, so the layout wraps exactly as the text is drawn. */
function metricsOf(doc: Doc): PdfMetrics {
  return {
    widthOf: (text, font, size) => doc.font(FONT[font]).fontSize(size).widthOfString(text),
    lineHeight: (font, size) => doc.font(FONT[font]).fontSize(size).currentLineHeight(true),
  };
}

/**
 * A verdict mark in a `size` square: a disc in the status colour with a white ✓, ✗ or ?, or a grey
 * ring for "unreviewed". Drawn as paths (WinAnsi has no ✓/✗); the shapes differ, so the mark
 * reads without colour, and the status word always follows it.
 */
function drawMark(doc: Doc, { x, y, size, status }: PdfMarkOp): void {
  const color = STATUS_COLORS[status];
  const r = size / 2;
  const cx = x + r;
  const cy = y + r;
  doc.save();
  if (status === "unreviewed") {
    doc.lineWidth(Math.max(1, size / 8)).circle(cx, cy, r - size / 16).strokeColor(color).stroke();
    doc.restore();
    return;
  }
  doc.circle(cx, cy, r).fillColor(color).fill();
  doc.lineWidth(Math.max(1.2, size / 7)).lineCap("round").lineJoin("round").strokeColor("#ffffff");
  const at = (fx: number, fy: number): [number, number] => [x + fx * size, y + fy * size];
  if (status === "supported") {
    doc.moveTo(...at(0.27, 0.53)).lineTo(...at(0.44, 0.7)).lineTo(...at(0.74, 0.33)).stroke();
  } else if (status === "disputed") {
    doc.moveTo(...at(0.32, 0.32)).lineTo(...at(0.68, 0.68)).stroke();
    doc.moveTo(...at(0.68, 0.32)).lineTo(...at(0.32, 0.68)).stroke();
  } else {
    // "?": a hook and a dot.
    doc.moveTo(...at(0.36, 0.38)).bezierCurveTo(...at(0.36, 0.18), ...at(0.66, 0.18), ...at(0.64, 0.38));
    doc.bezierCurveTo(...at(0.63, 0.5), ...at(0.5, 0.5), ...at(0.5, 0.6)).stroke();
    doc.circle(...at(0.5, 0.77), size / 14).fillColor("#ffffff").fill();
  }
  doc.restore();
}

function drawOp(doc: Doc, op: PdfOp): void {
  if (op.op === "mark") return drawMark(doc, op);
  if (op.op === "rule") {
    doc.save().moveTo(op.x1, op.y).lineTo(op.x2, op.y).lineWidth(0.5).strokeColor(op.color).stroke().restore();
    return;
  }
  // One already wrapped line: no width, no line breaking, so PDFKit never adds a page by itself.
  doc
    .font(FONT[op.font])
    .fontSize(op.size)
    .fillColor(op.color)
    .text(op.text, op.x, op.y, { lineBreak: false, lineGap: LINE_GAP, ...(op.link ? { link: op.link, underline: true } : {}) });
}

/**
 * The report as a PDF (A4, built-in Helvetica; text is made WinAnsi-safe, see winansi.ts). The
 * pages are laid out first (`layoutReport`, pdf-report.ts) and then drawn as they are.
 * Document metadata: Title, Author (organisation), Subject, Creator, CreationDate = generatedAt.
 * Only http(s) evidence URLs become link annotations.
 */
export function toPdf(report: ArticleReport): Promise<Buffer> {
  const { article } = report;
  const { title } = readerFacts(report);

  const doc = new PDFDocument({
    size: [PDF_PAGE.width, PDF_PAGE.height],
    margin: PDF_PAGE.margin,
    autoFirstPage: false,
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
      const layout = layoutReport(report, metricsOf(doc));
      for (const page of layout.pages) {
        doc.addPage();
        for (const op of page) drawOp(doc, op);
      }
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
