/**
 * Database-level checks shared by the load benchmark, the crash test and the backup test.
 *
 * In ClaimDesk every change to a claim bumps `claims.version` by one and appends exactly one
 * `claim_events` row in the same transaction (applyClaimChange), and a claim starts at version 1
 * with one `created` event (createArticle). So for every claim:
 *
 *   claims.version == 1 + count(events of that claim whose kind <> 'created')
 *
 * and the status-changing events form an unbroken chain: each one's from_status is the previous
 * one's to_status, and the last one's to_status is the claim's status. A lost update, a torn
 * transaction or a verdict written on a stale version breaks one of these.
 */
import type Database from "better-sqlite3";

export type InvariantReport = {
  integrity: string;
  claims: number;
  events: number;
  verdictEvents: number;
  /** Claims whose version is not 1 + their non-created events. */
  versionMismatches: number;
  /** Claims without exactly one `created` event. */
  createdMismatches: number;
  /** Status events whose from_status is not the previous status event's to_status. */
  chainBreaks: number;
  /** Claims whose status is not the last status event's to_status. */
  statusMismatches: number;
  /** A few offending rows, for the message. */
  examples: unknown[];
  ok: boolean;
};

export function checkInvariants(client: Database.Database): InvariantReport {
  const integrity = (client.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
  const one = <T>(sql: string) => client.prepare(sql).get() as T;
  const claims = one<{ n: number }>("SELECT count(*) AS n FROM claims").n;
  const events = one<{ n: number }>("SELECT count(*) AS n FROM claim_events").n;
  const verdictEvents = one<{ n: number }>("SELECT count(*) AS n FROM claim_events WHERE kind = 'verdict'").n;

  const versionRows = client
    .prepare(
      `SELECT c.id, c.version, coalesce(e.changes, 0) AS changes, coalesce(e.created, 0) AS created
       FROM claims c
       LEFT JOIN (
         SELECT claim_id, sum(kind <> 'created') AS changes, sum(kind = 'created') AS created
         FROM claim_events GROUP BY claim_id
       ) e ON e.claim_id = c.id
       WHERE c.version <> 1 + coalesce(e.changes, 0) OR coalesce(e.created, 0) <> 1`,
    )
    .all() as { id: number; version: number; changes: number; created: number }[];
  const versionMismatches = versionRows.filter((r) => r.version !== 1 + r.changes).length;
  const createdMismatches = versionRows.filter((r) => r.created !== 1).length;

  const chainRows = client
    .prepare(
      `SELECT id, claim_id, from_status, prev FROM (
         SELECT id, claim_id, from_status, LAG(to_status) OVER (PARTITION BY claim_id ORDER BY id) AS prev
         FROM claim_events WHERE to_status IS NOT NULL
       ) WHERE prev IS NOT NULL AND from_status IS NOT prev
       LIMIT 1000`,
    )
    .all();
  const statusRows = client
    .prepare(
      `SELECT c.id, c.status, e.to_status FROM claims c
       JOIN claim_events e ON e.id = (SELECT max(id) FROM claim_events WHERE claim_id = c.id AND to_status IS NOT NULL)
       WHERE c.status <> e.to_status
       LIMIT 1000`,
    )
    .all();

  const report: InvariantReport = {
    integrity,
    claims,
    events,
    verdictEvents,
    versionMismatches,
    createdMismatches,
    chainBreaks: chainRows.length,
    statusMismatches: statusRows.length,
    examples: [...versionRows.slice(0, 3), ...chainRows.slice(0, 3), ...statusRows.slice(0, 3)],
    ok: false,
  };
  report.ok =
    integrity === "ok" && versionMismatches === 0 && createdMismatches === 0 && report.chainBreaks === 0 && report.statusMismatches === 0;
  return report;
}

/** One line for logs and assertion messages. */
export function describeInvariants(r: InvariantReport): string {
  return (
    `integrity_check=${r.integrity}, claims=${r.claims}, events=${r.events} (verdicts ${r.verdictEvents}), ` +
    `version mismatches=${r.versionMismatches}, created mismatches=${r.createdMismatches}, ` +
    `chain breaks=${r.chainBreaks}, status mismatches=${r.statusMismatches}` +
    (r.examples.length ? `, e.g. ${JSON.stringify(r.examples)}` : "")
  );
}

export type AckedWrite = { claimId: number; version: number; status?: string };

export type LedgerReport = {
  acknowledged: number;
  /** Acknowledged writes with no event (lost). */
  missing: number;
  /** Notes found on more than one event (written twice). */
  duplicated: number;
  /** Acknowledged writes whose event is on another claim, at another position than its version says, or with another status. */
  misplaced: number;
  /** Claims now at a lower version than one acknowledged for them. */
  behind: number;
  /** The same claim version acknowledged to two requests (a lost update). */
  versionCollisions: number;
  /** Requests answered 409 (or another refusal) whose note was written anyway. */
  refusedButWritten: number;
  /** Non-created events whose note is not among the acknowledged ones (e.g. committed, then the answer was lost). */
  unacknowledgedEvents: number;
  examples: unknown[];
  ok: boolean;
};

/**
 * Checks writes identified by a unique note against the database: every acknowledged write has
 * exactly one event, on its claim, at the position its answered version implies (version v is
 * the (v-1)-th change of the claim), and no refused write left an event.
 */
export function checkLedger(client: Database.Database, acked: Map<string, AckedWrite>, refused: Iterable<string> = []): LedgerReport {
  const rows = client
    .prepare("SELECT claim_id AS claimId, to_status AS status, note FROM claim_events WHERE kind <> 'created' ORDER BY id")
    .all() as { claimId: number; status: string | null; note: string | null }[];
  const changes = new Map<number, number>();
  const byNote = new Map<string, { claimId: number; version: number; status: string | null; count: number }>();
  let duplicated = 0;
  let unacknowledgedEvents = 0;
  for (const r of rows) {
    const n = (changes.get(r.claimId) ?? 0) + 1;
    changes.set(r.claimId, n);
    if (r.note === null) continue;
    const seen = byNote.get(r.note);
    if (seen) {
      seen.count++;
      duplicated++;
    } else byNote.set(r.note, { claimId: r.claimId, version: 1 + n, status: r.status, count: 1 });
    if (!acked.has(r.note)) unacknowledgedEvents++;
  }
  const versions = new Map((client.prepare("SELECT id, version FROM claims").all() as { id: number; version: number }[]).map((r) => [r.id, r.version]));
  const examples: unknown[] = [];
  let missing = 0;
  let misplaced = 0;
  let behind = 0;
  const slots = new Set<string>();
  let versionCollisions = 0;
  for (const [note, a] of acked) {
    const e = byNote.get(note);
    if (!e) {
      missing++;
      if (examples.length < 5) examples.push({ lost: note, ...a });
    } else if (e.claimId !== a.claimId || e.version !== a.version || (a.status !== undefined && e.status !== a.status)) {
      misplaced++;
      if (examples.length < 5) examples.push({ misplaced: note, acked: a, found: e });
    }
    if ((versions.get(a.claimId) ?? 0) < a.version) behind++;
    const slot = `${a.claimId}@${a.version}`;
    if (slots.has(slot)) versionCollisions++;
    slots.add(slot);
  }
  let refusedButWritten = 0;
  for (const note of refused) {
    if (byNote.has(note)) {
      refusedButWritten++;
      if (examples.length < 5) examples.push({ refusedButWritten: note });
    }
  }
  const report = { acknowledged: acked.size, missing, duplicated, misplaced, behind, versionCollisions, refusedButWritten, unacknowledgedEvents, examples, ok: false };
  report.ok = missing === 0 && duplicated === 0 && misplaced === 0 && behind === 0 && versionCollisions === 0 && refusedButWritten === 0;
  return report;
}
