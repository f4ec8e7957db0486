/**
 * The load benchmark's throwaway database, built with the project's own functions (migrations,
 * demo seed, insertUser + argon2 hashPassword, createArticle, createApiToken), and the
 * "physical limit" measurement: the same verdict write as raw better-sqlite3 transactions.
 */
import fs from "node:fs";
import { openDatabase, type Db } from "@/db/connection";
import { createApiToken } from "@/db/api-tokens";
import { insertUser } from "@/db/users";
import type { Actor } from "@/services/actor";
import { importArticle } from "@/services/articles";
import { recordVerdict } from "@/services/claims";
import { seedDemo } from "@/services/demo";
import { VERDICTS, type Verdict } from "@/lib/vocabulary";
import { hashPassword } from "@/lib/passwords";

export type Reviewer = { id: number; email: string; name: string; password: string; token: string };

export type Dataset = {
  file: string;
  reviewers: Reviewer[];
  hot: number[];
  cold: number[];
  /** Claim id → version when the server starts (1 for every generated claim). */
  versions: Map<number, number>;
};

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

const SENTENCES = [
  "Unemployment fell to N% in March, the ministry said.",
  "The deficit grew by $N billion in 2023.",
  "Exports rose N% last year according to customs data.",
  "The city spent N million euros on roads in 2022.",
  "Hospital waiting lists grew by N% since 2019.",
  "Rents in the capital rose N% in a single year.",
];

function body(claims: number, salt: number): string {
  return Array.from({ length: claims }, (_, i) => SENTENCES[(i + salt) % SENTENCES.length].replace("N", String(2 + ((i * 13 + salt * 7) % 97)))).join(" ");
}

export async function prepareDataset(
  file: string,
  o: { reviewers: number; hot: number; cold: number; claimsPerArticle?: number },
): Promise<Dataset> {
  removeDatabaseFiles(file);
  const db = openDatabase(file);
  try {
    seedDemo(db); // what SEED_DEMO=1 would do on first start, so the app sees a normal database
    const reviewers: Reviewer[] = [];
    for (let i = 1; i <= o.reviewers; i++) {
      const email = `load-reviewer-${i}@bench.claimdesk.test`;
      const password = `load-bench-password-${i}`;
      const user = insertUser(db, { email, name: `Load Reviewer ${i}`, role: "editor", passwordHash: await hashPassword(password) });
      reviewers.push({ id: user.id, email, name: user.name, password, token: createApiToken(db, user.id, "load bench").token });
    }
    const needed = o.hot + o.cold;
    const per = o.claimsPerArticle ?? 50;
    const ids: number[] = [];
    for (let a = 0; ids.length < needed; a++) {
      const author: Actor = { id: reviewers[0].id, name: reviewers[0].name, role: "editor" };
      const { id } = await importArticle(db, author, { kind: "text", fields: { title: `Load article ${a + 1}`, body: body(per, a), language: "en" } }, { matching: "wait" });
      const rows = db.$client.prepare("SELECT id FROM claims WHERE article_id = ? ORDER BY id").all(id) as { id: number }[];
      ids.push(...rows.map((r) => r.id));
    }
    const chosen = ids.slice(0, needed);
    const versions = new Map<number, number>(chosen.map((id) => [id, 1]));
    return { file, reviewers, hot: chosen.slice(0, o.hot), cold: chosen.slice(o.hot), versions };
  } finally {
    db.$client.close(); // the last connection checkpoints and removes the -wal
  }
}

/** Picks a claim: `hotShare` of the picks go to the small hot set. */
export function claimPicker(data: Pick<Dataset, "hot" | "cold">, hotShare: number, random = Math.random): () => number {
  return () => (random() < hotShare || data.cold.length === 0 ? data.hot[Math.floor(random() * data.hot.length)] : data.cold[Math.floor(random() * data.cold.length)]);
}

export type RawResult = {
  transactions: number;
  seconds: number;
  txPerSecond: number;
  /** CPU time of this process during the loop, and transactions per CPU second (less sensitive to a busy machine). */
  cpuSeconds: number;
  txPerCpuSecond: number;
};

function result(transactions: number, t0: number, cpu0: NodeJS.CpuUsage): RawResult {
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { transactions, seconds, txPerSecond: transactions / seconds, cpuSeconds, txPerCpuSecond: transactions / cpuSeconds };
}

/**
 * The same write as the verdict API — UPDATE claims SET status, …, version = version + 1 WHERE
 * id = ? AND version = ?; INSERT INTO claim_events … — one BEGIN IMMEDIATE … COMMIT per write,
 * with prepared statements, in this process, on a copy of the benchmark database with the
 * app's pragmas (openDatabase: WAL, synchronous=NORMAL, foreign_keys=ON) and its triggers.
 */
export function measureRawWrites(file: string, data: Dataset, o: { transactions: number; hotShare: number }): RawResult {
  const db = openDatabase(file, { migrate: false });
  try {
    const c = db.$client;
    const begin = c.prepare("BEGIN IMMEDIATE");
    const commit = c.prepare("COMMIT");
    const update = c.prepare(
      `UPDATE claims SET status = ?, verdict_by = ?, verdict_at = ?, first_verdict_at = coalesce(first_verdict_at, ?), updated_at = ?, version = version + 1
       WHERE id = ? AND version = ? AND deleted_at IS NULL`,
    );
    const insert = c.prepare("INSERT INTO claim_events (claim_id, actor_id, at, kind, from_status, to_status, note, payload) VALUES (?, ?, ?, 'verdict', ?, ?, ?, NULL)");
    const state = new Map<number, { version: number; status: string }>(
      (c.prepare("SELECT id, version, status FROM claims").all() as { id: number; version: number; status: string }[]).map((r) => [r.id, r]),
    );
    const pick = claimPicker(data, o.hotShare);
    const actors = data.reviewers.map((r) => r.id);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < o.transactions; i++) {
      const id = pick();
      const s = state.get(id)!;
      const to: Verdict = VERDICTS[i % 3];
      const now = Date.now();
      begin.run();
      const changed = update.run(to, actors[i % actors.length], now, now, now, id, s.version).changes;
      if (changed !== 1) {
        c.exec("ROLLBACK");
        throw new Error(`raw write: claim ${id} was not at version ${s.version}`);
      }
      insert.run(id, actors[i % actors.length], now, s.status, to, `raw ${i}`);
      commit.run();
      s.version++;
      s.status = to;
    }
    return result(o.transactions, t0, cpu0);
  } finally {
    db.$client.close();
  }
}

/** The app's own write path (recordVerdict through drizzle) in this process: no HTTP, no auth. */
export async function measureAppWrites(file: string, data: Dataset, o: { transactions: number; hotShare: number }): Promise<RawResult> {
  const db: Db = openDatabase(file, { migrate: false });
  try {
    const versions = new Map<number, number>(
      (db.$client.prepare("SELECT id, version FROM claims").all() as { id: number; version: number }[]).map((r) => [r.id, r.version]),
    );
    const actors: Actor[] = data.reviewers.map((r) => ({ id: r.id, name: r.name, role: "editor" }));
    const pick = claimPicker(data, o.hotShare);
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < o.transactions; i++) {
      const claimId = pick();
      const view = await recordVerdict(db, actors[i % actors.length], { claimId, status: VERDICTS[i % 3], note: `app ${i}`, version: versions.get(claimId)! });
      versions.set(claimId, view.version);
    }
    return result(o.transactions, t0, cpu0);
  } finally {
    db.$client.close();
  }
}
