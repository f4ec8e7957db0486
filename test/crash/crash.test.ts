/**
 * Crash safety of the verdict write path: SIGKILL the process that writes, mid-run, and check
 * that every write it acknowledged survived and the database is consistent.
 *
 * The writer is test/crash/writer-server.ts: the app's own openDatabase + recordVerdict behind
 * node:http, answering 200 only after the transaction has committed (the test runs before the
 * production build exists, so it cannot use `next start`; the write path is the same code).
 * Several clients write concurrently, half of the time to a few hot claims, each sending the
 * version it last saw, so there are both commits and 409 conflicts in flight at the kill.
 *
 * Durability model: the app runs SQLite in WAL mode with synchronous=NORMAL. A commit then
 * appends to the -wal file without fsync, so an OS crash or power loss can lose the last
 * transactions (never corrupt the database: the WAL is checksummed and replayed only up to the
 * last complete commit). A killed PROCESS loses nothing that committed: the WAL writes are
 * already in the OS page cache and the next open recovers them. A process kill is what this
 * test can do here, so it asserts no loss at all; a power-cut test would need a VM or a
 * fault-injecting filesystem.
 */
import Database from "better-sqlite3";
import http from "node:http";
import path from "node:path";
import fs from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { checkInvariants, checkLedger, describeInvariants } from "@/bench/load/verify";
import { createFixtureFile, request, startWriter, tempDir, VERDICT_CYCLE, type Writer } from "./support";

const CLIENTS = 8;
const KILL_CYCLES = 3;
const HOT_CLAIMS = 6;

type Ack = { claimId: number; version: number; note: string; status: string; cycle: number };

const dir = tempDir("crash");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("SIGKILL during concurrent verdict writes", () => {
  it(
    "keeps every acknowledged write, and the database opens clean and consistent",
    async () => {
      const file = path.join(dir, "crash.db");
      const { userIds, claimIds } = createFixtureFile(file, { users: 4, articles: 3, claimsPerArticle: 20 });
      expect(claimIds.length).toBeGreaterThan(HOT_CLAIMS * 4);

      const known = new Map<number, number>(claimIds.map((id) => [id, 1]));
      const acks: Ack[] = [];
      const refused: string[] = []; // 409s: must have written nothing
      const statuses = new Map<number | string, number>();
      const count = (k: number | string) => statuses.set(k, (statuses.get(k) ?? 0) + 1);
      const perCycle: { acks: number; requests: number; writeMs: number }[] = [];
      let seq = 0;

      for (let cycle = 1; cycle <= KILL_CYCLES; cycle++) {
        const writer: Writer = await startWriter(file);
        const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
        let stop = false;
        let requests = 0;
        const acksBefore = acks.length;
        const client = async (c: number) => {
          while (!stop) {
            const hot = Math.random() < 0.5;
            const claimId = hot ? claimIds[Math.floor(Math.random() * HOT_CLAIMS)] : claimIds[HOT_CLAIMS + Math.floor(Math.random() * (claimIds.length - HOT_CLAIMS))];
            const status = VERDICT_CYCLE[seq % 3];
            const note = `crash-check c${cycle}-${c}-${++seq}`;
            const body = { claimId, actorId: userIds[c % userIds.length], status, note, version: known.get(claimId)! };
            let res;
            try {
              requests++;
              res = await request(agent, writer.port, "POST", "/verdict", body);
            } catch {
              // The kill: this write is not acknowledged; it may or may not have committed.
              count("connection error");
              stop = true;
              break;
            }
            count(res.status);
            const b = res.body as { version?: number; current?: { version?: number } };
            if (res.status === 200 && typeof b.version === "number") {
              acks.push({ claimId, version: b.version, note, status, cycle });
              known.set(claimId, Math.max(known.get(claimId)!, b.version));
            } else if (res.status === 409 && typeof b.current?.version === "number") {
              refused.push(note);
              known.set(claimId, Math.max(known.get(claimId)!, b.current.version));
            } else {
              throw new Error(`unexpected ${res.status}: ${JSON.stringify(res.body)}`);
            }
          }
        };
        const started = performance.now();
        const running = Array.from({ length: CLIENTS }, (_, c) => client(c));
        // Kill at a random moment 1–2 s into the writes (later only if a busy machine has not
        // yet acknowledged a few dozen), with a request in flight on every client.
        await new Promise((r) => setTimeout(r, 1000 + Math.random() * 1000));
        while (acks.length - acksBefore < 30 && performance.now() - started < 30_000) await new Promise((r) => setTimeout(r, 20));
        await writer.kill();
        stop = true;
        await Promise.all(running);
        agent.destroy();
        perCycle.push({ acks: acks.length - acksBefore, requests, writeMs: Math.round(performance.now() - started) });
        expect(acks.length - acksBefore, `cycle ${cycle} wrote something before the kill`).toBeGreaterThanOrEqual(30);
      }

      // Restart on the same file: it opens (recovering the WAL) and takes writes again.
      const writer = await startWriter(file);
      const agent = new http.Agent({ keepAlive: true });
      const probe = claimIds[0];
      const current = (await request(agent, writer.port, "GET", `/claims/${probe}`)).body as { version: number };
      expect(current.version).toBeGreaterThanOrEqual(known.get(probe)!);
      const after = await request(agent, writer.port, "POST", "/verdict", {
        claimId: probe,
        actorId: userIds[0],
        status: "supported",
        note: "crash-check after restart",
        version: current.version,
      });
      expect(after.status).toBe(200);
      acks.push({ claimId: probe, version: (after.body as { version: number }).version, note: "crash-check after restart", status: "supported", cycle: 0 });
      agent.destroy();
      await writer.stop();

      const db = new Database(file);
      try {
        const report = checkInvariants(db);
        expect(report.integrity).toBe("ok");
        expect(report.ok, describeInvariants(report)).toBe(true);

        // Every acknowledged write: its event exists exactly once, on that claim, with that
        // verdict, at the position its version says; the claim is at least at that version; no
        // claim version was acknowledged twice (no lost update under concurrency); no 409 wrote.
        const ledger = checkLedger(db, new Map(acks.map((a) => [a.note, { claimId: a.claimId, version: a.version, status: a.status }])), refused);
        expect(ledger, JSON.stringify(ledger.examples)).toMatchObject({ missing: 0, duplicated: 0, misplaced: 0, behind: 0, versionCollisions: 0, refusedButWritten: 0 });
        expect(ledger.ok).toBe(true);
        // Writes that committed but whose answer the kill cut off: at most the ones in flight.
        const unacknowledged = ledger.unacknowledgedEvents;
        expect(report.verdictEvents).toBe(acks.length + unacknowledged);
        expect(unacknowledged).toBeLessThanOrEqual(KILL_CYCLES * CLIENTS);

        console.info(
          `crash test: ${KILL_CYCLES} SIGKILLs, ${acks.length} acknowledged writes all present, ${refused.length} 409s wrote nothing, ` +
            `${unacknowledged} committed-but-unanswered, responses ${JSON.stringify(Object.fromEntries(statuses))}, ` +
            `per cycle ${JSON.stringify(perCycle)}; ${describeInvariants(report)}`,
        );
      } finally {
        db.close();
      }
    },
    90_000,
  );
});
