/** Article versions and everything about published reports. */
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { VERSION_SOURCES } from "@/lib/vocabulary";
import { createdAt, optionalRef, requiredRef, serialId, timestamp } from "./columns";
import { articles, users } from "./core";

/** Every text an article has had, oldest first; append-only (triggers refuse UPDATE and DELETE). */
export const articleVersions = sqliteTable(
  "article_versions",
  {
    id: serialId(),
    articleId: requiredRef("article_id", () => articles.id),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    source: text("source", { enum: VERSION_SOURCES }).notNull(),
    sourceUrl: text("source_url"),
    createdBy: requiredRef("created_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("article_versions_article_version_idx").on(t.articleId, t.version), index("article_versions_created_by_idx").on(t.createdBy)],
);

export type ArticleVersion = typeof articleVersions.$inferSelect;

/** Desk-wide settings an admin changes (the two-person rule), one row per key. */
export const deskSettings = sqliteTable("desk_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedBy: optionalRef("updated_by", () => users.id),
  updatedAt: createdAt(),
});

/**
 * Published verified reports: a frozen snapshot per version (the exact JSON bytes and their
 * SHA-256), never re-rendered from live data. Append-only (triggers refuse UPDATE and DELETE).
 */
export const publications = sqliteTable(
  "publications",
  {
    id: serialId(),
    articleId: requiredRef("article_id", () => articles.id),
    version: integer("version").notNull(),
    /** The article version (text) the report covers. */
    articleVersion: integer("article_version").notNull(),
    note: text("note").notNull().default(""),
    reportJson: text("report_json").notNull(),
    sha256: text("sha256").notNull(),
    publishedBy: requiredRef("published_by", () => users.id),
    publishedAt: timestamp("published_at").notNull(),
  },
  (t) => [uniqueIndex("publications_article_version_idx").on(t.articleId, t.version), index("publications_published_by_idx").on(t.publishedBy)],
);

/** A public report taken down by an admin: the page says so, with the reason; nothing is deleted. */
export const reportWithdrawals = sqliteTable(
  "report_withdrawals",
  {
    id: serialId(),
    articleId: requiredRef("article_id", () => articles.id),
    reason: text("reason").notNull(),
    withdrawnBy: requiredRef("withdrawn_by", () => users.id),
    withdrawnAt: timestamp("withdrawn_at").notNull(),
  },
  (t) => [index("report_withdrawals_article_idx").on(t.articleId), index("report_withdrawals_by_idx").on(t.withdrawnBy)],
);

export type Publication = typeof publications.$inferSelect;
