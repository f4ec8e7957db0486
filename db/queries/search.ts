/**
 * Claim search: SQLite FTS5 over every live claim's text, verdict notes and evidence titles.
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
import { CLAIM_STATUSES, DAY_MS, LANGUAGES, utcDayOfIsoDay, type ClaimStatus, type Language } from "@/lib/vocabulary";
import { stripAccents } from "@/lib/matching/normalize";
import { stopwordsFor } from "@/lib/matching/tokenize";

/** Highlight markers in snippets: control characters no claim text uses; the UI turns them into <mark>. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

export const PAGE_SIZE = 20;
/** Above this many matches, bm25 ranks only the most recent RANK_WINDOW of them (see the module comment). */
export const RANK_WINDOW = 5_000;
const MAX_QUERY_CHARS = 500;
const MAX_TERMS = 16;

// ---------------------------------------------------------------------------------------------
// Index definition (the migration holds the same statements; rebuildSearchIndex recreates them)
// ---------------------------------------------------------------------------------------------

export const FTS_CREATE_SQL =
  "CREATE VIRTUAL TABLE claims_fts USING fts5(text, notes, evidence, meta, tokenize = 'unicode61 remove_diacritics 2')";
export const FTS_RANK_SQL = "INSERT INTO claims_fts (claims_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 1.0, 0.0)')";

/** The meta column for claim row `c` whose article language is the SQL expression `language`. */
export function metaSql(c: string, language: string): string {
  return (
    `'s' || replace(${c}.status, '_', '') || ' a' || ${c}.article_id || ' l' || coalesce(${language}, 'none')` +
    ` || coalesce(' r' || ${c}.verdict_by, '') || coalesce(' r' || ${c}.assignee_id, '')` +
    ` || ' d' || strftime('%Y%m%d', ${c}.created_at / 1000, 'unixepoch')` +
    ` || ' m' || strftime('%Y%m', ${c}.created_at / 1000, 'unixepoch')` +
    ` || ' y' || strftime('%Y', ${c}.created_at / 1000, 'unixepoch')`
  );
}

/** Verdict notes of claim id expression `id`, oldest first. */
export function notesSql(id: string): string {
  return `coalesce((SELECT group_concat(note, char(10)) FROM (SELECT e.note AS note FROM claim_events e WHERE e.claim_id = ${id} AND e.kind IN ('verdict', 'reused') AND e.note <> '' ORDER BY e.id)), '')`;
}

/** Evidence titles of claim id expression `id`, oldest first. */
export function evidenceSql(id: string): string {
  return `coalesce((SELECT group_concat(title, char(10)) FROM (SELECT v.title AS title FROM evidence v WHERE v.claim_id = ${id} AND v.title <> '' ORDER BY v.id)), '')`;
}

/** The whole index content, computed from the tables: what the triggers maintain row by row. */
export function indexContentSql(): string {
  return (
    `SELECT c.id, c.text, ${notesSql("c.id")}, ${evidenceSql("c.id")}, ${metaSql("c", "a.language")}` +
    ` FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE c.deleted_at IS NULL ORDER BY c.id`
  );
}

/**
 * Drops and rebuilds the index from the tables in one transaction (the CLI's `search-index rebuild`).
 * Use it after bulk loads that bypassed the triggers, or to compact the index.
 */
export function rebuildSearchIndex(db: Db): { claims: number; ms: number } {
  const sqlite = db.$client;
  const t0 = performance.now();
  sqlite.transaction(() => {
    sqlite.exec("DROP TABLE IF EXISTS claims_fts");
    sqlite.exec(FTS_CREATE_SQL);
    sqlite.exec(FTS_RANK_SQL);
    sqlite.exec(`INSERT INTO claims_fts (rowid, text, notes, evidence, meta) ${indexContentSql()}`);
    sqlite.exec("INSERT INTO claims_fts (claims_fts) VALUES ('optimize')");
  })();
  const claims = sqlite.prepare("SELECT count(*) FROM claims_fts").pluck().get() as number;
  return { claims, ms: performance.now() - t0 };
}

