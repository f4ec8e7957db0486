/** Users, articles, their claims with the append-only history, evidence, comments and API tokens. */
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { CLAIM_STATUSES, EVENT_KINDS, LANGUAGES, ROLES, VERSION_SOURCES, type ScoreReason } from "@/lib/vocabulary";
import { createdAt, falseByDefault, optionalRef, requiredRef, serialId, timestamp, updatedAt } from "./columns";

export const users = sqliteTable("users", {
  id: serialId(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: text("role", { enum: ROLES }).notNull().default("editor"),
  passwordHash: text("password_hash").notNull(),
  disabled: falseByDefault("disabled"),
  /**
   * Sessions carry the version they were issued under; a password change or a role change bumps
   * it, which ends every earlier session of the user at its next request.
   */
  sessionVersion: integer("session_version").notNull().default(0),
  createdAt: createdAt(),
});

export const articles = sqliteTable(
  "articles",
  {
    id: serialId(),
    title: text("title").notNull(),
    byline: text("byline"),
    sourceUrl: text("source_url"),
    /** ISO date (YYYY-MM-DD) as printed on the article, not a timestamp. */
    publishedAt: text("published_at"),
    language: text("language", { enum: LANGUAGES }).notNull().default("en"),
    /** The newest version's text; every version's text is kept in article_versions. */
    body: text("body").notNull(),
    /** The newest version's number (article_versions.version). */
    version: integer("version").notNull().default(1),
    /** The public report's address, /reports/SLUG, fixed at its first publication. */
    slug: text("slug").unique(),
    createdBy: requiredRef("created_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [index("articles_created_by_idx").on(t.createdBy), index("articles_created_at_idx").on(t.createdAt)],
);

export const claims = sqliteTable(
  "claims",
  {
    id: serialId(),
    articleId: requiredRef("article_id", () => articles.id),
    /** UTF-16 offsets into articles.body: body.slice(start, end) === text. */
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    text: text("text").notNull(),
    /**
     * The quote's context in the article version its offsets refer to, as a W3C Web Annotation
     * TextQuoteSelector (exact = text; 32 characters either side), beside the TextPositionSelector
     * (start, end). "" for claims made before versions existed.
     */
    quotePrefix: text("quote_prefix").notNull().default(""),
    quoteSuffix: text("quote_suffix").notNull().default(""),
    score: real("score").notNull(),
    checkworthy: integer("checkworthy", { mode: "boolean" }).notNull(),
    /** JSON array of the features that moved the score, for the editor. */
    reasons: text("reasons", { mode: "json" }).$type<ScoreReason[]>().notNull().default([]),
    /** The check-worthiness model that gave `score` (e.g. cw-lr-1, cw-desk-3); null for claims scored before versions were kept. */
    modelVersion: text("model_version"),
    status: text("status", { enum: CLAIM_STATUSES }).notNull().default("unreviewed"),
    assigneeId: optionalRef("assignee_id", () => users.id),
    /** Bumped by every change; writers send the version they saw (optimistic concurrency). */
    version: integer("version").notNull().default(1),
    verdictBy: optionalRef("verdict_by", () => users.id),
    verdictAt: timestamp("verdict_at"),
    firstVerdictAt: timestamp("first_verdict_at"),
    /** The verdict waits for a second reviewer (the two-person rule). */
    awaitingConfirmation: falseByDefault("awaiting_confirmation"),
    /** Who finds the missing source of a "needs a source" verdict, and by when (UTC midnight). */
    sourceOwnerId: optionalRef("source_owner_id", () => users.id),
    sourceDueAt: timestamp("source_due_at"),
    /** The claim's text changed in a new version of the article since its verdict. */
    needsRecheck: falseByDefault("needs_recheck"),
    /** Claims are retired, never deleted, so their history stays attached. */
    deletedAt: timestamp("deleted_at"),
    /** Retired because its sentence is gone from a new version (restorable by hand). */
    orphanedAt: timestamp("orphaned_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("claims_article_start_idx").on(t.articleId, t.start),
    index("claims_assignee_idx").on(t.assigneeId),
    index("claims_verdict_by_idx").on(t.verdictBy),
    index("claims_status_idx").on(t.status, t.checkworthy),
    index("claims_created_at_idx").on(t.createdAt),
    index("claims_needs_recheck_idx").on(t.articleId).where(sql`needs_recheck = 1 AND deleted_at IS NULL`),
    index("claims_awaiting_idx").on(t.articleId).where(sql`awaiting_confirmation = 1 AND deleted_at IS NULL`),
    index("claims_source_due_idx").on(t.sourceDueAt).where(sql`status = 'needs_source' AND source_due_at IS NOT NULL AND deleted_at IS NULL`),
    index("claims_source_owner_idx").on(t.sourceOwnerId),
  ],
);

export const claimEvents = sqliteTable(
  "claim_events",
  {
    id: serialId(),
    claimId: requiredRef("claim_id", () => claims.id),
    actorId: requiredRef("actor_id", () => users.id),
    at: timestamp("at").notNull(),
    kind: text("kind", { enum: EVENT_KINDS }).notNull(),
    fromStatus: text("from_status", { enum: CLAIM_STATUSES }),
    toStatus: text("to_status", { enum: CLAIM_STATUSES }),
    note: text("note"),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index("claim_events_claim_at_idx").on(t.claimId, t.at),
    index("claim_events_actor_at_idx").on(t.actorId, t.at),
    index("claim_events_kind_at_idx").on(t.kind, t.at),
    // Claims made by hand from a selection: desk labels (db/desk-labels.ts) without scanning every `created` event.
    index("claim_events_manual_created_idx").on(t.claimId).where(sql`kind = 'created' AND json_extract(payload, '$.manual') = 1`),
  ],
);

export const evidence = sqliteTable(
  "evidence",
  {
    id: serialId(),
    claimId: requiredRef("claim_id", () => claims.id),
    url: text("url").notNull(),
    title: text("title").notNull().default(""),
    quote: text("quote").notNull().default(""),
    addedBy: requiredRef("added_by", () => users.id),
    addedAt: timestamp("added_at").notNull(),
  },
  (t) => [index("evidence_claim_idx").on(t.claimId), index("evidence_added_by_idx").on(t.addedBy)],
);

export const comments = sqliteTable(
  "comments",
  {
    id: serialId(),
    claimId: requiredRef("claim_id", () => claims.id),
    authorId: requiredRef("author_id", () => users.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("comments_claim_idx").on(t.claimId), index("comments_author_idx").on(t.authorId)],
);

export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: serialId(),
    userId: requiredRef("user_id", () => users.id),
    name: text("name").notNull(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at"),
    revokedAt: timestamp("revoked_at"),
  },
  (t) => [uniqueIndex("api_tokens_hash_idx").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Claim = typeof claims.$inferSelect;
export type NewClaim = typeof claims.$inferInsert;
export type ClaimEvent = typeof claimEvents.$inferSelect;
export type NewClaimEvent = typeof claimEvents.$inferInsert;
export type Evidence = typeof evidence.$inferSelect;
export type Comment = typeof comments.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
