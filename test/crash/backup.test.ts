/**
 * The `backup` command (cli/commands/backup.ts) while verdicts are being written: the copy
 * must open, pass PRAGMA integrity_check and hold one consistent snapshot, in which the
 * version/event invariant holds (checkInvariants), with as many verdict events as some
 * moment between the start and the end of the backup.
 *
 * The writer runs in this process in setImmediate batches, interleaved with the backup's
 * steps (which also run on setImmediate), once on a second connection (as the app would be:
 * SQLite restarts the copy and the command then finishes it in one step) and once on the
 * backup's own connection (SQLite updates the copy as it goes).
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkInvariants, describeInvariants } from "@/bench/load/verify";
import { backupCommand, backupDatabase } from "@/cli/commands/backup";
import { openDatabase, type Db } from "@/db/connection";
import type { Actor } from "@/services/actor";
import { recordVerdict } from "@/services/claims";
import { isAppError } from "@/lib/errors";
import { createFixtureFile, tempDir, VERDICT_CYCLE, type Fixture } from "./support";

const dir = tempDir("backup");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function fixture(): { file: string; fx: Fixture } {
  const file = path.join(dir, `live-${++n}.db`);
  // 600 claims: a few hundred pages, so a backup at 10 pages per step takes many steps.
  return { file, fx: createFixtureFile(file, { users: 3, articles: 20, claimsPerArticle: 30 }) };
}

function verdictCount(client: Database.Database): number {
  return (client.prepare("SELECT count(*) AS n FROM claim_events WHERE kind = 'verdict'").get() as { n: number }).n;
}

/** Writes verdicts in batches of `batch` per event-loop turn until stopped. */
function startWriter(db: Db, fx: Fixture, batch = 20) {
  const actor: Actor = { id: fx.userIds[1], name: "Reviewer 2", role: "editor" };
  const versions = new Map<number, number>(
    (db.$client.prepare("SELECT id, version FROM claims").all() as { id: number; version: number }[]).map((r) => [r.id, r.version]),
  );
  let stopped = false;
  let written = 0;
  let turns = 0;
  let i = 0;
  const done = new Promise<void>((resolve, reject) => {
    const tick = async () => {
      if (stopped) return resolve();
      try {
        for (let k = 0; k < batch; k++) {
          // Hot and cold claims alike; every write is on the current version, so each commits.
          const claimId = fx.claimIds[(i * 7919) % fx.claimIds.length];
          const status = VERDICT_CYCLE[i++ % 3];
          const view = await recordVerdict(db, actor, { claimId, status, note: `backup-test ${i}`, version: versions.get(claimId)! });
          versions.set(claimId, view.version);
          written++;
        }
        turns++;
      } catch (error) {
        if (isAppError(error)) return reject(new Error(`writer: ${error.message}`));
        return reject(error);
      }
      setImmediate(tick);
    };
    setImmediate(tick);
  });
  return {
    get written() {
      return written;
    },
    get turns() {
      return turns;
    },
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

function checkCopy(file: string, range: { min: number; max: number }) {
  expect(fs.existsSync(`${file}-wal`), "the backup is one self-contained file").toBe(false);
  const copy = new Database(file, { readonly: true });
  try {
    expect(copy.pragma("journal_mode", { simple: true })).toBe("delete");
    const report = checkInvariants(copy);
    expect(report.integrity).toBe("ok");
    expect(report.ok, describeInvariants(report)).toBe(true);
    const verdicts = verdictCount(copy);
    expect(verdicts).toBeGreaterThanOrEqual(range.min);
    expect(verdicts).toBeLessThanOrEqual(range.max);
    return { report, verdicts };
  } finally {
    copy.close();
  }
}

describe("backup while verdicts are written", () => {
  it("from another connection: the copy restarts, then finishes in one step, and is one consistent snapshot", async () => {
    const { file, fx } = fixture();
    const source = openDatabase(file);
    const app = openDatabase(file); // the "app": a different connection writing meanwhile
    try {
      const writer = startWriter(app, fx);
      await new Promise((r) => setTimeout(r, 50));
      const before = verdictCount(source.$client);
      const out = path.join(dir, `copy-${n}.db`);
      let steps = 0;
      const summary = await backupDatabase(source.$client, out, { pagesPerStep: 10, onProgress: () => void steps++ });
      const writtenDuring = writer.written;
      await writer.stop();
      const after = verdictCount(source.$client);

      expect(summary.integrity).toBe("ok");
      expect(summary.pages).toBeGreaterThan(100);
      expect(steps).toBeGreaterThan(1);
      expect(summary.restarts, "the writes from the other connection restarted the copy").toBeGreaterThanOrEqual(1);
      expect(after).toBeGreaterThan(before); // writes really ran during the backup
      expect(writtenDuring).toBeGreaterThan(0);
      const { report, verdicts } = checkCopy(out, { min: before, max: after });
      expect(summary.claims).toBe(report.claims);
      expect(summary.claimEvents).toBe(report.events);
    } finally {
      app.$client.close();
      source.$client.close();
    }
  });

  it("on the backup's own connection: SQLite keeps the copy up to date and it is consistent", async () => {
    const { file, fx } = fixture();
    const db = openDatabase(file);
    try {
      const writer = startWriter(db, fx, 5);
      await new Promise((r) => setTimeout(r, 20));
      const before = verdictCount(db.$client);
      const out = path.join(dir, `copy-${n}.db`);
      const turnsBefore = writer.turns;
      const summary = await backupDatabase(db.$client, out, { pagesPerStep: 10 });
      const turnsDuring = writer.turns - turnsBefore;
      await writer.stop();
      const after = verdictCount(db.$client);
      expect(summary.restarts).toBe(0);
      expect(turnsDuring, "writes interleaved with the backup's steps").toBeGreaterThan(1);
      checkCopy(out, { min: before, max: after });
    } finally {
      db.$client.close();
    }
  });
});

describe("backup command", () => {
  let stderr: string;
  const saved = process.env.DATABASE_URL;
  beforeEach(() => {
    stderr = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env.DATABASE_URL = saved;
  });

  it("backs up DATABASE_URL while it is written, prints a summary, and refuses to overwrite without --force", async () => {
    const { file, fx } = fixture();
    process.env.DATABASE_URL = file;
    const app = openDatabase(file);
    const out = path.join(dir, "cli-copy.db");
    try {
      const writer = startWriter(app, fx);
      await new Promise((r) => setTimeout(r, 20));
      const code = await backupCommand([out, "--pages-per-step", "10"]);
      await writer.stop();
      expect(code, stderr).toBe(0);
      expect(stderr).toMatch(/integrity_check: ok/);
      expect(stderr).toMatch(/claims: +600/);
      expect(stderr).toMatch(/claim events: +[\d,]+/);
      expect(stderr).toMatch(/pages: +[\d,]+ × \d+ B/);
      const { report } = checkCopy(out, { min: 0, max: verdictCount(app.$client) });
      expect(report.claims).toBe(600);

      // An existing file is refused, and left as it was.
      const mtime = fs.statSync(out).mtimeMs;
      stderr = "";
      expect(await backupCommand([out])).toBe(1);
      expect(stderr).toMatch(/already exists; pass --force/);
      expect(fs.statSync(out).mtimeMs).toBe(mtime);

      // --force replaces it with a fresh snapshot.
      const now = verdictCount(app.$client);
      expect(await backupCommand([out, "--force", "--quiet"])).toBe(0);
      expect(checkCopy(out, { min: now, max: now }).verdicts).toBe(now);
      expect(fs.readdirSync(dir).filter((f) => f.includes(".partial-"))).toEqual([]);
    } finally {
      app.$client.close();
    }
  });

  it("copies the database as it is: no migrations are applied to it first", async () => {
    const plain = path.join(dir, "not-migrated.db");
    const raw = new Database(plain);
    raw.exec("CREATE TABLE legacy (x); INSERT INTO legacy VALUES (1), (2);");
    raw.close();
    process.env.DATABASE_URL = plain;
    const out = path.join(dir, "not-migrated-copy.db");
    expect(await backupCommand([out, "--quiet"]), stderr).toBe(0);
    const tables = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
      } finally {
        db.close();
      }
    };
    expect(tables(plain)).toEqual(["legacy"]);
    expect(tables(out)).toEqual(["legacy"]);
    expect(stderr).toMatch(/claims: +0\b/);
  });

  it("refuses a missing database, a missing FILE argument and bad options", async () => {
    process.env.DATABASE_URL = path.join(dir, "does-not-exist.db");
    expect(await backupCommand([path.join(dir, "x.db")])).toBe(1);
    expect(stderr).toMatch(/there is no database/);
    expect(fs.existsSync(path.join(dir, "does-not-exist.db"))).toBe(false);
    expect(await backupCommand([])).toBe(1);
    expect(await backupCommand(["a.db", "b.db"])).toBe(1);
    expect(await backupCommand(["a.db", "--pages-per-step", "0"])).toBe(1);
    expect(await backupCommand(["a.db", "--bogus"])).toBe(1);
  });
});
