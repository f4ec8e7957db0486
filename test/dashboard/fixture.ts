import { openDatabase, type Db } from "@/db/connection";
import type { ClaimStatus, EventKind, Language, Role } from "@/lib/vocabulary";

/** Small hand-built datasets for the dashboard tests, written with raw SQL like the app's writes. */

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
export const MIN = 60_000;
/** 2025-01-{d} at {h}:{m} UTC. */
export const jan = (d: number, h = 0, m = 0) => Date.UTC(2025, 0, d, h, m);
export const dec24 = (d: number, h = 0) => Date.UTC(2024, 11, d, h);

export class Desk {
  readonly db: Db;
  constructor(db: Db = openDatabase(":memory:")) {
    this.db = db;
  }
  private get sql() {
    return this.db.$client;
  }

  user(name: string, role: Role = "editor"): number {
    return Number(
      this.sql
        .prepare("INSERT INTO users (email, name, role, password_hash) VALUES (?, ?, ?, 'x')")
        .run(`${name.toLowerCase().replace(/\W/g, "")}@example.test`, name, role).lastInsertRowid,
    );
  }

  article(a: { title: string; language?: Language; createdAt: number; createdBy: number }): number {
    return Number(
      this.sql
        .prepare("INSERT INTO articles (title, language, body, created_by, created_at) VALUES (?, ?, 'body', ?, ?)")
        .run(a.title, a.language ?? "en", a.createdBy, a.createdAt).lastInsertRowid,
    );
  }

  /** A claim as the splitter creates it (unreviewed), with its `created` event. */
  claim(c: { articleId: number; createdAt: number; checkworthy?: boolean; assigneeId?: number | null; actorId: number }): number {
    const id = Number(
      this.sql
        .prepare(
          `INSERT INTO claims (article_id, start, "end", text, score, checkworthy, status, assignee_id, created_at, updated_at)
           VALUES (?, 0, 4, 'text', 0.7, ?, 'unreviewed', ?, ?, ?)`,
        )
        .run(c.articleId, c.checkworthy === false ? 0 : 1, c.assigneeId ?? null, c.createdAt, c.createdAt).lastInsertRowid,
    );
    this.event(id, c.actorId, c.createdAt, "created", null, "unreviewed");
    return id;
  }

  event(claimId: number, actorId: number, at: number, kind: EventKind, from: ClaimStatus | null = null, to: ClaimStatus | null = null) {
    this.sql
      .prepare("INSERT INTO claim_events (claim_id, actor_id, at, kind, from_status, to_status) VALUES (?, ?, ?, ?, ?, ?)")
      .run(claimId, actorId, at, kind, from, to);
  }

  status(claimId: number): ClaimStatus {
    return (this.sql.prepare("SELECT status FROM claims WHERE id = ?").get(claimId) as { status: ClaimStatus }).status;
  }

  /** A verdict as the app records it: event + claim update in one transaction (either order). */
  verdict(claimId: number, actorId: number, at: number, to: ClaimStatus, opts: { reused?: boolean; eventFirst?: boolean } = {}) {
    this.sql.transaction(() => {
      const from = this.status(claimId);
      const writeEvent = () => this.event(claimId, actorId, at, opts.reused ? "reused" : "verdict", from, to);
      if (opts.eventFirst !== false) writeEvent();
      this.sql
        .prepare(
          `UPDATE claims SET status = ?, verdict_by = ?, verdict_at = ?, first_verdict_at = coalesce(first_verdict_at, ?),
             version = version + 1, updated_at = ? WHERE id = ?`,
        )
        .run(to, actorId, at, at, at, claimId);
      if (opts.eventFirst === false) writeEvent();
    })();
  }

  reset(claimId: number, actorId: number, at: number) {
    this.sql.transaction(() => {
      this.event(claimId, actorId, at, "reset", this.status(claimId), "unreviewed");
      this.sql
        .prepare("UPDATE claims SET status = 'unreviewed', verdict_by = NULL, verdict_at = NULL, version = version + 1 WHERE id = ?")
        .run(claimId);
    })();
  }

  assign(claimId: number, actorId: number, assigneeId: number | null, at: number) {
    this.sql.transaction(() => {
      this.event(claimId, actorId, at, "assigned");
      this.sql.prepare("UPDATE claims SET assignee_id = ?, version = version + 1 WHERE id = ?").run(assigneeId, claimId);
    })();
  }

  softDelete(claimId: number, actorId: number, at: number) {
    this.sql.transaction(() => {
      this.event(claimId, actorId, at, "deleted");
      this.sql.prepare("UPDATE claims SET deleted_at = ?, version = version + 1 WHERE id = ?").run(at, claimId);
    })();
  }

