/**
 * Synthetic load data for benchmarks (the CLI's `seed-load --claims 1000000 [--db data/load.db] [--articles N] [--seed S] [--days 90] [--force]`).
 *
 * Fills a SEPARATE database with realistic synthetic load data for benchmarks: by default
 * 1M claims over 50k articles, ~6M claim events, 50 reviewers, spread over the last 90 days.
 *
 * Distributions (all from a seeded PRNG, so a seed always gives the same data for a given --now):
 * - articles arrive on weekdays more than weekends, mostly in working hours; 78% English;
 *   1–2×(claims/articles) claims each, 72% of them check-worthy;
 * - each article has a main reviewer (productivity varies ~4× between reviewers); check-worthy
 *   claims are assigned (92%), get evidence, comments and a first verdict after a lognormal
 *   delay (reviewer median 2–14 h, σ = 1.1), or within minutes when reused (7%);
 *   verdicts are 58% supported / 24% disputed / 18% needs a source, most needs-source
 *   claims are settled later, 2.5% are reset and re-judged, 3% stay stuck;
 *   anything due after "now" is still open, which makes a realistic recent backlog;
 * - 1% of claims are soft-deleted.
 *
 * Speed: the schema comes from the real migrations, then the secondary indexes and the
 * dashboard triggers are dropped, rows go in through multi-row prepared INSERTs in large
 * transactions with journal_mode=OFF / synchronous=OFF, indexes are rebuilt in one sort
 * each, the dashboard summaries are computed with INSERT…SELECT, and the triggers and WAL
 * mode are restored. Evidence rows and comment bodies are not generated (events only).
 */
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "../../connection";
import { DASHBOARD_SUMMARY_TABLES, rebuildDashboardSummaries } from "../../dashboard/summaries";
import { generate } from "./generate";

export type SeedLoadOptions = {
  claims: number;
  articles: number;
  db: string;
  seed: number;
  days: number;
  reviewers: number;
  now: number;
  force: boolean;
  quiet: boolean;
};

export type SeedLoadSummary = {
  file: string;
  users: number;
  articles: number;
  claims: number;
  events: number;
  seconds: number;
  now: number;
};

export const SEED_LOAD_DEFAULTS = (): SeedLoadOptions => ({
  claims: 1_000_000,
  articles: 0,
  db: "data/load.db",
  seed: 1,
  days: 90,
  reviewers: 50,
  now: Date.now(),
  force: false,
  quiet: false,
});

function hasData(file: string): boolean {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return false;
  const db = openDatabase(file, { migrate: false });
  try {
    const tables = new Set(
      (db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name),
    );
    for (const t of ["users", "articles", "claims"]) {
      if (tables.has(t) && db.$client.prepare(`SELECT 1 FROM ${t} LIMIT 1`).get()) return true;
    }
    return tables.size > 0 && !tables.has("claims");
  } finally {
    db.$client.close();
  }
}

function removeDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

/** The loader itself; returns what it wrote. Throws if the target holds data and `force` is off. */
export function seedLoad(input: Partial<SeedLoadOptions> & { claims: number }): SeedLoadSummary {
  const o: SeedLoadOptions = { ...SEED_LOAD_DEFAULTS(), ...input };
  if (!input.articles) o.articles = Math.max(1, Math.round(o.claims / 20));
  const file = path.resolve(o.db);
  const log = (msg: string) => {
    if (!o.quiet) process.stderr.write(`[seed-load ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${msg}\n`);
  };
  const t0 = performance.now();

  if (hasData(file)) {
    if (!o.force) throw new Error(`${file} already holds data; pass --force to delete it and start over.`);
    log(`--force: deleting ${file}`);
  }
  if (o.force) removeDatabase(file);

  const db = openDatabase(file);
  const client = db.$client;
  try {
    log(`schema ready; loading ${o.claims.toLocaleString("en-US")} claims over ${o.articles.toLocaleString("en-US")} articles, ${o.days} days`);
    client.pragma("journal_mode = OFF");
    client.pragma("synchronous = OFF");
    client.pragma("foreign_keys = OFF");
    client.pragma("cache_size = -524288"); // 512 MiB
    client.pragma("temp_store = MEMORY");

    // Drop secondary indexes and the dashboard triggers; recreate both after the load.
    const saved = client
      .prepare(
        `SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master
         WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN ('articles', 'claims', 'claim_events', ${DASHBOARD_SUMMARY_TABLES.map((t) => `'${t}'`).join(", ")}))
           OR (type = 'trigger' AND name LIKE 'dash\\_%' ESCAPE '\\'))`,
      )
      .all() as { type: "index" | "trigger"; name: string; tbl: string; sql: string }[];
    for (const s of saved) client.exec(`DROP ${s.type.toUpperCase()} ${s.name}`);

    const counts = generate(client, o, log);

    const isSummary = (s: { tbl: string }) => (DASHBOARD_SUMMARY_TABLES as readonly string[]).includes(s.tbl);
    for (const s of saved.filter((x) => x.type === "index" && !isSummary(x))) {
      client.exec(s.sql);
      log(`index ${s.name}`);
    }
    rebuildDashboardSummaries(client);
    log("dashboard summaries computed");
    for (const s of saved.filter((x) => x.type === "index" && isSummary(x))) client.exec(s.sql);
    for (const s of saved.filter((x) => x.type === "trigger")) client.exec(s.sql);
    log("summary indexes and triggers restored");

    client.pragma("foreign_keys = ON");
    client.pragma("synchronous = NORMAL");
    client.pragma("journal_mode = WAL");
    client.exec("PRAGMA optimize");
    const seconds = (performance.now() - t0) / 1000;
    log(`done: ${counts.events.toLocaleString("en-US")} events`);
    return { file, ...counts, seconds, now: o.now };
  } finally {
    client.close();
  }
}
