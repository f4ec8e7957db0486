import { selectReportClaims, STATUS_WORDS, summarizeClaims } from "./report";
import { isoTimeOf } from "../vocabulary";
import type { Language } from "../vocabulary";
import type { ArticleReport, ClaimFacts, ClaimStatus, ReportSummary } from "./types";

/**
 * JSON export, `schemaVersion: 1`. Keys are always present (null, never omitted) and appear in
 * this order; times are ISO-8601 UTC strings, `article.publishedAt` is YYYY-MM-DD.
 *
 * ```
 * {
 *   schemaVersion: 1,
 *   generatedAt: string,
 *   options: { verifiedOnly: boolean },
 *   article: { id, title, byline|null, sourceUrl|null, publishedAt|null, version, language: "en"|"es" },
 *   history: { changes: number, lastChangeAt: string|null, lastChangeBy: string|null },
 *   summary: { total, supported, disputed, needs_source, unreviewed },   // over `claims`
 *   claims: [{                                                           // article order
 *     number, id,            // number: the claim's place among all live claims in text order, as on
 *                            // the desk and in every format (so it may skip: 1, 2, 5); id: database id
 *     start, end, text, checkworthy, score,
 *     status: "unreviewed"|"supported"|"disputed"|"needs_source",
 *     verdict: "Unreviewed"|"Supported"|"Disputed"|"Needs a source",     // status in words
 *     note: string|null, reviewer: string|null, verdictAt: string|null,
 *     confirmedBy: string|null,          // the second reviewer (two-person rule), else null
 *     evidence: [{ url, title, quote, addedBy, addedAt }]
 *   }]
 * }
 * ```
 * URLs are passed through as stored (they may be non-http); consumers rendering them as links
 * must check the scheme.
 */
export type ReportJson = {
  schemaVersion: 1;
  generatedAt: string;
  options: { verifiedOnly: boolean };
  article: {
    id: number;
    title: string;
    byline: string | null;
    sourceUrl: string | null;
    publishedAt: string | null;
    version: number;
    language: Language;
  };
  history: { changes: number; lastChangeAt: string | null; lastChangeBy: string | null };
  summary: ReportSummary;
  claims: ReportJsonClaim[];
};

export type ReportJsonClaim = {
  /** The claim's number (see ReportClaim.number): the same in every format and on the desk; `id` is the database id. */
  number: number;
  id: number;
} & ClaimJsonFacts & {
  evidence: { url: string; title: string; quote: string; addedBy: string; addedAt: string }[];
};

/** A claim's facts (ClaimFacts) in JSON, in the per-article and in the bulk JSON alike (keys in this order). */
export type ClaimJsonFacts = {
  start: number;
  end: number;
  text: string;
  checkworthy: boolean;
  score: number;
  status: ClaimStatus;
  verdict: string;
  note: string | null;
  reviewer: string | null;
  verdictAt: string | null;
  /** Absent in reports published before it existed. */
  confirmedBy?: string | null;
};

export function claimJsonFacts(c: ClaimFacts): ClaimJsonFacts {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    checkworthy: c.checkworthy,
    score: c.score,
    status: c.status,
    verdict: STATUS_WORDS[c.status],
    note: c.note,
    reviewer: c.reviewerName,
    verdictAt: isoTimeOf(c.verdictAt),
    confirmedBy: c.confirmedByName,
  };
}

export function toJson(report: ArticleReport): ReportJson {
  const { article, history } = report;
  const claims = selectReportClaims(report);
  const s = summarizeClaims(claims);
  return {
    schemaVersion: 1,
    generatedAt: report.generatedAt.toISOString(),
    options: { verifiedOnly: report.options.verifiedOnly },
    article: {
      id: article.id,
      title: article.title,
      byline: article.byline,
      sourceUrl: article.sourceUrl,
      publishedAt: article.publishedAt,
      version: article.version,
      language: article.language,
    },
    history: { changes: history.changes, lastChangeAt: isoTimeOf(history.lastChangeAt), lastChangeBy: history.lastChangeBy },
    summary: { total: s.total, supported: s.supported, disputed: s.disputed, needs_source: s.needs_source, unreviewed: s.unreviewed },
    claims: claims.map((c) => ({
      number: c.number,
      id: c.id,
      ...claimJsonFacts(c),
      evidence: c.evidence.map((e) => ({
        url: e.url,
        title: e.title,
        quote: e.quote,
        addedBy: e.addedByName,
        addedAt: e.addedAt.toISOString(),
      })),
    })),
  };
}
