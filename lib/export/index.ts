/**
 * ClaimDesk report exports: pure formatters over an `ArticleReport` (see types.ts and
 * README.md). No I/O, no framework imports; the route builds the input and sends the output.
 */
export type {
  ArticleReport,
  BulkClaimRow,
  ClaimFacts,
  ClaimStatus,
  ReportArticle,
  ReportClaim,
  ReportEvidence,
  ReportHistory,
  ReportSummary,
} from "./types";
export { selectReportClaims, summarizeReport, historySummary, STATUS_WORDS } from "./report";
export { toMarkdown } from "./markdown";
export { toHtml } from "./html";
export { toPdf } from "./pdf";
export { PDF_PLACEHOLDER, toWinAnsiText } from "./winansi";
export { toCsv, REPORT_CSV_COLUMNS, CSV_LIST_SEPARATOR, type CsvOptions } from "./csv";
export { toJson, type ReportJson, type ReportJsonClaim } from "./json";
export {
  toClaimReview,
  claimReviewScriptTag,
  CLAIM_REVIEW_RATINGS,
  CLAIM_REVIEW_SCALE,
  type ClaimReviewJsonLd,
  type ClaimReviewOptions,
} from "./claimreview";
export {
  bulkCsvStream,
  bulkCsvChunks,
  bulkJsonChunks,
  bulkJsonClaim,
  chunksToWebStream,
  BULK_CSV_COLUMNS,
  CHUNK_TARGET,
  type BulkCsvOptions,
  type BulkJsonClaim,
  type BulkJsonMeta,
} from "./bulk";
export { exportFilename, contentDisposition, isExportFormat, slugify, EXPORT_FORMATS, type ExportFormat } from "./filename";
export { escapeHtml, jsonForScript, neutralizeCsvCell, safeHttpUrl } from "./escape";
export { renderReport } from "./render";
export * from "./published";