/**
 * Merges the index's segments into one (FTS5 'optimize'). Incremental writes leave a handful of
 * segments per level that every query has to merge; after a bulk load through the triggers, or
 * periodically, this brings queries back to their best speed. Returns the time taken.
 */
export function optimizeSearchIndex(db: Db): { ms: number } {
  const t0 = performance.now();
  db.$client.exec("INSERT INTO claims_fts (claims_fts) VALUES ('optimize')");
  return { ms: performance.now() - t0 };
}

/** Compares the index with the tables: row counts, and (with `full`) every row's content. */
export function checkSearchIndex(db: Db, options: { full?: boolean } = {}): { indexed: number; live: number; differing: number | null } {
  const sqlite = db.$client;
  const indexed = sqlite.prepare("SELECT count(*) FROM claims_fts").pluck().get() as number;
  const live = sqlite.prepare("SELECT count(*) FROM claims WHERE deleted_at IS NULL").pluck().get() as number;
  let differing: number | null = null;
  if (options.full) {
    differing = sqlite
      .prepare(
        `SELECT count(*) FROM (SELECT * FROM (${indexContentSql()}) EXCEPT SELECT rowid, text, notes, evidence, meta FROM claims_fts)`,
      )
      .pluck()
      .get() as number;
    differing += indexed - live > 0 ? indexed - live : 0;
  }
  return { indexed, live, differing };
}

// ---------------------------------------------------------------------------------------------
// Query parsing
// ---------------------------------------------------------------------------------------------

type Chunk = { words: string[]; phrase: boolean; prefix: boolean; negated: boolean; or: boolean };

function words(text: string): string[] {
  return stripAccents(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Splits what the user typed into phrases, words, OR, -exclusions and trailing-* prefixes. */
function chunks(input: string): Chunk[] {
  const out: Chunk[] = [];
  const re = /(-?)"([^"]*)"?(\*?)|(\S+)/g;
  let pendingOr = false;
  for (const m of input.slice(0, MAX_QUERY_CHARS).matchAll(re)) {
    if (m[4] === "OR") {
      pendingOr = out.length > 0;
      continue;
    }
    let negated = m[1] === "-";
    let prefix = m[3] === "*";
    let raw = m[2];
    const phrase = raw !== undefined;
    if (!phrase) {
      raw = m[4]!;
      if (raw.startsWith("-") && raw.length > 1) {
        negated = true;
        raw = raw.slice(1);
      }
      if (raw.endsWith("*")) prefix = true;
    }
    const ws = words(raw);
    if (ws.length === 0) continue;
    out.push({ words: ws, phrase, prefix, negated, or: pendingOr && !negated });
    pendingOr = false;
  }
  return out;
}

function quote(ws: string[], prefix: boolean): string {
  return `"${ws.join(" ").replace(/"/g, '""')}"${prefix ? "*" : ""}`;
}

/**
 * The FTS5 expression for what the user typed, or "" when nothing searchable remains.
 * - words are ANDed (`gang members`); `"exact phrase"`; `OR` between words; `-word` excludes;
 *   `word*` matches a prefix; case and accents are ignored;
 * - each word becomes a quoted FTS5 string made only of letters and digits, so nothing the user
 *   types is ever FTS5 syntax (`74,000` becomes the phrase "74 000", as the index has it);
 * - stopwords (the, of, en, la, …) are dropped from bare words unless nothing else is left.
 */
