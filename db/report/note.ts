/**
 * The current verdict's note: that of the latest verdict/reused event. A reset claim has no
 * current verdict, so its old note is not shown (the history keeps it).
 */
export const NOTE_SQL = `CASE WHEN c.status = 'unreviewed' THEN NULL ELSE (
  SELECT e.note FROM claim_events e
  WHERE e.claim_id = c.id AND e.kind IN ('verdict', 'reused')
  ORDER BY e.at DESC, e.id DESC LIMIT 1) END`;

