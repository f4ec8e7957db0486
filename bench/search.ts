/**
 * Claim search benchmark: `benchSearch(["--db", "data/load.db", "--runs", "9"])`.
 *
 * Opens the load database (creating it with seed-load, 1M claims, when missing; opening it
 * applies the migrations, whose first run builds the search index), checks the index against
 * the claims table and rebuilds it when they disagree, then times searchClaims — the count, the
 * ranked page and its snippets, exactly what GET /api/search runs — for representative queries:
 * common and very common words, a rare phrase, a word found nowhere, a phrase, Spanish, a prefix,
 * and the filters (status, language, reviewer, article, date ranges, combinations), plus a deep
 * page; then stemmed words (an English form, a Spanish-only form) and the claims-only scope. Each case: 2 warm-up calls, then the median of `--runs` (≥ 7) calls. Target: median < 50 ms.
 *
 * Two passes: the index as found (incremental writes — triggers, a load through them — leave
 * several segments per level that queries merge), then after `optimize` merges them into one
 * (what `search-index optimize` does; `--no-optimize` skips the second pass).
 *
 * The machine may be shared: besides wall time, each case reports the median CPU time of the
 * process during the call (user + system), which contention inflates much less, and the load
 * average. Baselines, timed the same way in the same run: `SELECT count(*) FROM claims` (trivial)
 * and the naive search without the index, `SELECT count(*) FROM claims WHERE deleted_at IS NULL
 * AND text LIKE '%budget%'` (a pass over all claims). "×naive" is the case's median ÷ naive's.
 *
 * Also times the matcher's read side (candidates from the index + similarity) for sample claims.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/connection";
import { matchCandidates } from "@/db/matches";
import { checkSearchIndex, optimizeSearchIndex, rebuildSearchIndex } from "@/db/search/index";
import { searchClaims } from "@/db/search/read";
import type { SearchInput } from "@/lib/search/query";
import { ftsQueryFor } from "@/lib/matching";
import { MATCH_CANDIDATES, MATCH_WINDOW, scoreCandidates } from "@/services/matches/scoring";
import { parseLoadBenchOptions } from "./load-options";
import { ensureLoadDatabase, timeSync, type Timing } from "./timing";

const TARGET_MS = 50;
const DAY_MS = 86_400_000;

type Case = { name: string; input: SearchInput };
type Pass = Timing & { ratio: number; underTarget: boolean };
type Result = Case & { total: number; order: string; asFound: Pass; optimized: Pass | null };


function pickCases(db: Db): Case[] {
  const sql = db.$client;
  const latest = sql.prepare("SELECT max(created_at) FROM claims").pluck().get() as number;
  const day = (daysBack: number) => new Date(latest - daysBack * DAY_MS).toISOString().slice(0, 10);
  const reviewer = sql.prepare("SELECT verdict_by AS id FROM claims WHERE verdict_by IS NOT NULL AND id > (SELECT max(id) - 20000 FROM claims) GROUP BY verdict_by ORDER BY count(*) DESC LIMIT 1").get() as
    | { id: number }
    | undefined;
  // A recent article with several claims, and one exact claim text (a rare phrase).
  const article = sql.prepare("SELECT article_id AS id FROM claims WHERE id > (SELECT max(id) - 2000 FROM claims) GROUP BY article_id ORDER BY count(*) DESC LIMIT 1").get() as
    | { id: number }
    | undefined;
  const sample = sql.prepare("SELECT text FROM claims WHERE deleted_at IS NULL AND id = (SELECT max(id) / 2 FROM claims)").pluck().get() as string | undefined;
  const rarePhrase = sample ? `"${sample.replace(/[".]/g, "")}"` : '"turnout fell 31% in 2016"';
  const cases: Case[] = [
    { name: "common word: budget", input: { q: "budget" } },
    { name: "very common word: rose", input: { q: "rose" } },
    { name: "rare phrase (one claim's text)", input: { q: rarePhrase } },
    { name: "word found nowhere: zeppelin", input: { q: "zeppelin" } },
    { name: 'phrase: "city budget"', input: { q: '"city budget"' } },
    { name: "two words: turnout 2019", input: { q: "turnout 2019" } },
    { name: "Spanish: desempleo", input: { q: "desempleo" } },
    { name: "prefix: unemp*", input: { q: "unemp*" } },
    { name: "budget, status=disputed", input: { q: "budget", status: "disputed" } },
    { name: "rose, language=en", input: { q: "rose", language: "en" } },
    { name: "budget, last 7 days", input: { q: "budget", from: day(6) } },
    { name: "budget, last 30 days", input: { q: "budget", from: day(29) } },
    { name: "rose, supported+en+last 60 days", input: { q: "rose", status: "supported", language: "en", from: day(59) } },
    { name: "rose, page 30", input: { q: "rose", page: 30 } },
    { name: "filters only: disputed, es", input: { status: "disputed", language: "es" } },
  ];
  if (reviewer) cases.push({ name: `rose, reviewerId=${reviewer.id}`, input: { q: "rose", reviewerId: reviewer.id } });
  if (article) cases.push({ name: `budget OR rent, articleId=${article.id}`, input: { q: "budget OR rent", articleId: article.id } });
  // Stemming and scope (added with them: no counterpart in earlier runs).
  cases.push(
    { name: "stemmed, EN: climb (→ climbed)", input: { q: "climb" } },
    { name: "stemmed, ES-only form: subir (→ subió)", input: { q: "subir" } },
    { name: "budget, scope=claims", input: { q: "budget", scope: "claims" } },
    { name: "filters only: articleId, scope=all", input: { articleId: article?.id ?? 1 } },
  );
  return cases;
}

export async function benchSearch(args: string[]): Promise<void> {
  const { switches, ...load } = parseLoadBenchOptions("benchSearch", args, ["--no-optimize"]);
  const o = { ...load, optimize: !switches.has("--no-optimize") };
  const file = path.resolve(o.db);
  ensureLoadDatabase(file, o.claims);
  const opened = performance.now();
  const db = openDatabase(file); // applies pending migrations (the first one builds the index)
  const openMs = performance.now() - opened;
  try {
    const sql = db.$client;
    const check = checkSearchIndex(db);
    let rebuilt: { claims: number; ms: number } | null = null;
    if (check.indexed !== check.live) {
      process.stderr.write(`search index has ${check.indexed} rows for ${check.live} live claims: rebuilding\n`);
      rebuilt = rebuildSearchIndex(db);
    }
    const counts = sql.prepare("SELECT (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM articles) AS articles").get() as { claims: number; articles: number };
    const cases = pickCases(db);

    const trivialStmt = sql.prepare("SELECT count(*) FROM claims");
    const trivial = timeSync(() => trivialStmt.pluck().get(), 2, o.runs);
    const naiveStmt = sql.prepare("SELECT count(*) FROM claims WHERE deleted_at IS NULL AND text LIKE '%budget%'");
    const naive = timeSync(() => naiveStmt.pluck().get(), 2, o.runs);

    const pass = (): { total: number; order: string; timing: Pass }[] =>
      cases.map((c) => {
        let last: ReturnType<typeof searchClaims> | null = null;
        const t = timeSync(() => (last = searchClaims(db, c.input)), 2, o.runs);
        const r = last as ReturnType<typeof searchClaims> | null;
        return { total: r?.total ?? 0, order: r?.order ?? "", timing: { ...t, ratio: t.medianMs / naive.medianMs, underTarget: t.medianMs < TARGET_MS } };
      });
    const asFound = pass();
    const optimizeMs = o.optimize ? optimizeSearchIndex(db).ms : null;
    const optimized = o.optimize ? pass() : null;
    const results: Result[] = cases.map((c, i) => ({
      ...c,
      total: asFound[i]!.total,
      order: asFound[i]!.order,
      asFound: asFound[i]!.timing,
      optimized: optimized?.[i]!.timing ?? null,
    }));

    // The matcher's read side for a few claims (what createArticle adds per check-worthy claim).
    const samples = sql
      .prepare("SELECT c.id, c.article_id AS articleId, c.text, a.language FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id IN (?, ?, ?, ?, ?)")
      .all(...[0.1, 0.3, 0.5, 0.7, 0.9].map((f) => Math.max(1, Math.round(counts.claims * f)))) as {
      id: number;
      articleId: number;
      text: string;
      language: "en" | "es";
    }[];
    const matching = timeSync(() => {
      for (const s of samples) {
        const terms = ftsQueryFor(s.text, s.language);
        if (terms) scoreCandidates(s.text, s.language, matchCandidates(db, s, terms, { limit: MATCH_CANDIDATES, window: MATCH_WINDOW }));
      }
    }, 1, o.runs);
    const perClaim = samples.length ? matching.medianMs / samples.length : 0;

    const fmt = (n: number) => n.toFixed(1).padStart(7);
    const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
    const all = results.flatMap((r) => [r.asFound, ...(r.optimized ? [r.optimized] : [])]);
    const worst = (key: "medianMs" | "cpuMs") => Math.max(...all.map((p) => p[key]));
    const cells = (p: Pass | null) => (p ? `${fmt(p.medianMs)} ${fmt(p.cpuMs)} ${p.ratio.toFixed(3).padStart(6)} ${p.underTarget ? "OK  " : "OVER"}` : "".padEnd(29));
    const lines = [
      `Search benchmark — ${file}`,
      `${counts.claims.toLocaleString("en-US")} claims (${check.live.toLocaleString("en-US")} live, indexed), ${counts.articles.toLocaleString("en-US")} articles; ` +
        `${o.runs} timed runs after 2 warm-ups; target median < ${TARGET_MS} ms; ${os.cpus().length} CPUs, load average ${load}`,
      `open + migrate ${(openMs / 1000).toFixed(1)} s${rebuilt ? `; index rebuilt in ${(rebuilt.ms / 1000).toFixed(1)} s` : "; index in sync"}` +
        (optimizeMs === null ? "" : `; optimize (between the passes) ${(optimizeMs / 1000).toFixed(1)} s`),
      `baseline, trivial: SELECT count(*) FROM claims                       median ${trivial.medianMs.toFixed(1)} ms`,
      `baseline, naive:   count of claims LIKE '%budget%' (no index)         median ${naive.medianMs.toFixed(1)} ms (cpu ${naive.cpuMs.toFixed(1)})`,
      "",
      `${"".padEnd(54)}${"index as found".padEnd(31)}${optimized ? "after optimize" : ""}`,
      `${"case".padEnd(32)} ${"total".padStart(7)} ${"order".padEnd(11)}  ${"median".padStart(7)} ${"cpu".padStart(7)} ×naive target  ${optimized ? `${"median".padStart(7)} ${"cpu".padStart(7)} ×naive target` : ""}`,
      ...results.map(
        (r) => `${r.name.slice(0, 32).padEnd(32)} ${String(r.total).padStart(7)} ${r.order.padEnd(11)} ${cells(r.asFound)}  ${cells(r.optimized)}`,
      ),
      "",
      `matching (read side: FTS candidates + similarity), ${samples.length} sample claims: median ${perClaim.toFixed(1)} ms per claim`,
      all.every((p) => p.underTarget)
        ? `All cases under ${TARGET_MS} ms (worst median ${worst("medianMs").toFixed(1)} ms, worst CPU ${worst("cpuMs").toFixed(1)} ms).`
        : `Some cases are OVER ${TARGET_MS} ms by wall time (worst median ${worst("medianMs").toFixed(1)} ms, worst CPU ${worst("cpuMs").toFixed(1)} ms).`,
    ];
    process.stdout.write(lines.join("\n") + "\n");
    if (o.json) {
      fs.mkdirSync(path.dirname(path.resolve(o.json)), { recursive: true });
      fs.writeFileSync(
        o.json,
        JSON.stringify(
          { file, ...counts, targetMs: TARGET_MS, loadAverage: os.loadavg(), trivialBaselineMs: trivial.medianMs, naiveBaselineMs: naive.medianMs, optimizeMs, matchingMsPerClaim: perClaim, results },
          null,
          2,
        ),
      );
    }
  } finally {
    db.$client.close();
  }
}