export function parseSearchQuery(input: string, language?: Language): string {
  const all = chunks(input);
  const stop = stopwordsFor(language);
  const isStop = (c: Chunk) => !c.phrase && !c.prefix && c.words.length === 1 && stop.has(c.words[0]!);
  let positive = all.filter((c) => !c.negated);
  if (positive.some((c) => !isStop(c))) positive = positive.filter((c) => !isStop(c));
  positive = positive.slice(0, MAX_TERMS);
  if (positive.length === 0) return "";
  // OR binds looser than the implicit AND: a b OR c d = (a AND b) OR (c AND d).
  const groups: string[][] = [];
  for (const c of positive) {
    const term = quote(c.words, c.prefix);
    if (c.or && groups.length > 0) groups.push([term]);
    else if (groups.length === 0) groups.push([term]);
    else groups[groups.length - 1]!.push(term);
  }
  const expr = groups.map((g) => (g.length === 1 ? g[0]! : `(${g.join(" AND ")})`)).join(" OR ");
  const negatives = all.filter((c) => c.negated && !isStop(c)).slice(0, MAX_TERMS).map((c) => quote(c.words, c.prefix));
  return negatives.length ? `(${expr}) NOT (${negatives.join(" OR ")})` : expr;
}

// ---------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------

export type SearchFilters = {
  status?: ClaimStatus;
  articleId?: number;
  reviewerId?: number;
  /** Inclusive UTC days, YYYY-MM-DD, on the claim's creation date. */
  from?: string;
  to?: string;
  language?: Language;
};

export type SearchInput = SearchFilters & { q?: string; page?: number; pageSize?: number };

function ymd(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The fewest day / month / year tokens that cover [from, to] exactly (inclusive day numbers):
 * whole years as `y2024`, whole months as `m202403`, the remaining days as `d20240315`.
 */
export function dateCoverTokens(from: number, to: number): string[] {
  const tokens: string[] = [];
  let day = from;
  while (day <= to) {
    const { y, m, d } = ymd(day);
    if (m === 1 && d === 1) {
      const nextYear = Math.floor(Date.UTC(y + 1, 0, 1) / DAY_MS);
      if (nextYear - 1 <= to) {
        tokens.push(`y${y}`);
        day = nextYear;
        continue;
      }
    }
    if (d === 1) {
      const nextMonth = Math.floor(Date.UTC(y, m, 1) / DAY_MS);
      if (nextMonth - 1 <= to) {
        tokens.push(`m${y}${pad(m)}`);
        day = nextMonth;
        continue;
      }
    }
    tokens.push(`d${y}${pad(m)}${pad(d)}`);
    day += 1;
  }
  return tokens;
}

/** The range of claim creation days in the database, so date filters stay small. */
function claimDayBounds(db: Db): { min: number; max: number } | null {
  // Two statements: SQLite answers a lone min() or max() from the index, not both at once.
  const lo = db.$client.prepare("SELECT min(created_at) FROM claims").pluck().get() as number | null;
  const hi = db.$client.prepare("SELECT max(created_at) FROM claims").pluck().get() as number | null;
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
    n = db.$client.prepare("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?").pluck().get(`meta : "${token}"`) as number;
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
        db.$client.prepare(`SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rowid ${dir} LIMIT 1`).pluck().get(`meta : ${cover}`) as
          | number
          | undefined;
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
  /** Whether `match` has filter terms beyond the text. */
  hasFilters: boolean;
  /** Whether the only filter terms are an article or a reviewer (short doclists). */
  shortFilters: boolean;
  lo: number;
  hi: number;
};

/** The MATCH expressions for a search; null when nothing can match or nothing was asked. */
export function searchExpression(db: Db, input: SearchInput): SearchExpression | null {
  const query = parseSearchQuery(input.q ?? "", input.language);
  const filters = filterExpression(db, input, Boolean(query));
  if (filters === null) return null;
  const text = query ? `{text notes evidence} : (${query})` : "";
  let positive = [text, filters.include].filter(Boolean).join(" AND ");
  if (!positive) {
    // No text and no filter terms: only a date range that spans every day, i.e. all claims.
    if (!(input.from || input.to)) return null;
    positive = `meta : (${LANGUAGES.map((l) => `"l${l}"`).join(" OR ")} OR "lnone")`;
  }
  if (filters.exclude) positive = `(${positive}) NOT ${filters.exclude}`;
  return {
    text,
    single: Boolean(query) && /^"[^"]*"\*?$/.test(query),
    match: positive,
    hasFilters: Boolean(filters.include || filters.exclude),
    shortFilters: !filters.exclude && !input.status && !input.language && !(input.from || input.to),
    lo: filters.lo,
    hi: filters.hi,
  };
}

