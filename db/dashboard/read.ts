/**
 * The dashboard's figures (see db/dashboard/summaries.ts for why they come from summary tables):
 * snapshot figures here, activity figures in ./activity; services/dashboard assembles them.
 */
import type Database from "better-sqlite3";
import { ARTICLE_PAGE_SIZE, type ArticleSort, type DayRange, type SortDir } from "@/lib/dashboard";
import { DAY_MS, utcDayOf, type ClaimStatus, type Language } from "@/lib/vocabulary";
import type { Db } from "../connection";
import { prepared } from "../sql";
import { backlogFigures, ttvFigures, verdictFigures } from "./activity";
import { attentionCounts, type AttentionCounts } from "./attention";
import { snapshotScope, snapshotSource } from "./scope";

export type StatusCounts = Record<ClaimStatus, number>;

export type ArticleProgressRow = {
  id: number;
  title: string;
  language: Language;
  createdAt: number;
  claims: number;
  checkworthy: number;
  byStatus: StatusCounts;
  withVerdict: number;
  /** Share of check-worthy claims with a verdict; null when the article has none. */
  progress: number | null;
  oldestUnreviewedAt: number | null;
  oldestUnreviewedAgeMs: number | null;
  lastActivityAt: number;
};

/** What to read: the resolved filters (services/dashboard resolves them from the query string). */
export type DashboardQuery = {
  range: DayRange;
  articleId: number | null;
  reviewerId: number | null;
  language: Language | null;
  sort: ArticleSort;
  dir: SortDir;
  page: number;
};
type Resolved = DashboardQuery;


function orderBy(sort: ArticleSort, dir: SortDir): string {
  const d = dir === "asc" ? "ASC" : "DESC";
  switch (sort) {
    case "oldest_unreviewed":
      return `s.oldest_unreviewed_at IS NULL, s.oldest_unreviewed_at ${d}, s.article_id`;
    case "progress":
      return `progress IS NULL, progress ${d}, s.checkworthy DESC, s.article_id`;
    case "unreviewed":
      return `s.unreviewed ${d}, s.oldest_unreviewed_at IS NULL, s.oldest_unreviewed_at, s.article_id`;
    case "disputed":
      return `s.disputed ${d}, s.article_id`;
    case "last_activity":
      return `s.last_activity_at ${d}, s.article_id`;
    case "created":
      return `s.created_at ${d}, s.article_id ${d}`;
    case "title":
      return `s.title COLLATE NOCASE ${d}, s.article_id`;
  }
}

const PROGRESS_SQL = "CASE WHEN s.checkworthy > 0 THEN CAST(s.checkworthy - s.unreviewed AS REAL) / s.checkworthy END";

type SnapshotRow = {
  article_id: number;
  created_at: number;
  title: string;
  language: Language;
  claims: number;
  checkworthy: number;
  unreviewed: number;
  supported: number;
  disputed: number;
  needs_source: number;
  oldest_unreviewed_at: number | null;
  last_activity_at: number;
  progress: number | null;
};

export type Totals = { articles: number; claims: number; checkworthy: number } & StatusCounts;

function snapshotTotals(client: Database.Database, f: Resolved): Totals {
  const src = snapshotSource(f);
  const scope = snapshotScope(f, "s");
  return prepared(
    client,
    `SELECT count(*) AS articles, coalesce(sum(s.claims), 0) AS claims, coalesce(sum(s.checkworthy), 0) AS checkworthy,
       coalesce(sum(s.unreviewed), 0) AS unreviewed, coalesce(sum(s.supported), 0) AS supported,
       coalesce(sum(s.disputed), 0) AS disputed, coalesce(sum(s.needs_source), 0) AS needs_source
     FROM ${src.sql} s WHERE ${scope.sql}`,
  ).get(...src.params, ...scope.params) as Totals;
}

function articlePage(client: Database.Database, f: Resolved, offset: number, now: number): ArticleProgressRow[] {
  const src = snapshotSource(f);
  const scope = snapshotScope(f, "s");
  const rows = prepared(
    client,
    `SELECT s.*, ${PROGRESS_SQL} AS progress FROM ${src.sql} s
     WHERE ${scope.sql} ORDER BY ${orderBy(f.sort, f.dir)} LIMIT ? OFFSET ?`,
  ).all(...src.params, ...scope.params, ARTICLE_PAGE_SIZE, offset) as SnapshotRow[];
  return rows.map((r) => ({
    id: r.article_id,
    title: r.title,
    language: r.language,
    createdAt: r.created_at,
    claims: r.claims,
    checkworthy: r.checkworthy,
    byStatus: { unreviewed: r.unreviewed, supported: r.supported, disputed: r.disputed, needs_source: r.needs_source },
    withVerdict: r.checkworthy - r.unreviewed,
    progress: r.progress,
    oldestUnreviewedAt: r.oldest_unreviewed_at,
    oldestUnreviewedAgeMs: r.oldest_unreviewed_at === null ? null : Math.max(0, now - r.oldest_unreviewed_at),
    lastActivityAt: r.last_activity_at,
  }));
}

export type DashboardFigures = {
  selectedArticle: { id: number; title: string } | null;
  totals: Totals;
  page: number;
  pages: number;
  rows: ArticleProgressRow[];
  backlog: ReturnType<typeof backlogFigures>;
  verdicts: ReturnType<typeof verdictFigures>;
  ttv: { actor_id: number; bucket: number; n: number }[];
  attention: AttentionCounts;
  users: { id: number; name: string }[];
};

/** Every figure for one dashboard view, in one read transaction so they share a snapshot. */
export function readDashboardFigures(db: Db, f: DashboardQuery, now: number): DashboardFigures {
  const client = db.$client;
  return client.transaction(() => {
    const selectedArticle =
      f.articleId === null
        ? null
        : ((prepared(client, "SELECT id, title FROM articles WHERE id = ?").get(f.articleId) as { id: number; title: string } | undefined) ?? null);
    const totals = snapshotTotals(client, f);
    const pages = Math.max(1, Math.ceil(totals.articles / ARTICLE_PAGE_SIZE));
    const page = Math.min(f.page, pages);
    return {
      selectedArticle,
      totals,
      page,
      pages,
      rows: articlePage(client, f, (page - 1) * ARTICLE_PAGE_SIZE, now),
      backlog: backlogFigures(client, f, now),
      verdicts: verdictFigures(client, f),
      ttv: ttvFigures(client, f),
      attention: attentionCounts(client, f, utcDayOf(now) * DAY_MS),
      users: prepared(client, "SELECT id, name FROM users ORDER BY name COLLATE NOCASE, id").all() as { id: number; name: string }[],
    };
  })();
}
