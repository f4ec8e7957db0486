/**
 * The order of search results: the claims first — check-worthy, or with a verdict — then the
 * other lines (headlines, bylines, "SEE ALSO" lines …). Among the claims, those with a verdict
 * come before the unreviewed ones; then bm25 (text weight 4, notes 1, evidence 1), or newest
 * first when nothing was typed.
 *
 * bm25 costs ~1 µs per matching row, so when a query matches more than RANK_WINDOW claims, each
 * of the two groups ranks its RANK_WINDOW most recent matches (highest ids) by verdict, then bm25,
 * and lists its older ones after, newest first; `total` is always exact. Fewer matches than RANK_WINDOW are all
 * in hand after the first read and are ranked in one query, the group read from the claims table.
 * (Over the window with nothing typed, each group is simply newest first.)
 */
import type { Db } from "../connection";
import { ftsRowid, sqlAll, sqlColumn, sqlValue } from "../sql";
import type { SearchExpression } from "./filters";
import { claimTierSql } from "./index";

/** Whether claim row `c` has a verdict (1) or not (0): reviewed claims rank first among the claims. */
export const verdictSql = (c: string) => `(${c}.status <> 'unreviewed')`;

/**
 * Above this many matches, bm25 ranks only the most recent RANK_WINDOW of each group (see above).
 * The ranking's cost grows with the window (bm25 and the verdict lookup per candidate): at 1M
 * claims 2,000 took 0.6-0.7x the CPU of 5,000 for common words, in one run (the search bench);
 * a reviewer reads the first pages, and those are drawn from the 2,000 most recent matches.
 */
export const RANK_WINDOW = 2_000;

export type ResultOrder = "bm25" | "bm25-window" | "newest";

/** Text weighs 4, notes and evidence 1 each; the meta column nothing. */
export const BM25 = "bm25(claims_fts, 4.0, 1.0, 1.0, 0.0)";

/** Newest first: the matches of `match` with ids in lo … min(hi, below). */
function newest(db: Db, expr: SearchExpression, match: string, below: number, limit: number, skip: number): number[] {
  return sqlColumn<number>(
    db,
    "SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ? OFFSET ?",
    match,
    ftsRowid(expr.lo),
    ftsRowid(Math.min(expr.hi, below)),
    limit,
    skip,
  );
}