// ---------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------

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
  const sqlite = db.$client;
  const offset = (page - 1) * pageSize;
  const { lo, hi } = expr;
  const count = () =>
    sqlite.prepare("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ?").pluck().get(expr.match, lo, hi) as number;
  const newest = (below: number, limit: number, skip: number) =>
    sqlite
      .prepare("SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid DESC LIMIT ? OFFSET ?")
      .pluck()
      .all(expr.match, lo, Math.min(hi, below), limit, skip) as number[];

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
    const maxId = (sqlite.prepare("SELECT max(id) FROM claims").pluck().get() as number | null) ?? 0;
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
        ids = sqlite
          .prepare(`SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ?${extra} ORDER BY ${BM25}, rowid DESC LIMIT ? OFFSET ?`)
          .pluck()
          .all(match, Math.max(lo, lowest), candidates[0] ?? hi, ...params, pageSize, offset) as number[];
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
      const rows = sqlite
        .prepare(`SELECT rowid AS id, ${SNIPPETS} FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`)
        .all(expr.text, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)) as Snips[];
      for (const row of rows) snippetOf.set(row.id, row);
    } else {
      // The rowid is written into the SQL as a literal: with a bound "rowid = ?", SQLite 3.53's FTS5
      // ignores the constraint and returns every match, and "rowid BETWEEN ? AND ?" scans them all.
      for (const id of ids) {
        if (!Number.isSafeInteger(id)) continue;
        const row = sqlite.prepare(`SELECT rowid AS id, ${SNIPPETS} FROM claims_fts WHERE claims_fts MATCH ? AND rowid = ${id}`).get(expr.text) as Snips | undefined;
        if (row) snippetOf.set(id, row);
      }
    }
  }
  const rows = sqlite
    .prepare(
      `SELECT c.id AS claimId, c.article_id AS articleId, a.title AS articleTitle, c.text AS text, c.status AS status,
              a.language AS language, c.created_at AS createdAt
         FROM claims c JOIN articles a ON a.id = c.article_id
        WHERE c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as Omit<SearchResult, "snippet" | "snippetField">[];
  const byId = new Map(rows.map((r) => [r.claimId, r]));
  const results: SearchResult[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row) results.push({ ...row, createdAt: Number(row.createdAt), ...pickSnippet(snippetOf.get(id), row.text) });
  }
  return { results, total, page, pageSize, order };
}

// ---------------------------------------------------------------------------------------------
// Input parsing shared by the page and the API
// ---------------------------------------------------------------------------------------------

/** Reads search input from URL parameters; anything malformed is ignored rather than an error. */
export function searchInputFromParams(get: (name: string) => string | null | undefined): SearchInput {
  const str = (name: string) => {
    const v = get(name);
    return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
  };
  const id = (name: string) => {
    const v = str(name);
    const n = v === undefined ? NaN : Number(v);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
  };
  const day = (name: string) => {
    const v = str(name);
    return v !== undefined && utcDayOfIsoDay(v) !== null ? v : undefined;
  };
  const status = str("status");
  const language = str("language");
  return {
    q: str("q")?.slice(0, MAX_QUERY_CHARS),
    status: (CLAIM_STATUSES as readonly string[]).includes(status ?? "") ? (status as ClaimStatus) : undefined,
    articleId: id("articleId"),
    reviewerId: id("reviewerId"),
    from: day("from"),
    to: day("to"),
    language: (LANGUAGES as readonly string[]).includes(language ?? "") ? (language as Language) : undefined,
    page: id("page") ?? 1,
  };
}
