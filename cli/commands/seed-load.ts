/**
 * `seed-load --claims 1000000 [--db data/load.db] [--articles N] [--seed S] [--days 90] [--force]`
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
import type Database from "better-sqlite3";
import { openDatabase } from "@/db/connection";
import { DASHBOARD_SUMMARY_TABLES, rebuildDashboardSummaries } from "@/db/queries/dashboard";
import { mulberry32 } from "@/lib/prng";

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN = 60_000;

type Options = {
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

const USAGE = `Usage: seed-load --claims N [--db FILE] [--articles N] [--seed S] [--days 90] [--reviewers 50] [--now ISO] [--force]
Fills a separate database (default data/load.db) with synthetic load data. Refuses to touch a
database that already holds data unless --force, which deletes the file first.
`;

function parseArgs(args: string[]): Options | string {
  const o: Options = {
    claims: 1_000_000,
    articles: 0,
    db: "data/load.db",
    seed: 1,
    days: 90,
    reviewers: 50,
    now: Date.now(),
    force: false,
    quiet: false,
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const int = (min: number) => {
      const v = value();
      const n = Number(v.replace(/_/g, ""));
      if (!Number.isSafeInteger(n) || n < min) throw new Error(`${a} must be an integer ≥ ${min}, not "${v}"`);
      return n;
    };
    try {
      if (a === "--claims") o.claims = int(1);
      else if (a === "--articles") o.articles = int(1);
      else if (a === "--db") o.db = value();
      else if (a === "--seed") o.seed = int(0);
      else if (a === "--days") o.days = int(1);
      else if (a === "--reviewers") o.reviewers = int(1);
      else if (a === "--now") {
        const t = Date.parse(value());
        if (Number.isNaN(t)) throw new Error("--now must be a date");
        o.now = t;
      } else if (a === "--force") o.force = true;
      else if (a === "--quiet") o.quiet = true;
      else if (a === "--help" || a === "-h") return USAGE;
      else throw new Error(`Unknown option ${a}`);
    } catch (error) {
      return `${(error as Error).message}\n\n${USAGE}`;
    }
  }
  if (o.articles === 0) o.articles = Math.max(1, Math.round(o.claims / 20));
  if (o.articles > o.claims) return `--articles (${o.articles}) cannot exceed --claims (${o.claims}).\n`;
  return o;
}

/** Seeded draws for synthetic data: uniform, integers, picks and a Gaussian. */
function prng(seed: number) {
  const next = mulberry32(seed >>> 0 || 0x9e3779b9);
  let spare: number | null = null;
  const gauss = () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = next() || 1e-12;
    const v = next();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    gauss,
    int: (n: number) => Math.floor(next() * n),
    /** Lognormal with the given median and σ (of the log). */
    lognormal: (median: number, sigma: number) => median * Math.exp(sigma * gauss()),
    exp: (mean: number) => -mean * Math.log(1 - next()),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

const FIRST = ["Ana", "Ben", "Carla", "Dev", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jon", "Kira", "Luis", "Mai", "Nils", "Olga", "Pablo", "Quinn", "Rosa", "Sami", "Tess", "Uma", "Vik", "Wen", "Xavi", "Yara", "Zoe"];
const LAST = ["Adler", "Baptiste", "Costa", "Dahl", "Eze", "Fischer", "García", "Haddad", "Ito", "Jensen", "Kowalski", "López", "Moreau", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi", "Silva", "Tanaka"];
const SUBJECTS = ["The city budget", "Unemployment", "The school board", "Hospital wait times", "Rent", "The new tax", "Crime", "Turnout", "Emissions", "The deficit", "Ridership", "Wages"];
const VERBS = ["rose", "fell", "grew", "dropped", "doubled", "climbed", "shrank", "stayed near"];
const SUBJECTS_ES = ["El presupuesto", "El desempleo", "La matrícula", "La espera", "El alquiler", "El impuesto", "La criminalidad", "La participación"];
const VERBS_ES = ["subió", "bajó", "creció", "cayó", "se duplicó", "aumentó"];

class Batcher {
  private readonly buffer: unknown[] = [];
  private rows = 0;
  private readonly full: Database.Statement;
  count = 0;
  constructor(
    private readonly client: Database.Database,
    private readonly head: string,
    private readonly columns: number,
    private readonly batch: number,
  ) {
    this.full = client.prepare(this.sql(batch));
  }
  private sql(rows: number) {
    const tuple = `(${Array(this.columns).fill("?").join(",")})`;
    return `${this.head} VALUES ${Array(rows).fill(tuple).join(",")}`;
  }
  push(...values: unknown[]) {
    for (const v of values) this.buffer.push(v);
    this.rows++;
    this.count++;
    if (this.rows === this.batch) {
      this.full.run(this.buffer);
      this.buffer.length = 0;
      this.rows = 0;
    }
  }
  flush() {
    if (this.rows > 0) this.client.prepare(this.sql(this.rows)).run(this.buffer);
    this.buffer.length = 0;
    this.rows = 0;
  }
}

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

export async function seedLoadCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    process.stderr.write(parsed);
    return parsed === USAGE ? 0 : 1;
  }
  try {
    const summary = seedLoad(parsed);
    process.stdout.write(
      `Loaded ${summary.file}: ${summary.users} users, ${summary.articles.toLocaleString("en-US")} articles, ` +
        `${summary.claims.toLocaleString("en-US")} claims, ${summary.events.toLocaleString("en-US")} events in ${summary.seconds.toFixed(1)} s ` +
        `(now = ${new Date(summary.now).toISOString()}).\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`seed-load: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** The loader itself; returns what it wrote. Throws if the target holds data and `force` is off. */
export function seedLoad(input: Partial<Options> & { claims: number }): SeedLoadSummary {
  const defaults = parseArgs([]) as Options;
  const o: Options = { ...defaults, ...input };
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

function generate(client: Database.Database, o: Options, log: (m: string) => void) {
  const r = prng(o.seed);
  const now = o.now;
  const start = now - o.days * DAY;

  // Reviewers: the first five are leads, who also create articles and assign work.
  const reviewerIds: number[] = [];
  const medians: number[] = []; // each reviewer's median time to first verdict
  const weights: number[] = [];
  const userInsert = client.prepare("INSERT INTO users (id, email, name, role, password_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)");
  client.transaction(() => {
    for (let i = 1; i <= o.reviewers; i++) {
      const name = `${FIRST[(i - 1) % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i > FIRST.length ? ` ${Math.ceil(i / FIRST.length)}` : ""}`;
      userInsert.run(i, `reviewer${String(i).padStart(3, "0")}@load.claimdesk.test`, name, i <= 5 ? "lead" : "editor", "!synthetic-no-login", start - 30 * DAY);
      reviewerIds.push(i);
      medians.push(2 * HOUR + r.next() * 12 * HOUR);
      weights.push(Math.exp(0.7 * r.gauss()));
    }
  })();
  const leads = reviewerIds.slice(0, Math.min(5, reviewerIds.length));
  const cumulative: number[] = [];
  weights.reduce((acc, w, i) => (cumulative[i] = acc + w), 0);
  const totalWeight = cumulative[cumulative.length - 1];
  const weightedReviewer = () => {
    const x = r.next() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo; // index into reviewerIds
  };

  // Article arrival times: weekdays ×2 weekends, working hours; ids ascend with time.
  const articleTimes = new Float64Array(o.articles);
  for (let i = 0; i < o.articles; i++) {
    let t: number;
    for (;;) {
      const day = Math.floor(start / DAY) + 1 + r.int(o.days);
      const dow = new Date(day * DAY).getUTCDay();
      if ((dow === 0 || dow === 6) && r.next() < 0.5) continue;
      const hour = Math.min(23.99, Math.max(0, 13 + 3.5 * r.gauss()));
      t = day * DAY + Math.floor(hour * HOUR) + r.int(HOUR / 60) * 1000;
      if (t < now - 10 * MIN) break;
    }
    articleTimes[i] = t;
  }
  articleTimes.sort();

  // Claims per article: 1 … 2×mean−1, adjusted to add up to exactly o.claims.
  const mean = o.claims / o.articles;
  const perArticle = new Int32Array(o.articles);
  let sum = 0;
  for (let i = 0; i < o.articles; i++) {
    perArticle[i] = Math.max(1, 1 + Math.floor(r.next() * (2 * mean - 1)));
    sum += perArticle[i];
  }
  while (sum !== o.claims) {
    const i = r.int(o.articles);
    if (sum < o.claims) {
      perArticle[i]++;
      sum++;
    } else if (perArticle[i] > 1) {
      perArticle[i]--;
      sum--;
    }
  }

  const articles = new Batcher(
    client,
    "INSERT INTO articles (id, title, byline, source_url, published_at, language, body, created_by, created_at)",
    9,
    50,
  );
  const claims = new Batcher(
    client,
    `INSERT INTO claims (id, article_id, start, "end", text, score, checkworthy, reasons, status, assignee_id, version, verdict_by, verdict_at, first_verdict_at, deleted_at, created_at, updated_at)`,
    17,
    50,
  );
  const events = new Batcher(client, "INSERT INTO claim_events (claim_id, actor_id, at, kind, from_status, to_status)", 6, 150);

  let claimId = 0;
  const cap = (t: number) => Math.min(t, now);
  const verdictPick = () => {
    const x = r.next();
    return x < 0.58 ? "supported" : x < 0.82 ? "disputed" : "needs_source";
  };

  const BATCH_ARTICLES = 5000;
  const begin = client.prepare("BEGIN");
  const commit = client.prepare("COMMIT");
  begin.run();
  for (let ai = 0; ai < o.articles; ai++) {
    const articleId = ai + 1;
    const created = articleTimes[ai];
    const es = r.next() < 0.22;
    const creator = r.pick(leads);
    const mainReviewer = weightedReviewer();
    const n = perArticle[ai];

    // Claim texts first: the body is their concatenation, so offsets are exact.
    const texts: string[] = [];
    for (let k = 0; k < n; k++) {
      const pct = 1 + r.int(60);
      const year = 2015 + r.int(10);
      texts.push(
        es
          ? `${r.pick(SUBJECTS_ES)} ${r.pick(VERBS_ES)} un ${pct}% en ${year}.`
          : `${r.pick(SUBJECTS)} ${r.pick(VERBS)} ${pct}% in ${year}.`,
      );
    }
    const body = texts.join(" ");
    const published = new Date(created - r.int(2) * DAY).toISOString().slice(0, 10);
    articles.push(
      articleId,
      `${es ? "Informe" : "Report"} ${articleId}: ${texts[0].slice(0, 40)}`,
      `${r.pick(FIRST)} ${r.pick(LAST)}`,
      `https://news.example/${articleId}`,
      published,
      es ? "es" : "en",
      body,
      creator,
      created,
    );

    let offset = 0;
    for (let k = 0; k < n; k++) {
      claimId++;
      const text = texts[k];
      const startOff = offset;
      offset += text.length + 1;
      const cw = r.next() < 0.72;
      const score = Math.round((cw ? 0.5 + 0.5 * r.next() : 0.5 * r.next()) * 1000) / 1000;
      let c = created + k * 37;
      if (r.next() < 0.03) c = Math.min(now - MIN, c + r.int(2 * DAY)); // added later (split/merge)
      let status = "unreviewed";
      let version = 1;
      let verdictBy: number | null = null;
      let verdictAt: number | null = null;
      let firstVerdictAt: number | null = null;
      let assignee: number | null = null;
      let last = c;
      const ev = (actor: number, at: number, kind: string, from: string | null = null, to: string | null = null) => {
        events.push(claimId, actor, at, kind, from, to);
        if (at > last) last = at;
      };
      ev(creator, c, "created", null, "unreviewed");
      const verdict = (actor: number, at: number, to: string, kind = "verdict") => {
        ev(actor, at, kind, status, to);
        status = to;
        verdictBy = actor;
        verdictAt = at;
        if (firstVerdictAt === null) firstVerdictAt = at;
        version++;
      };

      if (cw) {
        const reviewerIdx = r.next() < 0.8 ? mainReviewer : weightedReviewer();
        let readyAt = c;
        if (r.next() < 0.92) {
          assignee = reviewerIds[reviewerIdx];
          const at = cap(c + Math.round(r.exp(40 * MIN)));
          ev(creator, at, "assigned");
          version++;
          readyAt = at;
        }
        const reviewer = reviewerIds[reviewerIdx];
        const reused = r.next() < 0.07;
        const stuck = r.next() < 0.03;
        const ttv = reused ? 30_000 + r.exp(3 * MIN) : r.lognormal(medians[reviewerIdx], 1.1);
        const due = Math.round(c + ttv);
        // Evidence and comments along the way (only what has happened by now).
        if (!reused) {
          const nEvidence = 1 + r.int(3);
          for (let e = 0; e < nEvidence; e++) {
            const at = Math.round(readyAt + r.next() * Math.max(0, due - readyAt));
            if (at <= now) ev(reviewer, at, "evidence_added");
          }
        }
        const nComments = r.int(4);
        for (let e = 0; e < nComments; e++) {
          const at = Math.round(c + r.next() * (due + DAY - c));
          if (at <= now) ev(reviewerIds[weightedReviewer()], at, "comment");
        }
        if (!stuck && due <= now) {
          verdict(reviewer, due, verdictPick(), reused ? "reused" : "verdict");
          if (status === "needs_source" && r.next() < 0.6) {
            const at = Math.round(due + r.lognormal(20 * HOUR, 1));
            if (at <= now) {
              ev(reviewer, Math.round((due + at) / 2), "evidence_added");
              verdict(reviewer, at, r.next() < 0.7 ? "supported" : "disputed");
            }
          }
          if (r.next() < 0.025) {
            const at = Math.round(verdictAt! + r.lognormal(DAY, 1));
            if (at <= now) {
              ev(r.pick(leads), at, "reset", status, "unreviewed");
              status = "unreviewed";
              verdictBy = null;
              verdictAt = null;
              version++;
              const again = Math.round(at + r.lognormal(6 * HOUR, 1));
              if (r.next() < 0.7 && again <= now) verdict(reviewerIds[weightedReviewer()], again, verdictPick());
            }
          }
        }
      } else {
        // Not check-worthy: edits and comments, and the odd verdict anyway.
        const nTouches = 1 + r.int(3);
        for (let e = 0; e < nTouches; e++) {
          const at = Math.round(c + r.exp(DAY));
          if (at <= now) ev(reviewerIds[weightedReviewer()], at, r.next() < 0.5 ? "span_changed" : "comment");
        }
        if (r.next() < 0.06) {
          const at = Math.round(c + r.lognormal(DAY, 1));
          if (at <= now) verdict(reviewerIds[weightedReviewer()], at, r.next() < 0.8 ? "supported" : "disputed");
        }
      }

      let deletedAt: number | null = null;
      if (r.next() < 0.01) {
        const at = Math.round(last + r.exp(DAY));
        if (at <= now) {
          ev(creator, at, "deleted");
          deletedAt = at;
          version++;
        }
      }

      claims.push(
        claimId,
        articleId,
        startOff,
        startOff + text.length,
        text,
        score,
        cw ? 1 : 0,
        "[]",
        status,
        assignee,
        version,
        verdictBy,
        verdictAt,
        firstVerdictAt,
        deletedAt,
        c,
        last,
      );
    }

    if ((ai + 1) % BATCH_ARTICLES === 0 || ai + 1 === o.articles) {
      articles.flush();
      claims.flush();
      events.flush();
      commit.run();
      log(
        `articles ${(ai + 1).toLocaleString("en-US")}/${o.articles.toLocaleString("en-US")}, claims ${claims.count.toLocaleString("en-US")}, events ${events.count.toLocaleString("en-US")}`,
      );
      if (ai + 1 < o.articles) begin.run();
    }
  }
  return { users: reviewerIds.length, articles: articles.count, claims: claims.count, events: events.count };
}
