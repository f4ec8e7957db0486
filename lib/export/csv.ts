import { stringify, type Options } from "csv-stringify/sync";
import { neutralizeCsvCell } from "./escape";
import { selectReportClaims, STATUS_WORDS } from "./report";
import { isoTimeOf } from "../vocabulary";
import type { ArticleReport, ClaimFacts, ReportClaim } from "./types";

/** The columns of a claim's own facts (ClaimFacts), in the per-article and in the bulk CSV alike. */
export const CLAIM_CSV_COLUMNS = [
  "start",
  "end",
  "text",
  "checkworthy",
  "score",
  "status",
  "verdict",
  "note",
  "reviewer",
  "verdict_at",
] as const;

/**
 * Column order of `toCsv`: `number` (the claim's number, as in every format and on the desk) and
 * `claim_id` (the database id) first, then the rest. Append new columns at the end only.
 *
 * CSV has no header-comment convention, so the report-level facts are repeated on every row in
 * the trailing `report_generated_at`, `history_changes`, `history_last_change_at` and
 * `history_last_change_by` columns. Lists (evidence URLs/titles) are joined with " | ".
 * Times are ISO-8601 UTC, booleans `true`/`false`, missing values empty.
 */
export const REPORT_CSV_COLUMNS = [
  "number",
  "claim_id",
  ...CLAIM_CSV_COLUMNS,
  "evidence_urls",
  "evidence_titles",
  "report_generated_at",
  "history_changes",
  "history_last_change_at",
  "history_last_change_by",
  "confirmed_by",
] as const;

export const CSV_LIST_SEPARATOR = " | ";

/**
 * csv-stringify options shared by the per-article and bulk CSV: RFC 4180 (comma, `"` quoting
 * with doubled quotes, CRLF record separators), and every field containing CR or LF quoted.
 */
export const CSV_OPTIONS = {
  delimiter: ",",
  quote: '"',
  escape: '"',
  record_delimiter: "\r\n",
  quoted_match: /[\r\n]/,
} satisfies Options;

export type CsvCell = string | number | boolean | Date | null;

/** Converts a value to its CSV text, then neutralises spreadsheet formulas. */
export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString();
  return neutralizeCsvCell(String(value));
}

/** A claim's facts as cells, in CLAIM_CSV_COLUMNS order (the verdict also in words). */
export function claimCsvCells(c: ClaimFacts): CsvCell[] {
  return [c.start, c.end, c.text, c.checkworthy, c.score, c.status, STATUS_WORDS[c.status], c.note, c.reviewerName, c.verdictAt];
}

function claimRow(report: ArticleReport, c: ReportClaim): string[] {
  const cells: CsvCell[] = [
    c.number,
    c.id,
    ...claimCsvCells(c),
    c.evidence.map((e) => e.url).join(CSV_LIST_SEPARATOR),
    c.evidence.map((e) => e.title).join(CSV_LIST_SEPARATOR),
    isoTimeOf(report.generatedAt),
    report.history.changes,
    report.history.lastChangeAt,
    report.history.lastChangeBy,
    c.confirmedByName,
  ];
  return cells.map(csvCell);
}

export type CsvOptions = {
  /** Prefix a UTF-8 byte-order mark so Excel detects UTF-8 (accents). Default true. */
  bom?: boolean;
};

/** One row per selected claim, with a header row. See REPORT_CSV_COLUMNS. */
export function toCsv(report: ArticleReport, options: CsvOptions = {}): string {
  const rows = selectReportClaims(report).map((c) => claimRow(report, c));
  return stringify(rows, {
    ...CSV_OPTIONS,
    bom: options.bom ?? true,
    header: true,
    columns: [...REPORT_CSV_COLUMNS],
  });
}
