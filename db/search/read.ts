/**
 * Claim search over the FTS5 index (db/search/index.ts).
 *
 * The index (`claims_fts`, migration 0004) stores one row per live claim, keyed by the claim id,
 * with four columns:
 * - text      the claim text;
 * - notes     the notes of its verdict / reused events, oldest first (one per line);
 * - evidence  the titles of its evidence, oldest first (one per line);
 * - meta      filter tokens, e.g. `sdisputed a12 len r3 r7 d20240915 m202409 y2024`: status, article,
 *             article language, reviewer (author of the current verdict and the assignee) and the
 *             claim's creation day / month / year (UTC).
 * Triggers on claims, claim_events, evidence and articles keep it in sync in the same transaction
 * as the change itself, whatever code path makes it. Filters are FTS5 terms on the meta column,
 * so a filtered count or ranking is a merge of doclists, never a join per matching row.
 *
 * Ranking is bm25 with weights text 4, notes 1, evidence 1, meta 0. bm25 costs ~1 µs per matching
 * row, so a query matching more than RANK_WINDOW claims ranks the RANK_WINDOW most recent of them
 * (highest ids) by bm25 and lists the older ones after, newest first; `total` is always exact.
 */
import type { Db } from "../connection";
import { MARK_START } from "@/lib/highlight";
import type { SearchInput } from "@/lib/search/query";
import type { ClaimStatus, Language } from "@/lib/vocabulary";
import { clientOf, sqlAll, sqlColumn, sqlValue } from "../sql";
import { searchExpression } from "./filters";

export const PAGE_SIZE = 20;
/** Above this many matches, bm25 ranks only the most recent RANK_WINDOW of them (see the module comment). */
export const RANK_WINDOW = 5_000;

export type SnippetField = "text" | "notes" | "evidence";

export type SearchResult = {
  claimId: number;
  articleId: number;
  articleTitle: string;
  text: string;
  status: ClaimStatus;
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
  /** How the page is ordered: bm25, bm25 over the RANK_WINDOW most recent matches then newest first, or newest first. */
  order: "bm25" | "bm25-window" | "newest";
};

type Snips = { id: number; s0: string | null; s1: string | null; s2: string | null };

const BM25 = "bm25(claims_fts, 4.0, 1.0, 1.0, 0.0)";
const SNIPPETS = [0, 1, 2].map((col) => `snippet(claims_fts, ${col}, char(2), char(3), '…', 32) AS s${col}`).join(", ");

function pickSnippet(hit: Snips | undefined, text: string): { snippet: string; snippetField: SnippetField } {
  if (hit) {
    const fields: [SnippetField, string | null][] = [["text", hit.s0], ["notes", hit.s1], ["evidence", hit.s2]];
    for (const [field, value] of fields) if (value && value.includes(MARK_START)) return { snippet: value, snippetField: field };
  }
  return { snippet: text, snippetField: "text" };
}

/**
 * One page of results and the exact total. Cost at 1M claims: a count over the doclists, then
 * (with text) bm25 over at most RANK_WINDOW candidates — with long filters (status, language,
 * dates) the candidates are the filtered matches and bm25 runs on the text expression alone, so
 * the filter terms add nothing to its per-query statistics — then snippets for the page only.
 */
