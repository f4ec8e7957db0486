import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seedLoad, seedLoadCommand } from "@/cli/commands/seed-load";
import { openDatabase } from "@/db/connection";
import { dumpDashboardSummaries, rebuildDashboardSummaries } from "@/db/dashboard/summaries";
import { dashboardData as getDashboardData } from "@/services/dashboard";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimdesk-seed-load-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("seed-load", () => {
  const file = path.join(dir, "load.db");
  const now = Date.UTC(2025, 5, 30, 12);
  const summary = seedLoad({ claims: 3000, articles: 150, db: file, seed: 7, now, quiet: true });

  it("writes the requested volume with realistic shape", () => {
    expect(summary).toMatchObject({ users: 50, articles: 150, claims: 3000 });
    expect(summary.events).toBeGreaterThanOrEqual(5 * 3000);
    const db = openDatabase(file);
    const sql = db.$client;
    const statuses = Object.fromEntries(
      (sql.prepare("SELECT status, count(*) AS n FROM claims WHERE checkworthy = 1 GROUP BY status").all() as { status: string; n: number }[]).map((r) => [r.status, r.n]),
    );
    expect(statuses.supported).toBeGreaterThan(statuses.disputed);
    expect(statuses.unreviewed).toBeGreaterThan(0);
    expect(statuses.needs_source).toBeGreaterThan(0);
    const span = sql.prepare("SELECT min(created_at) AS lo, max(created_at) AS hi FROM articles").get() as { lo: number; hi: number };
    expect(span.hi).toBeLessThanOrEqual(now);
    expect(span.hi - span.lo).toBeGreaterThan(80 * 86_400_000);
    expect(sql.prepare("SELECT count(*) FROM claim_events WHERE at > ?").pluck().get(now)).toBe(0);
    // Claims quote their article exactly.
    const bad = sql
      .prepare("SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE substr(a.body, c.start + 1, c.\"end\" - c.start) <> c.text")
      .pluck()
      .get();
    expect(bad).toBe(0);
    expect(sql.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sql.pragma("foreign_key_check")).toEqual([]);
    sql.close();
  });

  it("leaves summaries equal to a rebuild, and the triggers working", () => {
    const db = openDatabase(file);
    const before = dumpDashboardSummaries(db);
    rebuildDashboardSummaries(db);
    expect(dumpDashboardSummaries(db)).toEqual(before);
    const triggers = db.$client.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'dash%'").pluck().get();
    expect(triggers).toBeGreaterThan(5);
    const claim = db.$client.prepare("SELECT id FROM claims WHERE status = 'unreviewed' AND checkworthy = 1 AND deleted_at IS NULL LIMIT 1").pluck().get() as number;
    const d0 = getDashboardData(db, {}, now);
    db.$client.transaction(() => {
      db.$client.prepare("INSERT INTO claim_events (claim_id, actor_id, at, kind, from_status, to_status) VALUES (?, 1, ?, 'verdict', 'unreviewed', 'disputed')").run(claim, now - 1000);
      db.$client.prepare("UPDATE claims SET status = 'disputed', verdict_by = 1, verdict_at = ?, first_verdict_at = ? WHERE id = ?").run(now - 1000, now - 1000, claim);
    })();
    const d1 = getDashboardData(db, {}, now);
    expect(d1.totals.verdicts).toBe(d0.totals.verdicts + 1);
    expect(d1.throughput.totals.disputed).toBe(d0.throughput.totals.disputed + 1);
    const after = dumpDashboardSummaries(db);
    rebuildDashboardSummaries(db);
    expect(dumpDashboardSummaries(db)).toEqual(after);
    db.$client.close();
  });

  it("refuses a database with data unless --force", async () => {
    const err = process.stderr.write;
    let said = "";
    process.stderr.write = ((chunk: string) => ((said += chunk), true)) as typeof process.stderr.write;
    try {
      expect(await seedLoadCommand(["--claims", "100", "--db", file])).toBe(1);
    } finally {
      process.stderr.write = err;
    }
    expect(said).toMatch(/--force/);
    const again = seedLoad({ claims: 200, articles: 10, db: file, force: true, quiet: true, now });
    expect(again).toMatchObject({ claims: 200, articles: 10 });
  });

  it("rejects bad options", async () => {
    const err = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    try {
      expect(await seedLoadCommand(["--claims", "abc"])).toBe(1);
      expect(await seedLoadCommand(["--claims", "10", "--articles", "20", "--db", path.join(dir, "x.db")])).toBe(1);
    } finally {
      process.stderr.write = err;
    }
  });
});
