/**
 * Verdict API under load: `npm run bench:load [-- options]`.
 *
 * Per run (default 3 runs; medians at the end):
 *  1. a throwaway database (data/load-bench.db, deleted first): migrations, the demo seed,
 *     N reviewers (insertUser + argon2), articles (createArticle) giving a hot set of claims
 *     and a larger cold set, one API token per reviewer (createApiToken);
 *  2. the physical limit, on copies of that database with the app's pragmas: the same verdict
 *     write (UPDATE claims … WHERE id = ? AND version = ?; INSERT claim_events) as raw
 *     better-sqlite3 transactions in one process, and the app's recordVerdict the same way;
 *  3. the BUILT app (`next start`, in its own process group; `next build` first if there is
 *     no .next/BUILD_ID) on that database, the reviewers signed in with the Auth.js
 *     credentials flow (or API tokens: --auth), a warm-up, then autocannon with C connections
 *     for a fixed number of POST /api/claims/:id/verdict requests, half of them (--hot-share)
 *     on the hot claims, each sending the version last seen for its claim (bench/load/drive.ts);
 *  4. after the server stops, the database: integrity_check, the version/event invariant, and
 *     the ledger of answers: every 200 has exactly one verdict event at the version it was
 *     told, every 409 wrote nothing, verdict events == 200s.
 *
 * Targets (2-core machine): ≥ 1,000 acknowledged writes/s, p99 ≤ 50 ms, nothing lost.
 * Output: a table per run, a summary of medians, and one JSON line (last line of stdout).
 * Exit code: 1 if the database check fails in any run (something lost or inconsistent), else 0;
 * missed speed targets are reported, not failed (the numbers depend on the machine's load).
 *
 * Options: --runs 3 --requests 20000 --warmup 2000 --connections 50 --reviewers 10 --hot 20
 *          --cold 2000 --hot-share 0.5 --auth session|token|mixed --raw-tx 20000
 *          --db data/load-bench.db --keep (leave the database) --json FILE (also write the JSON)
 *          --cpu-prof (run the server with node --cpu-prof and print where its CPU time went)
 *          --breakdown N (after the measured phase, N requests per layer: health, /api/me with a
 *          token and with a session, verdict with a token and with a session; bench/load/breakdown.ts)
 */
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { authHeaders, type AuthMode } from "./load/auth";
import { drive, newLedger, type PhaseResult } from "./load/drive";
import { layerBreakdown, type LayerResult } from "./load/breakdown";
import { describeProfiles } from "./load/profile";
import { ensureBuild, startServer } from "./load/server";
import { claimPicker, measureAppWrites, measureRawWrites, prepareDataset, removeDatabaseFiles, type RawResult } from "./load/setup";
import { checkInvariants, checkLedger, describeInvariants, type InvariantReport, type LedgerReport } from "./load/verify";
import { median } from "./timing";

const TARGET_ACK_PER_S = 1000;
const TARGET_P99_MS = 50;

type Options = {
  runs: number;
  requests: number;
  warmup: number;
  connections: number;
  reviewers: number;
  hot: number;
  cold: number;
  hotShare: number;
  auth: AuthMode;
  rawTx: number;
  db: string;
  keep: boolean;
  json: string;
  cpuProf: boolean;
  breakdown: number;
};