export function searchClaims(db: Db, input: SearchInput): SearchResponse {
  const pageSize = Math.min(Math.max(1, Math.trunc(input.pageSize ?? PAGE_SIZE)), 100);
  const page = Math.max(1, Math.trunc(input.page ?? 1));
  const expr = searchExpression(db, input);
  const none: SearchResponse = { results: [], total: 0, page, pageSize, order: "bm25" };
  if (!expr) return none;
  const offset = (page - 1) * pageSize;
  const { lo, hi } = expr;
  const count = () =>
    sqlValue<number>(db, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ?", expr.match, lo, hi) ?? 0;
  const newest = (below: number, limit: number, skip: number) =>
    sqlColumn<number>(
      db,
      "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ? OFFSET ?",
      expr.match,
      lo,
      Math.min(hi, below),
      limit,
      skip,
    );

  let total: number;
  let ids: number[];
  let order: SearchResponse["order"] = "newest";
  if (!expr.text) {
    total = count();
    ids = offset < total ? newest(hi, pageSize, offset) : [];
  } else {
    // Candidates first: the RANK_WINDOW most recent matches. Fewer than that are all of them,
    // and then the count costs nothing more.
    const candidates = newest(hi, RANK_WINDOW, 0);
    total = candidates.length < RANK_WINDOW ? candidates.length : count();
    const windowed = total > RANK_WINDOW;
    const lowest = candidates[candidates.length - 1] ?? lo;
    // bm25 gives a term found in more than half of the claims no weight (idf ≤ 0): newest first then.
    const maxId = sqlValue<number | null>(db, "SELECT max(id) FROM claims") ?? 0;
    if (offset >= total) ids = [];
    else if (expr.single && total > maxId / 2) ids = newest(hi, pageSize, offset);
    else {
      order = windowed ? "bm25-window" : "bm25";
      ids = [];
      if (offset < RANK_WINDOW) {
        // bm25's per-query statistics cost a pass over each phrase's matches: an article or a
        // reviewer are short lists and are ranked as part of the match; longer filters are left
        // out, and bm25 scores the text matches in the candidates' id range that are candidates.
        const [match, extra, params] =
          expr.hasFilters && !expr.shortFilters
            ? [expr.text, " AND +rowid IN (SELECT value FROM json_each(?))", [JSON.stringify(candidates)]]
            : [expr.match, "", []];
        ids = sqlColumn<number>(
          db,
          `SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ?${extra} ORDER BY ${BM25}, rowid DESC LIMIT ? OFFSET ?`,
          match,
          Math.max(lo, lowest),
          candidates[0] ?? hi,
          ...params,
          pageSize,
          offset,
        );
      }
      if (windowed && ids.length < pageSize) {
        ids = ids.concat(newest(lowest - 1, pageSize - ids.length, Math.max(0, offset - RANK_WINDOW)));
      }
    }
  }
  if (ids.length === 0) return { ...none, total, order };

  const snippetOf = new Map<number, Snips>();
  if (expr.text) {
    if (/"\*/.test(expr.text)) {
      // A prefix term is expanded at each MATCH: one pass over the page's id range instead.
      const rows = sqlAll<Snips>(
        db,
        `SELECT rowid AS id, ${SNIPPETS} FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`,
        expr.text,
        Math.min(...ids),
        Math.max(...ids),
        JSON.stringify(ids),
      );
      for (const row of rows) snippetOf.set(row.id, row);
    } else {
      // The rowid is written into the SQL as a literal: with a bound "rowid = ?", SQLite 3.53's FTS5
      // ignores the constraint and returns every match, and "rowid BETWEEN ? AND ?" scans them all.
      for (const id of ids) {
        if (!Number.isSafeInteger(id)) continue;
        // A new SQL text per id: compiled once, not cached (it would push useful statements out).
        const row = clientOf(db).prepare(`SELECT rowid AS id, ${SNIPPETS} FROM claims_fts WHERE claims_fts MATCH ? AND rowid = ${id}`).get(expr.text) as Snips | undefined;
        if (row) snippetOf.set(id, row);
      }
    }
  }
  const rows = sqlAll<Omit<SearchResult, "snippet" | "snippetField">>(
    db,
    `SELECT c.id AS claimId, c.article_id AS articleId, a.title AS articleTitle, c.text AS text, c.status AS status,
              a.language AS language, c.created_at AS createdAt
         FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE c.id IN (SELECT value FROM json_each(?))`,
    JSON.stringify(ids),
  );
  const byId = new Map(rows.map((r) => [r.claimId, r]));
  const results: SearchResult[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row) results.push({ ...row, createdAt: Number(row.createdAt), ...pickSnippet(snippetOf.get(id), row.text) });
  }
  return { results, total, page, pageSize, order };
}

