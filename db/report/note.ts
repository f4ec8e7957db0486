/**
 * The current verdict's note: that of the latest verdict/reused event. A reset claim has no
 * current verdict, so its old note is not shown (the history keeps it).
 */
/**
 * Who confirmed the current verdict (the two-person rule's second reviewer): the latest
 * "confirmed" event since the verdict was given; NULL while it waits, or when none was needed.
 */
export const CONFIRMED_BY_SQL = `CASE WHEN c.status = 'unreviewed' OR c.awaiting_confirmation = 1 OR c.verdict_at IS NULL THEN NULL ELSE (
  SELECT cu.name FROM claim_events ce JOIN users cu ON cu.id = ce.actor_id
  WHERE ce.claim_id = c.id AND ce.kind = 'confirmed' AND ce.at >= c.verdict_at
  ORDER BY ce.at DESC, ce.id DESC LIMIT 1) END`;

export const NOTE_SQL = `CASE WHEN c.status = 'unreviewed' THEN NULL ELSE (
  SELECT e.note FROM claim_events e
  WHERE e.claim_id = c.id AND e.kind IN ('verdict', 'reused')
  ORDER BY e.at DESC, e.id DESC LIMIT 1) END`;