  restore(claimId: number) {
    this.sql.prepare("UPDATE claims SET deleted_at = NULL WHERE id = ?").run(claimId);
  }

  markCheckworthy(claimId: number, actorId: number, at: number, value: boolean) {
    this.sql.transaction(() => {
      this.event(claimId, actorId, at, "marked_checkworthy");
      this.sql.prepare("UPDATE claims SET checkworthy = ? WHERE id = ?").run(value ? 1 : 0, claimId);
    })();
  }
}

/**
 * The reference dataset. NOW = 2025-01-31 12:00 UTC; the default range is 2025-01-02 … 2025-01-31.
 *
 * A1 "Budget" (en, Jan 10 09:00): c1 supported (Alice, +1h) · c2 disputed (Bob, +24h) ·
 *   c3 needs_source (Alice, +48h) · c4 unreviewed (Bob) · c5 not check-worthy · c6 supported
 *   by reuse (Alice, +5 min) · c7 disputed by Bob, then deleted (counts nowhere).
 * A2 "Elecciones" (es, Jan 28 09:00): c8 unreviewed (created Jan 30 18:00, Alice) ·
 *   c9 unreviewed unassigned · c10 needs_source (Bob, +24h) · c11 disputed by Alice (+12h),
 *   reset by Carol, supported by Bob · c12 unreviewed (created Jan 29 12:00, Bob).
 * A3 "Old story" (en, Dec 20 2024, outside the default range): c13 supported by Bob Jan 5 ·
 *   c14 unreviewed · c15 disputed by Bob Jan 6.
 * A4 "Empty" (en, Jan 30 09:00): no claims.
 */
export function referenceDesk() {
  const d = new Desk();
  const alice = d.user("Alice");
  const bob = d.user("Bob");
  const carol = d.user("Carol", "lead");
  const dave = d.user("Dave", "admin");

  const a1 = d.article({ title: "Budget", createdAt: jan(10, 9), createdBy: carol });
  const c = (articleId: number, createdAt: number, assigneeId: number | null, checkworthy = true) =>
    d.claim({ articleId, createdAt, assigneeId, checkworthy, actorId: carol });
  const c1 = c(a1, jan(10, 9), alice);
  const c2 = c(a1, jan(10, 9), bob);
  const c3 = c(a1, jan(10, 9), alice);
  const c4 = c(a1, jan(10, 9), bob);
  const c5 = c(a1, jan(10, 9), null, false);
  const c6 = c(a1, jan(10, 9), alice);
  const c7 = c(a1, jan(10, 9), bob);
  d.verdict(c1, alice, jan(10, 10), "supported");
  d.verdict(c6, alice, jan(10, 9, 5), "supported", { reused: true });
  d.verdict(c2, bob, jan(11, 9), "disputed", { eventFirst: false });
  d.verdict(c7, bob, jan(11, 9), "disputed");
  d.verdict(c3, alice, jan(12, 9), "needs_source");
  d.softDelete(c7, carol, jan(15, 9));

  const a3 = d.article({ title: "Old story", createdAt: dec24(20, 9), createdBy: carol });
  const c13 = c(a3, dec24(20, 9), bob);
  const c14 = c(a3, dec24(20, 9), null);
  const c15 = c(a3, dec24(20, 9), bob);
  d.verdict(c13, bob, jan(5, 9), "supported");
  d.verdict(c15, bob, jan(6, 9), "disputed");

  const a2 = d.article({ title: "Elecciones", language: "es", createdAt: jan(28, 9), createdBy: carol });
  const c9 = c(a2, jan(28, 9), null);
  const c10 = c(a2, jan(28, 9), bob);
  const c11 = c(a2, jan(28, 9), alice);
  d.verdict(c11, alice, jan(28, 21), "disputed");
  d.verdict(c10, bob, jan(29, 9), "needs_source");
  d.reset(c11, carol, jan(29, 10));
  d.assign(c11, carol, bob, jan(29, 11));
  d.verdict(c11, bob, jan(29, 12), "supported");
  const c12 = c(a2, jan(29, 12), bob);
  const c8 = c(a2, jan(30, 18), alice);

  const a4 = d.article({ title: "Empty", createdAt: jan(30, 9), createdBy: carol });

  return {
    desk: d,
    db: d.db,
    now: jan(31, 12),
    users: { alice, bob, carol, dave },
    articles: { a1, a2, a3, a4 },
    claims: { c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15 },
  };
}
