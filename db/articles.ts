import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PreparedArticle } from "@/lib/import";
import type { Language } from "@/lib/vocabulary";
import { articles, claims, users, type Article } from "./schema";
import type { Conn, Tx } from "./transaction";

/** Stores a validated, normalised article (lib/import's prepareArticle makes one). */
export function insertArticle(tx: Tx, input: PreparedArticle, actorId: number, at: Date): number {
  return tx
    .insert(articles)
    .values({ ...input, createdBy: actorId, createdAt: at })
    .returning({ id: articles.id })
    .get().id;
}

export function findArticle(db: Conn, id: number): Article | undefined {
  return db.select().from(articles).where(eq(articles.id, id)).get();
}

export function articleCreatorName(db: Conn, article: Article): string | null {
  return db.select({ name: users.name }).from(users).where(eq(users.id, article.createdBy)).get()?.name ?? null;
}

export type ArticleListItem = {
  id: number;
  title: string;
  byline: string | null;
  language: Language;
  publishedAt: string | null;
  createdAt: Date;
  checkworthy: number;
  verdicts: number;
  unreviewed: number;
  supported: number;
  disputed: number;
  needsSource: number;
  /** Live claims whose text changed in a newer version after their verdict. */
  changed: number;
  /** Live claims assigned to the viewer that still need work. */
  assignedToMe: number;
};

export type ArticleListFilters = {
  /** Words (lowercase, accents folded) that must all appear in the title, case and accents ignored. */
  titleWords?: string[];
  status?: "unreviewed" | "supported" | "disputed" | "needs_source";
  assigneeId?: number;
  unfinishedFirst?: boolean;
  limit?: number;
  offset?: number;
};

/** Accented letters SQLite's lower() leaves as they are, with the letter lib/matching's stripAccents gives. */
const FOLDS: [string, string][] = [
  ["áàâäãÁÀÂÄÃ", "a"],
  ["éèêëÉÈÊË", "e"],
  ["íìîïÍÌÎÏ", "i"],
  ["óòôöõÓÒÔÖÕ", "o"],
  ["úùûüÚÙÛÜ", "u"],
  ["ñÑ", "n"],
  ["çÇ", "c"],
];
const FOLDED_TITLE = FOLDS.flatMap(([from, to]) => [...from].map((c) => [c, to] as const)).reduce(
  (expr, [from, to]) => `replace(${expr}, '${from}', '${to}')`,
  `lower("articles"."title")`,
);

/** Every word somewhere in the title: a scan of the titles, newest first, that stops at the page. */
function titleHas(words: string[]): SQL | undefined {
  const like = (w: string) => `%${w.replace(/[!%_]/g, (c) => `!${c}`)}%`;
  return words.length ? and(...words.map((w) => sql`${sql.raw(FOLDED_TITLE)} like ${like(w)} escape '!'`)) : undefined;
}

/** Articles with per-status counts of their live check-worthy claims. */
export function listArticles(db: Conn, viewerId: number, filters: ArticleListFilters = {}): ArticleListItem[] {
  const live = sql`${claims.deletedAt} is null`;
  const cw = sql`${claims.checkworthy} = 1 and ${live}`;
  // Work left on a claim: no verdict yet, a source still missing, or a text changed since its verdict.
  const open = sql`${live} and (${claims.status} in ('unreviewed', 'needs_source') or ${claims.needsRecheck} = 1)`;
  const counts = {
    checkworthy: sql<number>`coalesce(sum(case when ${cw} then 1 else 0 end), 0)`,
    verdicts: sql<number>`coalesce(sum(case when ${cw} and ${claims.status} <> 'unreviewed' then 1 else 0 end), 0)`,
    unreviewed: sql<number>`coalesce(sum(case when ${cw} and ${claims.status} = 'unreviewed' then 1 else 0 end), 0)`,
    supported: sql<number>`coalesce(sum(case when ${live} and ${claims.status} = 'supported' then 1 else 0 end), 0)`,
    disputed: sql<number>`coalesce(sum(case when ${live} and ${claims.status} = 'disputed' then 1 else 0 end), 0)`,
    needsSource: sql<number>`coalesce(sum(case when ${live} and ${claims.status} = 'needs_source' then 1 else 0 end), 0)`,
    changed: sql<number>`coalesce(sum(case when ${live} and ${claims.needsRecheck} = 1 then 1 else 0 end), 0)`,
    assignedToMe: sql<number>`coalesce(sum(case when ${open} and ${claims.assigneeId} = ${viewerId} then 1 else 0 end), 0)`,
  };
  const having = [];
  if (filters.status) {
    having.push(sql`sum(case when ${live} and ${claims.status} = ${filters.status} then 1 else 0 end) > 0`);
  }
  if (filters.assigneeId !== undefined) {
    having.push(sql`sum(case when ${open} and ${claims.assigneeId} = ${filters.assigneeId} then 1 else 0 end) > 0`);
  }
  // A title search picks its page of articles first, so the counts cover only those (a type-ahead
  // asks for a few articles out of many); with a status or assignee filter, the page comes after them.
  let where = titleHas(filters.titleWords ?? []);
  const picked = Boolean(where) && having.length === 0 && !filters.unfinishedFirst;
  if (picked) {
    where = inArray(
      articles.id,
      db
        .select({ id: articles.id })
        .from(articles)
        .where(where)
        .orderBy(desc(articles.createdAt), desc(articles.id))
        .limit(filters.limit ?? 100)
        .offset(filters.offset ?? 0),
    );
  }
  const order = filters.unfinishedFirst
    ? [sql`(${counts.checkworthy} > 0 and ${counts.verdicts} < ${counts.checkworthy}) desc`, desc(articles.createdAt), desc(articles.id)]
    : [desc(articles.createdAt), desc(articles.id)];
  return db
    .select({
      id: articles.id,
      title: articles.title,
      byline: articles.byline,
      language: articles.language,
      publishedAt: articles.publishedAt,
      createdAt: articles.createdAt,
      ...counts,
    })
    .from(articles)
    .leftJoin(claims, eq(claims.articleId, articles.id))
    .where(where)
    .groupBy(articles.id)
    .having(having.length ? and(...having) : undefined)
    .orderBy(...order)
    .limit(filters.limit ?? 100)
    .offset(picked ? 0 : (filters.offset ?? 0))
    .all();
}

/** Whether an article with exactly this title exists (the demo seed skips what it added before). */
export function articleTitled(db: Conn, title: string): boolean {
  return Boolean(db.select({ id: articles.id }).from(articles).where(eq(articles.title, title)).limit(1).get());
}
