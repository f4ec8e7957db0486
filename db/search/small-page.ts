/**
 * A search with few matches (at most SMALL_RESULT), ranked and extracted in one statement.
 *
 * rank.ts's general path reads a query's matches up to three times before the page exists (the
 * claims' group to see whether the window is full, the count, bm25 with the verdict join), and
 * read.ts then seeks each result's snippet. For a common word each of those passes stops early;
 * for a rare phrase of common words ("emissions stayed near 4% in 2017") each one walks the
 * words' whole position lists, ~20 ms apiece at 1M claims. Here a first read, bounded by LIMIT,
 * says whether the matches are few (for a common word it stops after SMALL_RESULT + 1 rows);
 * when they are, one statement returns every match with its bm25, its tier from the claims row
 * and its snippets, and the order is finished in JavaScript — the same order rank.ts gives
 * (claims first, verdicts first, bm25, newest), so the results are identical.
 */
import type { Db } from "../connection";
import { ftsRowid, sqlAll, sqlColumn } from "../sql";
import type { SearchExpression } from "./filters";
import { claimTierSql } from "./index";
import { BM25, rankedMatch, verdictSql } from "./rank";
import { SNIPPET_COLUMNS, type Snippets } from "./snippets";

/** At most this many matches are ranked here: enough for every rare phrase, few enough that snippets for all of them stay cheap. */
export const SMALL_RESULT = 200;

type RankedRow = Snippets & { score: number; claim: number; verdict: number };

export type SmallPage = { ids: number[]; total: number; snippets: Map<number, Snippets> };

/** The page and total when the text search matches at most SMALL_RESULT claims; null when it matches more. */
export function smallResultPage(db: Db, expr: SearchExpression, offset: number, limit: number): SmallPage | null {
  if (!expr.text) return null;
  const matches = sqlColumn<number>(
    db,
    "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ?",
    expr.match,
    ftsRowid(expr.lo),
    ftsRowid(expr.hi),
    SMALL_RESULT + 1,
  );
  if (matches.length > SMALL_RESULT) return null;
  const snippets = new Map<number, Snippets>();
  if (matches.length === 0 || offset >= matches.length) return { ids: [], total: matches.length, snippets };
  const { query, among, params } = rankedMatch(expr, expr.match, matches);
  const rows = sqlAll<RankedRow>(
    db,
    `SELECT f.rowid AS id, ${BM25} AS score, ${claimTierSql("c")} AS claim, ${verdictSql("c")} AS verdict, ${SNIPPET_COLUMNS}
       FROM claims_fts f JOIN claims c ON c.id = f.rowid
      WHERE claims_fts MATCH ? AND f.rowid BETWEEN ? AND ?${among}`,
    query,
    ftsRowid(matches[matches.length - 1]!),
    ftsRowid(matches[0]!),
    ...params,
  );
  const claimsFirst = expr.tiers !== null;
  rows.sort((a, b) => (claimsFirst ? b.claim - a.claim : 0) || b.verdict - a.verdict || a.score - b.score || b.id - a.id);
  const page = rows.slice(offset, offset + limit);
  for (const { id, s0, s1, s2 } of page) snippets.set(id, { id, s0, s1, s2 });
  return { ids: page.map((r) => r.id), total: matches.length, snippets };
}
