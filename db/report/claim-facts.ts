/**
 * A claim's own facts (ClaimFacts) as both report reads select and decode them: the per-article
 * report (article.ts) and the bulk export (bulk.ts).
 */
import type { ClaimFacts } from "@/lib/export";
import { CONFIRMED_BY_SQL, NOTE_SQL } from "./note";

/**
 * The select-list of ClaimFacts, over `claims c` with `LEFT JOIN users u ON u.id = c.verdict_by`.
 */
export const CLAIM_FACTS_SQL = `c.start AS start, c."end" AS "end", c.text AS text, c.score AS score,
      c.checkworthy AS checkworthy, c.status AS status, ${NOTE_SQL} AS note, u.name AS reviewerName,
      ${CONFIRMED_BY_SQL} AS confirmedByName, c.verdict_at AS verdictAt`;

/** Epoch milliseconds (or NULL) as a Date (or null). */
export const date = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

/** ClaimFacts as SQLite returns them (flags as 0/1, times as epoch milliseconds). */
export type ClaimFactsRow = Omit<ClaimFacts, "checkworthy" | "verdictAt"> & { checkworthy: number; verdictAt: number | null };

export function claimFactsOf(r: ClaimFactsRow): ClaimFacts {
  return {
    start: r.start,
    end: r.end,
    text: r.text,
    score: r.score,
    checkworthy: r.checkworthy === 1,
    status: r.status,
    note: r.note,
    reviewerName: r.reviewerName,
    confirmedByName: r.confirmedByName,
    verdictAt: date(r.verdictAt),
  };
}
