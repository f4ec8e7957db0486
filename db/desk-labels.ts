import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Language } from "@/lib/vocabulary";
import type { Conn } from "./transaction";
import { sqlAll } from "./sql";

/**
 * The history rows that are a person's check-worthiness decision (services/checkworthiness/labels.ts
 * turns them into training labels; docs/checkworthiness.md, "On the desk"):
 * - `marked_checkworthy`: payload.to is the decision;
 * - `created` with payload.manual: a claim made from a selection (check-worthy);
 * - `span_changed` with payload.selection: a claim trimmed to a selection (check-worthy);
 * - `deleted` from "retire" (not a claim replaced by a restored one): not check-worthy, unless
 *   the claim had a verdict then (`retiredStatus`), which the rule treats as no decision.
 * Each row carries the claim's current text and its article's language.
 */
export type DecisionRow = {
  eventId: number;
  claimId: number;
  kind: "marked_checkworthy" | "created" | "span_changed" | "deleted";
  /** marked_checkworthy only: the value it was set to (1/0). */
  markedTo: number | null;
  /** deleted only: the claim's status when it was retired. */
  retiredStatus: string | null;
  text: string;
  language: Language;
};

/** A live claim with a verdict, and the id of its latest event (its place in time). */
export type VerdictRow = { claimId: number; lastEventId: number; text: string; language: Language };

const DECISION_SELECT = `
  SELECT e.id AS eventId, e.claim_id AS claimId, e.kind AS kind,
         CASE WHEN e.kind = 'marked_checkworthy' THEN json_extract(e.payload, '$.to') END AS markedTo,
         CASE WHEN e.kind = 'deleted' THEN coalesce(json_extract(e.payload, '$.status'), e.from_status) END AS retiredStatus,
         c.text AS text, a.language AS language
  FROM claim_events e JOIN claims c ON c.id = e.claim_id JOIN articles a ON a.id = c.article_id`;

// The decisions by kind, over `claim_events e`; written once, for the labels and for the desk's view.
const MARKED = "e.kind = 'marked_checkworthy'";
const MADE_BY_HAND = "e.kind = 'created' AND json_extract(e.payload, '$.manual') = 1";
const TRIMMED_TO_SELECTION = "e.kind = 'span_changed' AND json_extract(e.payload, '$.selection') = 1";
const RETIRED = "e.kind = 'deleted' AND json_extract(e.payload, '$.replacedBy') IS NULL";

function decisionSql(scope: string): string {
  // One branch per kind, so each uses its index (kind, or the partial index of hand-made claims).
  return [MARKED, MADE_BY_HAND, TRIMMED_TO_SELECTION, RETIRED]
    .map((kind) => `${DECISION_SELECT} WHERE ${kind}${scope}`)
    .join("\nUNION ALL\n") + "\nORDER BY eventId";
}

/**
 * The latest check-worthiness a person gave a live claim (1 or 0), or NULL when nobody did: a
 * correlated subquery for read models. Retiring is left out, since a live claim was not retired.
 */
export function latestDeskMark(claimId: AnyColumn): SQL<number | null> {
  return sql`(SELECT CASE WHEN ${sql.raw(MARKED)} THEN json_extract(e.payload, '$.to') ELSE 1 END
    FROM claim_events e
    WHERE e.claim_id = ${claimId} AND ((${sql.raw(MARKED)}) OR (${sql.raw(MADE_BY_HAND)}) OR (${sql.raw(TRIMMED_TO_SELECTION)}))
    ORDER BY e.id DESC LIMIT 1)`;
}

const ALL_DECISIONS = decisionSql("");
const ARTICLE_DECISIONS = decisionSql(" AND c.article_id = ?");

/** Every check-worthiness decision on the desk, oldest first. */
export function listDecisionRows(db: Conn): DecisionRow[] {
  return sqlAll<DecisionRow>(db, ALL_DECISIONS);
}

/** Live claims with a verdict: a reviewer checked them, so they were worth checking. */
export function listVerdictRows(db: Conn): VerdictRow[] {
  return sqlAll<VerdictRow>(
    db,
    `SELECT c.id AS claimId, (SELECT max(e.id) FROM claim_events e WHERE e.claim_id = c.id) AS lastEventId, c.text AS text, a.language AS language
     FROM claims c JOIN articles a ON a.id = c.article_id
     WHERE c.status <> 'unreviewed' AND c.deleted_at IS NULL
     ORDER BY c.id`,
  );
}

/** Claims of an article whose check-worthiness a person decided (rescoring keeps their mark). */
export function claimsDecidedByPeople(db: Conn, articleId: number): Set<number> {
  const rows = sqlAll<DecisionRow>(db, ARTICLE_DECISIONS, articleId, articleId, articleId, articleId);
  return new Set(rows.filter((r) => r.kind !== "deleted").map((r) => r.claimId));
}

