/**
 * Search filters as FTS5 terms on the index's meta column (db/search/index.ts), shaped so the
 * cost is what the terms' doclists cost to merge.
 */
import type { Db } from "../connection";
import { dateCoverTokens, textQuery, type SearchFilters, type SearchInput } from "@/lib/search/query";
import { CLAIM_STATUSES, DAY_MS, LANGUAGES, utcDayOfIsoDay, type ClaimStatus } from "@/lib/vocabulary";
import { sqlValue } from "../sql";
import { CLAIM_TOKEN, LINE_TOKEN } from "./index";
import { wordVariants } from "./terms";

/** The range of claim creation days in the database, so date filters stay small. */
function claimDayBounds(db: Db): { min: number; max: number } | null {
  // Two statements: SQLite answers a lone min() or max() from the index, not both at once.
  const lo = sqlValue<number | null>(db, "SELECT min(created_at) FROM claims") ?? null;
  const hi = sqlValue<number | null>(db, "SELECT max(created_at) FROM claims") ?? null;
  if (lo === null || hi === null) return null;
  return { min: Math.floor(lo / DAY_MS), max: Math.floor(hi / DAY_MS) };
}

const quoted = (tokens: string[]) => (tokens.length === 1 ? `"${tokens[0]}"` : `(${tokens.map((t) => `"${t}"`).join(" OR ")})`);

export type FilterExpression = {
  /** Terms every match must have, e.g. `meta : ("sdisputed" AND "a12")`; "" for none. */
  include: string;
  /** Terms no match may have (a filter's complement when that is cheaper); "" for none. */
  exclude: string;
  /** Claim id range every match lies in (a date range's span); [0, NO_ID_LIMIT] for none. */
  lo: number;
  hi: number;
};

export const NO_ID_LIMIT = Number.MAX_SAFE_INTEGER;
const TOKEN_DOCS_TTL_MS = 10 * 60_000;
const tokenDocsCache = new WeakMap<object, { at: number; docs: Map<string, number> }>();

/**
 * How many claims carry a status or language token, cached per connection for a few minutes: it
 * only decides whether a filter is cheaper as the token or as the exclusion of the other values.
 */
