import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, falseByDefault, optionalRef, requiredRef, serialId, timestamp } from "./columns";
import { articles, claims, users } from "./core";

/**
 * Claim memory: earlier claims (in other articles) that a claim was matched to, computed when an
 * article is split (or on demand for claims that were never scanned). `same` records
 * isSameClaim() at match time; the rest are "related" (similarity ≥ the display threshold).
 */
export const claimMatches = sqliteTable(
  "claim_matches",
  {
    id: serialId(),
    claimId: requiredRef("claim_id", () => claims.id),
    matchedClaimId: requiredRef("matched_claim_id", () => claims.id),
    similarity: real("similarity").notNull(),
    same: falseByDefault("same"),
    dismissedAt: timestamp("dismissed_at"),
    dismissedBy: optionalRef("dismissed_by", () => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("claim_matches_pair_idx").on(t.claimId, t.matchedClaimId), index("claim_matches_matched_idx").on(t.matchedClaimId)],
);

/** Claims the matcher has looked at, so on-demand matching runs once per claim text. */
export const claimMatchScans = sqliteTable("claim_match_scans", {
  claimId: integer("claim_id")
    .primaryKey()
    .references(() => claims.id),
  scannedAt: timestamp("scanned_at").notNull(),
});

/**
 * Matching jobs that are running, one row per article: a lease, so that every process and every
 * bundle of the app (route handlers and server actions load their own module instances) sees the
 * same "is this article being matched", and two processes never match one article at once. The
 * holder refreshes `heartbeat_at` with every slice; a lease older than the runner's LEASE_MS
 * belongs to a job that died (a restart) and may be taken over. Not history: rows come and go.
 */
export const matchingJobs = sqliteTable("matching_jobs", {
  articleId: integer("article_id")
    .primaryKey()
    .references(() => articles.id),
  owner: text("owner").notNull(),
  heartbeatAt: integer("heartbeat_at").notNull(),
});

export type ClaimMatch = typeof claimMatches.$inferSelect;
