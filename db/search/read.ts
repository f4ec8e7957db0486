/**
 * Claim search over the FTS5 index (db/search/index.ts): which claims match (filters.ts, with
 * stemmed words from terms.ts), in which order (rank.ts), and the page's snippets and rows.
 *
 * Triggers on claims, claim_events, evidence and articles keep the index in sync in the same
 * transaction as the change itself, whatever code path makes it. Filters are FTS5 terms on the
 * meta column, so a filtered count or ranking is a merge of doclists, never a join per matching row.
 */
import type { Db } from "../connection";
import type { SearchInput } from "@/lib/search/query";
import type { ClaimStatus, Language } from "@/lib/vocabulary";
import { sqlAll } from "../sql";
import { searchExpression } from "./filters";
import { RANK_WINDOW, rankedPage, type ResultOrder } from "./rank";
import { smallResultPage } from "./small-page";
import { pickSnippet, readSnippets, type SnippetField } from "./snippets";

export const PAGE_SIZE = 20;
export { RANK_WINDOW, type SnippetField };


export type SearchResult = {
  claimId: number;
  articleId: number;
  articleTitle: string;
  text: string;
  status: ClaimStatus;
  /** Whether the splitter (or an editor) marked it check-worthy; lines that are not and have no verdict are listed last. */
  checkworthy: boolean;
  /** A short extract with each match between MARK_START and MARK_END (\u0002 … \u0003). */
  snippet: string;
  /** Which part of the claim the snippet comes from. */
  snippetField: SnippetField;
  language: Language;
  createdAt: number;
};

export type SearchResponse = {
  results: SearchResult[];
  total: number;
  page: number;
  pageSize: number;
  /**
   * How the page is ordered, claims (check-worthy or with a verdict) before the other lines: bm25,
   * bm25 over the RANK_WINDOW most recent matches then newest first, or newest first.
   */
  order: ResultOrder;
};

/**
 * One page of results and the exact total, in rank.ts's order. Cost at 1M claims: a read of the
 * most recent matches (at most RANK_WINDOW), a count over the doclists when there are more, then
 * bm25 over at most RANK_WINDOW candidates per group — with long filters (status, language, dates,
 * scope) or language-bound word forms, bm25 runs on the text expression alone among the
 * candidates, so the filter terms add nothing to its per-query statistics — then snippets for
 * the page only.
 */
export function searchClaims(db: Db, input: SearchInput): SearchResponse {
  const pageSize = Math.min(Math.max(1, Math.trunc(input.pageSize ?? PAGE_SIZE)), 100);
  const page = Math.max(1, Math.trunc(input.page ?? 1));
  const expr = searchExpression(db, input);
  const none: SearchResponse = { results: [], total: 0, page, pageSize, order: "bm25" };
  if (!expr) return none;
  const offset = (page - 1) * pageSize;
  const small = smallResultPage(db, expr, offset, pageSize);
  const { ids, total, order } = small ? { ...small, order: "bm25" as const } : rankedPage(db, expr, offset, pageSize);
  if (ids.length === 0) return { ...none, total, order };

  const snippetOf = small?.snippets ?? readSnippets(db, expr.text, ids);
  const rows = sqlAll<Omit<SearchResult, "snippet" | "snippetField">>(
    db,
    `SELECT c.id AS claimId, c.article_id AS articleId, a.title AS articleTitle, c.text AS text, c.status AS status, c.checkworthy AS checkworthy,
              a.language AS language, c.created_at AS createdAt
         FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE c.id IN (SELECT value FROM json_each(?))`,
    JSON.stringify(ids),
  );
  const byId = new Map(rows.map((r) => [r.claimId, r]));
  const results: SearchResult[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row) results.push({ ...row, checkworthy: Boolean(row.checkworthy), createdAt: Number(row.createdAt), ...pickSnippet(snippetOf.get(id), row.text) });
  }
  return { results, total, page, pageSize, order };
}