function count(db: Db, expr: SearchExpression, match: string): number {
  return sqlValue<number>(db, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ?", match, ftsRowid(expr.lo), ftsRowid(expr.hi)) ?? 0;
}

/**
 * The MATCH that bm25 scores for `candidates` (the matches of `match`): bm25's per-query
 * statistics cost a pass over each phrase's matches, so with long filter terms, language-bound
 * word forms or a group's `cw` term it scores `text` alone among the candidates (`among`, a
 * condition on f.rowid, with its parameters); otherwise `match` itself.
 */
export function rankedMatch(expr: SearchExpression, match: string, candidates: number[]): { query: string; among: string; params: string[] } {
  if (!expr.rankText && match === expr.match) return { query: match, among: "", params: [] };
  return { query: expr.text, among: " AND +f.rowid IN (SELECT value FROM json_each(?))", params: [JSON.stringify(candidates)] };
}

/**
 * bm25 over `candidates` (the matches of `match`, newest first, all of them in their id range),
 * scoring what rankedMatch says.
 * `claimsFirst` puts the claims before the other lines; claims with a verdict come before the
 * unreviewed ones either way (both read from the claims table, one row each).
 */
function bm25(db: Db, expr: SearchExpression, match: string, candidates: number[], limit: number, skip: number, claimsFirst: boolean): number[] {
  const { query: q, among: extra, params } = rankedMatch(expr, match, candidates);
  // The other lines never have a verdict (that would make them claims): their group skips the join.
  const verdicts = !(expr.tiers && match === expr.tiers.lines);
  const join = claimsFirst || verdicts ? " JOIN claims c ON c.id = f.rowid" : "";
  const tier = `${claimsFirst ? `${claimTierSql("c")} DESC, ` : ""}${verdicts ? `${verdictSql("c")} DESC, ` : ""}`;
  return sqlColumn<number>(
    db,
    `SELECT f.rowid FROM claims_fts f${join} WHERE claims_fts MATCH ? AND f.rowid BETWEEN ? AND ?${extra} ORDER BY ${tier}${BM25}, f.rowid DESC LIMIT ? OFFSET ?`,
    q,
    ftsRowid(candidates[candidates.length - 1] ?? expr.lo),
    ftsRowid(candidates[0] ?? expr.hi),
    ...params,
    limit,
    skip,
  );
}

/** Newest first among `candidates` (all the matches): claims with a verdict, the other claims, then the other lines. */
function newestClaimsFirst(db: Db, candidates: number[], limit: number, skip: number): number[] {
  const tierOf = new Map(
    sqlAll<{ id: number; tier: number }>(
      db,
      `SELECT c.id AS id, ${claimTierSql("c")} + ${verdictSql("c")} AS tier FROM claims c WHERE c.id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(candidates),
    ).map((r) => [r.id, r.tier]),
  );
  const of = (t: number) => candidates.filter((id) => (tierOf.get(id) ?? 0) === t);
  return [...of(2), ...of(1), ...of(0)].slice(skip, skip + limit);
}

type Group = { ids: number[]; size: () => number; windowed: boolean };

/** One group's share of the page: its first `limit` results after `skip`, by the module's rules. */
function groupPage(db: Db, expr: SearchExpression, match: string, at: { skip: number; limit: number; window: number }, lone: () => boolean, read?: number[]): Group {
  const { skip, limit, window } = at;
  const candidates = read ?? newest(db, expr, match, expr.hi, window, 0);
  let known: number | null = candidates.length < window ? candidates.length : null;
  const size = () => (known ??= count(db, expr, match));
  const windowed = known === null;
  if (skip >= candidates.length && !windowed) return { ids: [], size, windowed };
  if (!expr.text || lone()) {
    const ids = skip + limit <= candidates.length || !windowed ? candidates.slice(skip, skip + limit) : newest(db, expr, match, expr.hi, limit, skip);
    return { ids, size, windowed };
  }
  let ids = skip < window ? bm25(db, expr, match, candidates, limit, skip, false) : [];
  if (windowed && ids.length < limit) {
    const lowest = candidates[candidates.length - 1]!;
    ids = ids.concat(newest(db, expr, match, lowest - 1, limit - ids.length, Math.max(0, skip - window)));
  }
  return { ids, size, windowed };
}

/** The ids of one page and the exact total, in the module's order (`window`: RANK_WINDOW, smaller in tests). */
export function rankedPage(db: Db, expr: SearchExpression, offset: number, limit: number, window = RANK_WINDOW): { ids: number[]; total: number; order: ResultOrder } {
  // A full window of claims alone already says there are more matches than the window: the read of
  // every match (to rank them in one query) is skipped then, which is the common case for common words.
  const firstGroup = expr.tiers ? newest(db, expr, expr.tiers.claims, expr.hi, window, 0) : null;
  const windowFull = firstGroup !== null && firstGroup.length >= window;
  // bm25 over `match` itself needs no list of the matches, only whether they fit in the window: the
  // count says that in a cheaper pass, and is the total either way.
  const listed = !expr.text || expr.rankText;
  const all = windowFull || !listed ? null : newest(db, expr, expr.match, expr.hi, window, 0);
  const counted = windowFull || listed ? null : count(db, expr, expr.match);
  const textOrder: ResultOrder = expr.text ? "bm25" : "newest";
  if ((all && all.length < window) || (counted !== null && counted < window)) {
    // Every match fits: one ranking, claims first (or only claims, with scope "claims").
    const total = all ? all.length : counted!;
    if (offset >= total) return { ids: [], total, order: textOrder };
    const claimsFirst = expr.tiers !== null;
    let ids: number[];
    if (!expr.text) ids = newestClaimsFirst(db, all ?? [], limit, offset);
    else ids = bm25(db, expr, expr.match, all ?? [], limit, offset, claimsFirst);
    return { ids, total, order: textOrder };
  }
  // More matches than the window: each group ranks its own most recent RANK_WINDOW.
  const total = counted ?? count(db, expr, expr.match);
  // bm25 gives a term found in more than half of the claims no weight (idf ≤ 0): newest first then.
  let maxId: number | undefined;
  const lone = () => expr.single && total > (maxId ??= sqlValue<number | null>(db, "SELECT max(id) FROM claims") ?? 0) / 2;
  const groups: [string, number[] | undefined][] = expr.tiers
    ? [
        [expr.tiers.claims, firstGroup ?? undefined],
        [expr.tiers.lines, undefined],
      ]
    : [[expr.match, all ?? undefined]];
  const ids: number[] = [];
  let skip = offset;
  let windowed = false;
  for (const [match, read] of groups) {
    if (ids.length >= limit || skip >= total) break;
    const group = groupPage(db, expr, match, { skip, limit: limit - ids.length, window }, lone, read);
    ids.push(...group.ids);
    windowed ||= group.windowed;
    if (ids.length < limit) skip = Math.max(0, skip - group.size());
  }
  return { ids, total, order: !expr.text || lone() ? "newest" : windowed ? "bm25-window" : "bm25" };
}