function tokenDocs(db: Db, token: string): number {
  let cache = tokenDocsCache.get(db.$client);
  if (!cache || Date.now() - cache.at > TOKEN_DOCS_TTL_MS) {
    cache = { at: Date.now(), docs: new Map() };
    tokenDocsCache.set(db.$client, cache);
  }
  let n = cache.docs.get(token);
  if (n === undefined) {
    n = sqlValue<number>(db, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?", `meta : "${token}"`) ?? 0;
    cache.docs.set(token, n);
  }
  return n;
}

const statusToken = (s: ClaimStatus) => `s${s.replace(/_/g, "")}`;

/**
 * The filters as FTS5 terms on the meta column plus an id range, or null when they can match
 * nothing. Cost is what the terms' doclists cost to merge, so:
 * - status and language (closed lists) are written as the exclusion of the other values when
 *   those are rarer ("not Spanish" instead of "English" when most claims are English);
 * - a date range becomes the fewest day/month/year tokens that cover it — or, when the days
 *   outside the range are fewer, those excluded — and the id span the range's claims occupy, so
 *   FTS5 starts and stops its doclist walks there (ids grow with time).
 * Exclusions need something to exclude from (the text query or an included term).
 */
export function filterExpression(db: Db, f: SearchFilters, hasText = false): FilterExpression | null {
  const include: string[] = [];
  const exclude: string[] = [];
  let lo = 0;
  let hi = NO_ID_LIMIT;
  if (f.articleId) include.push(`"a${Math.trunc(f.articleId)}"`);
  if (f.reviewerId) include.push(`"r${Math.trunc(f.reviewerId)}"`);
  const closed: { token: string; others: string[] }[] = [];
  if (f.status) closed.push({ token: statusToken(f.status), others: CLAIM_STATUSES.filter((s) => s !== f.status).map(statusToken) });
  if (f.language) closed.push({ token: `l${f.language}`, others: [...LANGUAGES.filter((l) => l !== f.language).map((l) => `l${l}`), "lnone"] });
  if (f.scope === "claims") closed.push({ token: CLAIM_TOKEN, others: [LINE_TOKEN] });
  for (const { token, others } of closed) {
    const canExclude = hasText || include.length > 0;
    if (canExclude && others.reduce((sum, t) => sum + tokenDocs(db, t), 0) < tokenDocs(db, token)) exclude.push(...others.map((t) => `"${t}"`));
    else include.push(`"${token}"`);
  }
  if (f.from || f.to) {
    const bounds = claimDayBounds(db);
    if (!bounds) return null;
    const from = Math.max(f.from ? (utcDayOfIsoDay(f.from) ?? bounds.min) : bounds.min, bounds.min);
    const to = Math.min(f.to ? (utcDayOfIsoDay(f.to) ?? bounds.max) : bounds.max, bounds.max);
    if (from > to) return null;
    if (from > bounds.min || to < bounds.max) {
      const cover = quoted(dateCoverTokens(from, to));
      const edge = (dir: "ASC" | "DESC") =>
        sqlValue<number>(db, `SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid ${dir} LIMIT 1`, `meta : ${cover}`);
      const first = edge("ASC");
      if (first === undefined) return null;
      lo = first;
      hi = edge("DESC")!;
      // Merging costs what the doclists hold: list the days inside the range or exclude the days
      // outside it, whichever are fewer (claims arrive at a roughly steady rate).
      const inside = to - from + 1;
      const outside = from - bounds.min + (bounds.max - to);
      if (outside < inside && (hasText || include.length > 0)) {
        exclude.push(
          ...[...(from > bounds.min ? dateCoverTokens(bounds.min, from - 1) : []), ...(to < bounds.max ? dateCoverTokens(to + 1, bounds.max) : [])].map((t) => `"${t}"`),
        );
      } else include.push(cover);
    }
  }
  return {
    include: include.length ? `meta : (${include.join(" AND ")})` : "",
    exclude: exclude.length ? `meta : (${exclude.join(" OR ")})` : "",
    lo,
    hi,
  };
}

export type SearchExpression = {
  /** The expression on the text columns alone (what bm25 ranks and snippets highlight); "" for none. */
  text: string;
  /** Whether `text` is a single word or phrase (no AND / OR / NOT). */
  single: boolean;
  /** Text and filters together: what a result must match (within ids lo … hi). */
  match: string;
  /**
   * With scope "all": `match` split into the claims (check-worthy or with a verdict), listed first,
   * and the other lines; null when the scope already keeps claims only.
   */
  tiers: { claims: string; lines: string } | null;
  /**
   * Whether bm25 must rank `text` among candidates found with `match` rather than `match` itself:
   * long filter terms (status, language, dates, scope) or language-bound word forms would make
   * bm25's per-query statistics read their long lists.
   */
  rankText: boolean;
  lo: number;
  hi: number;
};

/** `match` with only the claims (`keep` = CLAIM_TOKEN) or only the other lines, written the cheaper way. */
function tierMatch(db: Db, match: string, keep: string): string {
  const other = keep === CLAIM_TOKEN ? LINE_TOKEN : CLAIM_TOKEN;
  return tokenDocs(db, other) < tokenDocs(db, keep) ? `(${match}) NOT meta : "${other}"` : `(${match}) AND meta : "${keep}"`;
}

/** The MATCH expressions for a search; null when nothing can match or nothing was asked. */
export function searchExpression(db: Db, input: SearchInput): SearchExpression | null {
  const languages = input.language ? [input.language] : LANGUAGES;
  const query = textQuery(input.q ?? "", input.language, (word) => wordVariants(db, word, languages));
  const filters = filterExpression(db, input, Boolean(query));
  if (filters === null) return null;
  const text = query ? `{text notes evidence} : (${query.text})` : "";
  let positive = [query ? (query.bound ? query.match : text) : "", filters.include].filter(Boolean).join(" AND ");
  if (!positive) {
    // No text and no filter terms: only a date range that spans every day, i.e. all claims.
    if (!(input.from || input.to)) return null;
    positive = `meta : (${LANGUAGES.map((l) => `"l${l}"`).join(" OR ")} OR "lnone")`;
  }
  if (filters.exclude) positive = `(${positive}) NOT ${filters.exclude}`;
  const longFilters = Boolean(filters.exclude) || Boolean(input.status || input.language || input.from || input.to || input.scope === "claims");
  return {
    text,
    single: query?.single ?? false,
    match: positive,
    tiers: input.scope === "claims" ? null : { claims: tierMatch(db, positive, CLAIM_TOKEN), lines: tierMatch(db, positive, LINE_TOKEN) },
    rankText: Boolean(query?.bound) || (Boolean(filters.include || filters.exclude) && longFilters),
    lo: filters.lo,
    hi: filters.hi,
  };
}