function parse(args: string[]): Options {
  const o: Options = {
    runs: 3,
    requests: 20_000,
    warmup: 2_000,
    connections: 50,
    reviewers: 10,
    hot: 20,
    cold: 2_000,
    hotShare: 0.5,
    auth: "session",
    rawTx: 20_000,
    db: "data/load-bench.db",
    keep: false,
    json: "",
    cpuProf: false,
    breakdown: 0,
  };
  const int = (a: string, v: string | undefined, min: number) => {
    const n = Number(v?.replace(/_/g, ""));
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`${a} must be an integer ≥ ${min}`);
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const v = args[i + 1];
    switch (a) {
      case "--runs": o.runs = int(a, v, 1); i++; break;
      case "--requests": o.requests = int(a, v, 1); i++; break;
      case "--warmup": o.warmup = int(a, v, 0); i++; break;
      case "--connections": o.connections = int(a, v, 1); i++; break;
      case "--reviewers": o.reviewers = int(a, v, 1); i++; break;
      case "--hot": o.hot = int(a, v, 1); i++; break;
      case "--cold": o.cold = int(a, v, 0); i++; break;
      case "--raw-tx": o.rawTx = int(a, v, 1); i++; break;
      case "--hot-share":
        o.hotShare = Number(v);
        if (!(o.hotShare >= 0 && o.hotShare <= 1)) throw new Error("--hot-share must be between 0 and 1");
        i++;
        break;
      case "--auth":
        if (v !== "session" && v !== "token" && v !== "mixed") throw new Error("--auth must be session, token or mixed");
        o.auth = v;
        i++;
        break;
      case "--db": o.db = v ?? o.db; i++; break;
      case "--json": o.json = v ?? ""; i++; break;
      case "--keep": o.keep = true; break;
      case "--cpu-prof": o.cpuProf = true; break;
      case "--breakdown": o.breakdown = int(a, v, 1); i++; break;
      default:
        throw new Error(`bench:load: unknown option ${a}\n(see the comment at the top of bench/load.ts for the options)`);
    }
  }
  if (o.requests < o.connections) throw new Error("--requests must be at least --connections");
  return o;
}

const t0 = performance.now();
function log(msg: string) {
  process.stderr.write(`[load ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)}s] ${msg}\n`);
}

type RunResult = {
  run: number;
  loadAverage: number;
  raw: RawResult;
  app: RawResult;
  warmup: PhaseResult | null;
  measured: PhaseResult;
  ratio: number;
  /** CPU time of the server's processes and of the load generator during the measured phase. */
  serverCpuSeconds: number;
  generatorCpuSeconds: number;
  serverCpuMsPerRequest: number;
  /** Acknowledged writes per server CPU second ÷ raw transactions per CPU second. */
  cpuRatio: number;
  layers: LayerResult[];
  invariants: InvariantReport;
  ledger: LedgerReport;
  verdictEvents: number;
  acknowledgedTotal: number;
  consistent: boolean;
  serverErrors: string[];
};

