import type { Conn } from "../transaction";
import type { ArticleReport, ReportClaim, ReportEvidence } from "@/lib/export";
import type { Language } from "@/lib/vocabulary";
import { prepared } from "../sql";
import { CLAIM_FACTS_SQL, claimFactsOf, date, type ClaimFactsRow } from "./claim-facts";

/**
 * The reads behind one article's report (lib/export formats it): three small indexed queries.
 * Retired claims (deleted_at set) never appear.
 */

export type ReportOptions = {
  verifiedOnly: boolean;
  generatedAt?: Date;
  organization: { name: string; url: string };
  reportUrl: string | null;
};

type ArticleRow = { id: number; title: string; byline: string | null; sourceUrl: string | null; publishedAt: string | null; language: Language; version: number };
type ClaimRow = { number: number; id: number } & ClaimFactsRow;
type EvidenceRow = { claimId: number; url: string; title: string; quote: string; addedByName: string; addedAt: number };
type HistoryRow = { changes: number; lastAt: number | null; lastBy: string | null };

/**
 * The article's verification report, or null when there is no such article. Claims are the live
 * ones in article order (only those with a verdict when `verifiedOnly`), each numbered by its
 * place among all the live claims; the history summary
 * counts every event after creation on any of the article's claims, retired ones included,
 * since retiring a claim is itself a change to the review.
 */
export function loadArticleReport(db: Conn, articleId: number, options: ReportOptions): ArticleReport | null {
  const client = db;
  const article = prepared(client, `SELECT id, title, byline, source_url AS sourceUrl, published_at AS publishedAt, language, version FROM articles WHERE id = ?`)
    .get(articleId) as ArticleRow | undefined;
  if (!article) return null;

  // The number is the claim's place among all live claims in text order (as on the review desk),
  // counted before the verified-only filter so it is the same number whichever claims are shown.
  const claimRows = prepared(
    client,
      `SELECT * FROM (
         SELECT c.id, ${CLAIM_FACTS_SQL},
           row_number() OVER (ORDER BY c.start, c."end", c.id) AS number
         FROM claims c LEFT JOIN users u ON u.id = c.verdict_by
         WHERE c.article_id = ? AND c.deleted_at IS NULL)
       ${options.verifiedOnly ? "WHERE status <> 'unreviewed'" : ""}
       ORDER BY number`,
    )
    .all(articleId) as ClaimRow[];

  const evidenceRows = prepared(
    client,
      `SELECT v.claim_id AS claimId, v.url, v.title, v.quote, u.name AS addedByName, v.added_at AS addedAt
       FROM evidence v JOIN claims c ON c.id = v.claim_id JOIN users u ON u.id = v.added_by
       WHERE c.article_id = ? AND c.deleted_at IS NULL
       ORDER BY v.added_at, v.id`,
    )
    .all(articleId) as EvidenceRow[];
  const evidenceByClaim = new Map<number, ReportEvidence[]>();
  for (const e of evidenceRows) {
    const list = evidenceByClaim.get(e.claimId) ?? [];
    list.push({ url: e.url, title: e.title, quote: e.quote, addedByName: e.addedByName, addedAt: new Date(e.addedAt) });
    evidenceByClaim.set(e.claimId, list);
  }

  const history = prepared(
    client,
      `WITH ev AS (
         SELECT e.id, e.at, e.actor_id FROM claim_events e JOIN claims c ON c.id = e.claim_id
         WHERE c.article_id = ? AND e.kind <> 'created')
       SELECT (SELECT count(*) FROM ev) AS changes, last.at AS lastAt, u.name AS lastBy
       FROM (SELECT 1) LEFT JOIN (SELECT at, actor_id FROM ev ORDER BY at DESC, id DESC LIMIT 1) last ON 1
       LEFT JOIN users u ON u.id = last.actor_id`,
    )
    .get(articleId) as HistoryRow;

  const claims: ReportClaim[] = claimRows.map((c) => ({
    number: c.number,
    id: c.id,
    ...claimFactsOf(c),
    evidence: evidenceByClaim.get(c.id) ?? [],
  }));

  return {
    article,
    claims,
    history: { changes: history.changes, lastChangeAt: date(history.lastAt), lastChangeBy: history.lastBy },
    generatedAt: options.generatedAt ?? new Date(),
    options: { verifiedOnly: options.verifiedOnly },
    organization: options.organization,
    reportUrl: options.reportUrl,
  };
}

