/**
 * The PDF's page layout as data: lines are wrapped and placed, and pages broken, before anything
 * is drawn, so the result can be tested without reading a PDF. Pure: text widths and line
 * heights come from a `PdfMetrics` (pdf.ts passes PDFKit's font metrics).
 *
 * A report is a list of blocks (the header, the summary, one per claim), each a stack of pieces
 * (one wrapped line, a spacer or a rule). A block marked `keepTogether` starts a new page when it
 * does not fit in what is left of the current one; a block taller than a page breaks between
 * pieces, but a piece marked `keepWithNext` never ends a page (headings stay with what follows).
 */

import type { ClaimStatus } from "./types";
import { toWinAnsiText } from "./winansi";

export type PdfFont = "regular" | "bold" | "italic";

export type PdfMetrics = {
  widthOf(text: string, font: PdfFont, size: number): number;
  /** Height of one line of text, gap included. */
  lineHeight(font: PdfFont, size: number): number;
};

export type TextStyle = { font: PdfFont; size: number; color: string };

/** `y` is the top of the line box; text is WinAnsi-safe; `link` is an http(s) URL or null. */
export type PdfTextOp = { op: "text"; x: number; y: number; text: string; font: PdfFont; size: number; color: string; link: string | null };
/** A verdict mark drawn in a `size`-square box at (x, y): ○ ✓ ✗ ? in the status colour. */
export type PdfMarkOp = { op: "mark"; x: number; y: number; size: number; status: ClaimStatus };
export type PdfRuleOp = { op: "rule"; x1: number; x2: number; y: number; color: string };
export type PdfOp = (PdfTextOp | PdfMarkOp | PdfRuleOp) & { block: string };

export type PdfLayout = { width: number; height: number; margin: number; pages: PdfOp[][] };

/** A4 in points, with the report's margins. */
export const PDF_PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;
const LEFT = PDF_PAGE.margin;
const RIGHT = PDF_PAGE.width - PDF_PAGE.margin;
const LINE_GAP = 1.5;
const MARK_GAP = 5;

type Op = PdfTextOp | PdfMarkOp | PdfRuleOp;
export type Piece = { height: number; keepWithNext: boolean; ops: Op[] };
export type Block = { id: string; gapBefore: number; keepTogether: boolean; pieces: Piece[] };

/**
 * Greedy word wrap of each line of `text` to `width`: runs of spaces collapse, a word wider than
 * the line is broken between characters, an empty line stays an empty line.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const hard of text.split("\n")) {
    let line = "";
    for (const word of hard.split(/ +/)) {
      if (!word) continue;
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (measure(word) <= width) {
        out.push(line);
        line = word;
        continue;
      }
      // Wider than a whole line (a long URL): broken between characters, from where the line is,
      // each time at the longest prefix that fits (found by bisection: long words stay cheap).
      line = line ? `${line} ` : "";
      let rest = [...word];
      while (rest.length) {
        let lo = 0;
        let hi = rest.length;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (measure(line + rest.slice(0, mid).join("")) <= width) lo = mid;
          else hi = mid - 1;
        }
        if (lo === 0 && line) {
          out.push(line.trimEnd());
          line = "";
          continue;
        }
        const take = Math.max(lo, 1);
        line += rest.slice(0, take).join("");
        rest = rest.slice(take);
        if (rest.length) {
          out.push(line);
          line = "";
        }
      }
    }
    out.push(line);
  }
  return out;
}

export type LineOptions = {
  indent?: number;
  /** Space after the last line. */
  gap?: number;
  link?: string | null;
  keepWithNext?: boolean;
  /** A verdict mark before the first line (the text is indented past it). */
  mark?: ClaimStatus;
};

/** `text` (made WinAnsi-safe) wrapped between the margins, one piece per line; nothing for blank text. */
export function textLines(m: PdfMetrics, text: string, style: TextStyle, o: LineOptions = {}): Piece[] {
  const safe = toWinAnsiText(text);
  if (!safe.trim()) return [];
  const lineHeight = m.lineHeight(style.font, style.size) + LINE_GAP;
  const markSize = o.mark ? Math.round(style.size * 0.9) : 0;
  const x = LEFT + (o.indent ?? 0) + (o.mark ? markSize + MARK_GAP : 0);
  const lines = wrapText(safe, RIGHT - x, (s) => m.widthOf(s, style.font, style.size));
  return lines.map((line, i) => {
    const last = i === lines.length - 1;
    const ops: Op[] = line ? [{ op: "text", x, y: 0, text: line, ...style, link: o.link ?? null }] : [];
    if (i === 0 && o.mark) ops.unshift({ op: "mark", x: LEFT + (o.indent ?? 0), y: (lineHeight - LINE_GAP - markSize) / 2, size: markSize, status: o.mark });
    return { height: lineHeight + (last ? (o.gap ?? 0) : 0), keepWithNext: last ? (o.keepWithNext ?? false) : false, ops };
  });
}

export const spacer = (height: number, keepWithNext = true): Piece => ({ height, keepWithNext, ops: [] });

export const rule = (color: string): Piece => ({ height: 10, keepWithNext: false, ops: [{ op: "rule", x1: LEFT, x2: RIGHT, y: 2, color }] });

/** Places the blocks on pages between the top and bottom margins (see the module comment). */
export function paginate(blocks: Block[]): PdfOp[][] {
  const top = PDF_PAGE.margin;
  const bottom = PDF_PAGE.height - PDF_PAGE.margin;
  const pageHeight = bottom - top;
  const pages: PdfOp[][] = [[]];
  let y = top;
  const newPage = () => {
    pages.push([]);
    y = top;
  };
  for (const block of blocks) {
    const { pieces } = block;
    if (pieces.length === 0) continue;
    if (y > top) y += block.gapBefore;
    const total = pieces.reduce((sum, p) => sum + p.height, 0);
    if (block.keepTogether && y > top && y + total > bottom && total <= pageHeight) newPage();
    pieces.forEach((piece, i) => {
      let chain = 0;
      for (let j = i; j < pieces.length; j++) {
        chain += pieces[j].height;
        if (!pieces[j].keepWithNext) break;
      }
      const need = chain <= pageHeight ? chain : piece.height;
      if (y > top && y + need > bottom) newPage();
      const at = y;
      pages[pages.length - 1].push(...piece.ops.map((op) => ({ ...op, y: op.y + at, block: block.id })));
      y += piece.height;
    });
  }
  return pages;
}

/** "Page i of n", centred in the bottom margin of every page. */
export function withPageNumbers(m: PdfMetrics, pages: PdfOp[][], style: TextStyle): PdfOp[][] {
  return pages.map((ops, i) => {
    const text = `Page ${i + 1} of ${pages.length}`;
    const x = (PDF_PAGE.width - m.widthOf(text, style.font, style.size)) / 2;
    const y = PDF_PAGE.height - PDF_PAGE.margin / 2 - 4;
    return [...ops, { op: "text", x, y, text, ...style, link: null, block: "footer" }];
  });
}