async function oneRun(o: Options, run: number): Promise<RunResult> {
  const file = path.resolve(o.db);
  const loadAverage = os.loadavg()[0];
  log(`run ${run}/${o.runs}: preparing ${file} (${o.reviewers} reviewers, ${o.hot} hot + ${o.cold} cold claims); load average ${loadAverage.toFixed(2)}`);
  const data = await prepareDataset(file, { reviewers: o.reviewers, hot: o.hot, cold: o.cold });

  // The physical limit, before the server starts, so nothing else competes for the CPU.
  const scratch = `${file}.raw`;
  removeDatabaseFiles(scratch);
  fs.copyFileSync(file, scratch);
  const raw = measureRawWrites(scratch, data, { transactions: o.rawTx, hotShare: o.hotShare });
  removeDatabaseFiles(scratch);
  fs.copyFileSync(file, scratch);
  const app = await measureAppWrites(scratch, data, { transactions: Math.max(1, Math.round(o.rawTx / 4)), hotShare: o.hotShare });
  removeDatabaseFiles(scratch);
  log(`raw better-sqlite3: ${fmt(raw.txPerSecond)} tx/s; recordVerdict in-process: ${fmt(app.txPerSecond)} tx/s`);

  const logFile = `${file}.server.log`;
  const profDir = `${file}.prof-${run}`;
  if (o.cpuProf) fs.rmSync(profDir, { recursive: true, force: true });
  const server = await startServer({
    logFile,
    env: {
      DATABASE_URL: file,
      AUTH_SECRET: "load-bench-secret-not-for-production-0123456789abcdef",
      AUTH_TRUST_HOST: "true",
      SEED_DEMO: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    nodeArgs: o.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [],
  });
  const ledger = newLedger();
  let warmup: PhaseResult | null = null;
  let measured: PhaseResult;
  let serverCpuSeconds = Number.NaN;
  let layers: LayerResult[] = [];
  let generatorCpuSeconds = Number.NaN;
  try {
    log(`next start on ${server.url} (pid ${server.pid}); signing in ${o.reviewers} reviewers (${o.auth})`);
    const headers = await authHeaders(server.url, data.reviewers, o.auth);
    const common = { url: server.url, headers, pick: claimPicker(data, o.hotShare), versions: data.versions, ledger, connections: o.connections };
    if (o.warmup > 0) {
      warmup = await drive({ ...common, label: "warm-up", amount: Math.max(o.warmup, o.connections), noteTag: `r${run}w` });
      log(`warm-up: ${warmup.requests} requests, ${fmt(warmup.requestsPerSecond)} req/s`);
    }
    const serverCpu0 = server.cpuSeconds();
    const generatorCpu0 = process.cpuUsage();
    measured = await drive({ ...common, label: "measured", amount: o.requests, noteTag: `r${run}m` });
    serverCpuSeconds = server.cpuSeconds() - serverCpu0;
    const g = process.cpuUsage(generatorCpu0);
    generatorCpuSeconds = (g.user + g.system) / 1e6;
    log(`measured: ${measured.requests} requests in ${measured.seconds.toFixed(2)} s`);
    if (o.breakdown) {
      log(`layer breakdown: ${o.breakdown} requests per layer`);
      layers = await layerBreakdown({
        server,
        sessionHeaders: o.auth === "session" ? headers : await authHeaders(server.url, data.reviewers, "session"),
        tokenHeaders: o.auth === "token" ? headers : await authHeaders(server.url, data.reviewers, "token"),
        pick: common.pick,
        versions: data.versions,
        ledger,
        amount: Math.max(o.breakdown, o.connections),
        connections: o.connections,
      });
    }
  } finally {
    await server.stop();
  }

  if (o.cpuProf) log(describeProfiles(profDir));

  // The server is stopped: read what it left.
  const db = new Database(file);
  let invariants: InvariantReport;
  let ledgerReport: LedgerReport;
  let verdictEvents: number;
  try {
    invariants = checkInvariants(db);
    ledgerReport = checkLedger(db, ledger.acked, [...ledger.conflicted, ...ledger.other.keys()]);
    verdictEvents = (db.prepare("SELECT count(*) AS n FROM claim_events WHERE kind = 'verdict'").get() as { n: number }).n;
  } finally {
    db.close();
  }
  const unanswered = ledger.sent - ledger.acked.size - ledger.conflicted.size - ledger.other.size;
  // Every 200 is one verdict event; more events than 200s only if answers were lost (timeouts).
  const consistent =
    invariants.ok && ledgerReport.ok && (verdictEvents === ledger.acked.size || (verdictEvents > ledger.acked.size && verdictEvents - ledger.acked.size <= unanswered));
  const serverLog = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "";
  const serverErrors = serverLog.split("\n").filter((l) => /error/i.test(l)).slice(0, 5);
  if (!o.keep) {
    removeDatabaseFiles(file);
    fs.rmSync(logFile, { force: true });
  }
  return {
    run,
    loadAverage,
    raw,
    app,
    warmup,
    measured: measured!,
    ratio: measured!.acknowledgedPerSecond / raw.txPerSecond,
    serverCpuSeconds,
    generatorCpuSeconds,
    serverCpuMsPerRequest: (1000 * serverCpuSeconds) / measured!.requests,
    cpuRatio: measured!.acknowledged / serverCpuSeconds / raw.txPerCpuSecond,
    layers,
    invariants,
    ledger: ledgerReport,
    verdictEvents,
    acknowledgedTotal: ledger.acked.size,
    consistent,
    serverErrors,
  };
}

function fmt(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}


function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r, i) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ") + (i === 0 ? `\n${widths.map((w) => "-".repeat(w)).join("  ")}` : "")).join("\n");
}

function statusText(s: Record<string, number>): string {
  const others = Object.entries(s).filter(([k]) => k !== "200" && k !== "409");
  return `200: ${s["200"] ?? 0}, 409: ${s["409"] ?? 0}, other: ${others.length ? others.map(([k, v]) => `${k}×${v}`).join(" ") : 0}`;
}

