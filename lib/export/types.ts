/**
 * Input shapes for the export module. The route/DB layer builds these; every function in
 * `lib/export` is a pure formatter over them (no I/O, no framework imports).
 */

import type { ClaimStatus, Language } from "../vocabulary";

export type { ClaimStatus };

export type ReportEvidence = { url: string; title: string; quote: string; addedByName: string; addedAt: Date };

/** What every export says of one claim, per-article or bulk: its span, text, score and verdict. */
export type ClaimFacts = {
  start: number;
  end: number;
  text: string;
  score: number;
  checkworthy: boolean;
  status: ClaimStatus;
  /** Note of the latest verdict event. */
  note: string | null;
  /** Who gave the current verdict, and when. */
  reviewerName: string | null;
  /** The second reviewer who confirmed the verdict (two-person rule), or null. */
  confirmedByName: string | null;
  verdictAt: Date | null;
};

export type ReportClaim = {
  /**
   * The claim's number: its 1-based place among all live claims of the article in text order
   * (start, end, id), as the review desk numbers them. Every format shows this number, whatever
   * the selection (a verified-only report may skip numbers); machine formats keep `id` beside it.
   */
  number: number;
  id: number;
  evidence: ReportEvidence[];
} & ClaimFacts;

export type ReportArticle = {
  id: number;
  title: string;
  byline: string | null;
  sourceUrl: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  language: Language;
  /** The article version the report covers (1 when the article has never changed). */
  version: number;
};

export type ReportHistory = { changes: number; lastChangeAt: Date | null; lastChangeBy: string | null };

export type ArticleReport = {
  article: ReportArticle;
  /** The article's live claims in article order (by start), only those with a verdict when verifiedOnly. */
  claims: ReportClaim[];
  history: ReportHistory;
  generatedAt: Date;
  /** verifiedOnly: only claims with a verdict (status != unreviewed). */
  options: { verifiedOnly: boolean };
  /** The publishing fact-checker (configurable by env in the app). */
  organization: { name: string; url: string };
  /** Canonical URL of the review/report page, used as ClaimReview url. */
  reportUrl: string | null;
};

export type BulkClaimRow = {
  claimId: number;
  /** The claim's number in its article (ReportClaim.number), as in the article's own exports. */
  number: number;
  articleId: number;
  articleTitle: string;
  articleUrl: string | null;
  language: Language;
  createdAt: Date;
  updatedAt: Date;
  evidenceCount: number;
} & ClaimFacts;

/** Counts by status over the selected claims, plus their total. */
export type ReportSummary = Record<ClaimStatus, number> & { total: number };
