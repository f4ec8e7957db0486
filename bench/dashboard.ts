/**
 * Dashboard benchmark: `benchDashboard(["--db", "data/load.db", "--runs", "9"])`.
 *
 * Opens the load database (creating it with seed-load, 1M claims, when missing), then times
 * dashboardData — the whole dashboard's figures — for the default filters and several
 * filter combinations: 2 warm-up calls, then the median of `--runs` (≥ 7) calls each, flagged
 * against the 150 ms target. Same-run baselines put the numbers in proportion to this machine's
 * speed and load (on a busy machine every number grows, the ratios much less):
 * - scan: `SELECT count(*) FROM claims WHERE +id > 0`, one pass over the claims table (the `+`
 *   stops SQLite answering a bare count(*) from its cached b-tree count in 0.1 ms);
 * - naive: ONE dashboard figure computed without the summaries, `SELECT status, count(*) FROM
 *   claims WHERE deleted_at IS NULL AND checkworthy = 1 GROUP BY status`.
 * "×scan" and "×naive" are the dashboard's median divided by each.
 */
import fs from "node:fs";
import path from "node:path";
import { openDatabase, type Db } from "@/db/connection";
import { dashboardData, type DashboardFiltersInput } from "@/services/dashboard";
import { isoDayOfUtcDay, utcDayOf, DAY_MS } from "@/lib/vocabulary";
import { parseLoadBenchOptions } from "./load-options";
import { ensureLoadDatabase, timeSync } from "./timing";

const TARGET_MS = 150;

type Case = { name: string; filters: DashboardFiltersInput };
type Result = {
  name: string;
  filters: DashboardFiltersInput;
  medianMs: number;
  minMs: number;
  maxMs: number;
  firstMs: number;
  ratioScan: number;
  ratioNaive: number;
  underTarget: boolean;
};


function pickCases(db: Db, now: number): Case[] {
  const sql = db.$client;
  const reviewer = sql
    .prepare("SELECT actor_id AS id FROM dash_verdict_daily WHERE day >= ? GROUP BY actor_id ORDER BY sum(n) DESC LIMIT 1")
    .get(utcDayOf(now) - 29) as { id: number } | undefined;
  const article = sql
    .prepare("SELECT article_id AS id FROM dash_article_stats WHERE created_at >= ? ORDER BY claims DESC LIMIT 1")
    .get(now - 30 * DAY_MS) as { id: number } | undefined;
  const today = utcDayOf(now);
  const cases: Case[] = [
    { name: "default (last 30 days)", filters: {} },
    { name: "language=es", filters: { language: "es" } },
    { name: "full 90 days, sort=title", filters: { from: isoDayOfUtcDay(today - 89), to: isoDayOfUtcDay(today), sort: "title" } },
    { name: "last 7 days, sort=progress, page 3", filters: { from: isoDayOfUtcDay(today - 6), sort: "progress", page: 3 } },
  ];
  if (reviewer) {
    cases.push({ name: `reviewerId=${reviewer.id}`, filters: { reviewerId: reviewer.id } });
    cases.push({ name: `reviewerId=${reviewer.id}, es, 90 days`, filters: { reviewerId: reviewer.id, language: "es", from: isoDayOfUtcDay(today - 89) } });
  }
  if (article) cases.push({ name: `articleId=${article.id}`, filters: { articleId: article.id } });
  return cases;
}

export async function benchDashboard(args: string[]): Promise<void> {
  const o = parseLoadBenchOptions("benchDashboard", args);
  const file = path.resolve(o.db);
  ensureLoadDatabase(file, o.claims);
  const db = openDatabase(file);
  try {
    const sql = db.$client;
    const counts = sql.prepare("SELECT (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM articles) AS articles, (SELECT max(created_at) FROM claims) AS latest").get() as {
      claims: number;
      articles: number;
      latest: number | null;
    };
    // The load data is relative to when it was generated; anchor "now" to it if it has aged.
    let now = Date.now();
    if (counts.latest !== null && now - counts.latest > DAY_MS) {
      now = counts.latest + 10 * 60_000;
      process.stderr.write(`load data is older than a day: using now = ${new Date(now).toISOString()}\n`);
    }
    const cases = pickCases(db, now);

    const scanStmt = sql.prepare("SELECT count(*) FROM claims WHERE +id > 0");
    const scan = timeSync(() => scanStmt.pluck().get(), 2, o.runs);
    const naiveStmt = sql.prepare("SELECT status, count(*) FROM claims WHERE deleted_at IS NULL AND checkworthy = 1 GROUP BY status");
    const naive = timeSync(() => naiveStmt.all(), 2, o.runs);

    const results: Result[] = cases.map((c) => {
      const t = timeSync(() => dashboardData(db, c.filters, now), 2, o.runs);
      return {
        name: c.name,
        filters: c.filters,
        ...t,
        ratioScan: t.medianMs / scan.medianMs,
        ratioNaive: t.medianMs / naive.medianMs,
        underTarget: t.medianMs < TARGET_MS,
      };
    });

    const fmt = (n: number) => n.toFixed(1).padStart(7);
    const lines = [
      `Dashboard benchmark — ${file}`,
      `${counts.claims.toLocaleString("en-US")} claims, ${counts.articles.toLocaleString("en-US")} articles; ${o.runs} timed runs after 2 warm-ups; target median < ${TARGET_MS} ms`,
      `baseline scan:  one pass over claims (count(*) … WHERE +id > 0)       median ${scan.medianMs.toFixed(1)} ms`,
      `baseline naive: claims by status from the claims table (one figure)  median ${naive.medianMs.toFixed(1)} ms`,
      "",
      `${"case".padEnd(38)} ${"median".padStart(7)} ${"min".padStart(7)} ${"max".padStart(7)} ${"first".padStart(7)}  ×scan ×naive  target`,
      ...results.map(
        (r) =>
          `${r.name.padEnd(38)} ${fmt(r.medianMs)} ${fmt(r.minMs)} ${fmt(r.maxMs)} ${fmt(r.firstMs)} ${r.ratioScan.toFixed(2).padStart(6)} ${r.ratioNaive.toFixed(2).padStart(6)}  ${r.underTarget ? "OK" : "OVER"}`,
      ),
      "",
      results.every((r) => r.underTarget) ? `All cases under ${TARGET_MS} ms.` : `Some cases are OVER ${TARGET_MS} ms.`,
    ];
    process.stdout.write(lines.join("\n") + "\n");
    if (o.json) {
      fs.mkdirSync(path.dirname(path.resolve(o.json)), { recursive: true });
      fs.writeFileSync(o.json, JSON.stringify({ file, ...counts, now, targetMs: TARGET_MS, scanBaselineMs: scan.medianMs, naiveBaselineMs: naive.medianMs, results }, null, 2));
    }
  } finally {
    db.$client.close();
  }
}