async function main(argv: string[]): Promise<number> {
  const o = parse(argv);
  log(`${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}; ${o.runs} run(s) of ${fmt(o.requests)} requests, ${o.connections} connections`);
  ensureBuild(log);
  const runs: RunResult[] = [];
  for (let r = 1; r <= o.runs; r++) runs.push(await oneRun(o, r));

  const header = ["run", "req/s", "acked/s", "p50 ms", "p99 ms", "max ms", "200", "409", "other", "errors", "raw tx/s", "app tx/s", "ratio", "srv CPU ms/req", "CPU ratio", "load avg", "DB check"];
  const rows = runs.map((x) => [
    String(x.run),
    fmt(x.measured.requestsPerSecond),
    fmt(x.measured.acknowledgedPerSecond),
    fmt(x.measured.latency.p50),
    fmt(x.measured.latency.p99),
    fmt(x.measured.latency.max),
    String(x.measured.statuses["200"] ?? 0),
    String(x.measured.statuses["409"] ?? 0),
    String(Object.entries(x.measured.statuses).filter(([k]) => k !== "200" && k !== "409").reduce((a, [, v]) => a + v, 0)),
    String(x.measured.errors),
    fmt(x.raw.txPerSecond),
    fmt(x.app.txPerSecond),
    fmt(x.ratio, 3),
    fmt(x.serverCpuMsPerRequest, 2),
    fmt(x.cpuRatio, 3),
    fmt(x.loadAverage, 2),
    x.consistent ? "ok" : "FAILED",
  ]);
  const med = {
    requestsPerSecond: median(runs.map((x) => x.measured.requestsPerSecond)),
    acknowledgedPerSecond: median(runs.map((x) => x.measured.acknowledgedPerSecond)),
    p50Ms: median(runs.map((x) => x.measured.latency.p50)),
    p99Ms: median(runs.map((x) => x.measured.latency.p99)),
    rawTxPerSecond: median(runs.map((x) => x.raw.txPerSecond)),
    appTxPerSecond: median(runs.map((x) => x.app.txPerSecond)),
    ratio: median(runs.map((x) => x.ratio)),
    serverCpuMsPerRequest: median(runs.map((x) => x.serverCpuMsPerRequest)),
    cpuRatio: median(runs.map((x) => x.cpuRatio)),
    loadAverage: median(runs.map((x) => x.loadAverage)),
  };
  if (runs.length > 1) {
    rows.push([
      "median",
      fmt(med.requestsPerSecond),
      fmt(med.acknowledgedPerSecond),
      fmt(med.p50Ms),
      fmt(med.p99Ms),
      "",
      "",
      "",
      "",
      "",
      fmt(med.rawTxPerSecond),
      fmt(med.appTxPerSecond),
      fmt(med.ratio, 3),
      fmt(med.serverCpuMsPerRequest, 2),
      fmt(med.cpuRatio, 3),
      fmt(med.loadAverage, 2),
      runs.every((x) => x.consistent) ? "ok" : "FAILED",
    ]);
  }

  const allConsistent = runs.every((x) => x.consistent);
  const meets = { acknowledgedPerSecond: med.acknowledgedPerSecond >= TARGET_ACK_PER_S, p99: med.p99Ms <= TARGET_P99_MS, nothingLost: allConsistent };
  const out: string[] = [];
  out.push("");
  out.push(`Verdict API under load: POST /api/claims/:id/verdict, ${o.connections} connections, ${fmt(o.requests)} requests per run (after ${fmt(o.warmup)} warm-up),`);
  out.push(`${o.hot} hot claims get ${Math.round(o.hotShare * 100)}% of the requests, ${fmt(o.cold)} cold claims the rest; auth: ${o.auth}; ${os.cpus().length} CPUs.`);
  out.push("raw tx/s = the same UPDATE+INSERT as raw better-sqlite3 transactions in one process; app tx/s = recordVerdict in one process (¼ as many);");
  out.push("ratio = acknowledged (200) writes/s over HTTP ÷ raw tx/s. srv CPU ms/req = CPU time of the next start process group per");
  out.push("answered request; CPU ratio = acknowledged writes per server CPU second ÷ raw tx per CPU second (both hold up on a busy machine).");
  out.push("");
  out.push(table([header, ...rows]));
  out.push("");
  for (const x of runs) {
    out.push(
      `run ${x.run}: ${statusText(x.measured.statuses)}; connection errors ${x.measured.errors} (timeouts ${x.measured.timeouts}); ` +
        `DB: ${x.verdictEvents} verdict events for ${x.acknowledgedTotal} acknowledged (200) writes incl. warm-up; ` +
        `lost ${x.ledger.missing}, duplicated ${x.ledger.duplicated}, misplaced ${x.ledger.misplaced}, 409s written ${x.ledger.refusedButWritten}, ` +
        `version collisions ${x.ledger.versionCollisions}; ${describeInvariants(x.invariants)}`,
    );
    if (x.ledger.examples.length) out.push(`  examples: ${JSON.stringify(x.ledger.examples)}`);
    if (x.serverErrors.length) out.push(`  server log: ${x.serverErrors.join(" | ")}`);
  }
  for (const x of runs.filter((r) => r.layers.length)) {
    out.push("");
    out.push(`run ${x.run}: where a request's server time goes (each layer adds to the one above):`);
    out.push(
      table([
        ["layer", "req/s", "p50 ms", "p99 ms", "srv CPU ms/req", "statuses"],
        ...x.layers.map((l) => [l.layer, fmt(l.requestsPerSecond), fmt(l.p50), fmt(l.p99), fmt(l.serverCpuMsPerRequest, 2), JSON.stringify(l.statuses)]),
      ]),
    );
    const ms = (i: number) => x.layers[i]?.serverCpuMsPerRequest ?? Number.NaN;
    out.push(
      `  server CPU per request: Next.js + route handler ${fmt(ms(0), 2)} ms; token auth +${fmt(ms(1) - ms(0), 2)} ms; ` +
        `session auth (Auth.js) +${fmt(ms(2) - ms(0), 2)} ms; the verdict itself (body, zod, lookups, recordVerdict) +${fmt(ms(3) - ms(1), 2)} ms ` +
        `(raw write ${fmt(1000 / x.raw.txPerCpuSecond, 2)} ms, recordVerdict ${fmt(1000 / x.app.txPerCpuSecond, 2)} ms in-process).`,
    );
  }
  out.push("");
  out.push(
    `Targets: ≥ ${fmt(TARGET_ACK_PER_S)} acknowledged writes/s: ${meets.acknowledgedPerSecond ? "met" : "MISSED"} (median ${fmt(med.acknowledgedPerSecond)}); ` +
      `p99 ≤ ${TARGET_P99_MS} ms: ${meets.p99 ? "met" : "MISSED"} (median ${fmt(med.p99Ms)} ms); nothing lost: ${meets.nothingLost ? "yes" : "NO"}.`,
  );
  process.stdout.write(`${out.join("\n")}\n`);

  const json = {
    bench: "load",
    options: o,
    cpus: os.cpus().length,
    node: process.version,
    median: med,
    targets: { acknowledgedPerSecondAtLeast: TARGET_ACK_PER_S, p99MsAtMost: TARGET_P99_MS, met: meets },
    runs: runs.map((x) => ({
      run: x.run,
      loadAverage: x.loadAverage,
      requestsPerSecond: x.measured.requestsPerSecond,
      acknowledgedPerSecond: x.measured.acknowledgedPerSecond,
      latency: x.measured.latency,
      statuses: x.measured.statuses,
      errors: x.measured.errors,
      timeouts: x.measured.timeouts,
      rawTxPerSecond: x.raw.txPerSecond,
      appTxPerSecond: x.app.txPerSecond,
      ratio: x.ratio,
      rawTxPerCpuSecond: x.raw.txPerCpuSecond,
      serverCpuSeconds: x.serverCpuSeconds,
      generatorCpuSeconds: x.generatorCpuSeconds,
      serverCpuMsPerRequest: x.serverCpuMsPerRequest,
      cpuRatio: x.cpuRatio,
      layers: x.layers,
      verdictEvents: x.verdictEvents,
      acknowledgedTotal: x.acknowledgedTotal,
      consistent: x.consistent,
      integrity: x.invariants.integrity,
    })),
  };
  const line = JSON.stringify(json);
  if (o.json) fs.writeFileSync(o.json, `${line}\n`);
  process.stdout.write(`${line}\n`);
  return allConsistent ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
