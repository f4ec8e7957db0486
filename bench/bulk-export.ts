/**
 * Bulk export benchmark: `benchBulkExport(["--db", "data/bulk-100k.db", "--claims", "100000"])`.
 *
 * Creates the database with seed-load when it is missing (reused otherwise), then runs the real
 * `export --format csv|json --out /dev/null` command in a CHILD process per run, so the figures
 * are not muddied by this process's heap. The child loads the modules, records its RSS
 * (baseline), samples RSS every 50 ms while the export runs, and reports the sampled peak and the
 * kernel's high-water mark (VmHWM, whole child lifetime, module loading included). Bounded
 * memory shows as a peak-over-baseline that does not grow with the number of claims.
 *
 * Options: --db FILE, --claims N (when creating), --runs N (default 3; the median run by time is
 * reported), --formats csv,json, --json OUT.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { seedLoad } from "@/cli/commands/seed-load";
import { bulkRowCount } from "@/db/report/bulk";

type Options = { db: string; claims: number; runs: number; formats: ("csv" | "json")[]; json: string };
type ChildResult = { code: number; ms: number; baselineRss: number; peakRss: number; hwm: number | null; samples: number; rows: number };

function parse(args: string[]): Options {
  const o: Options = { db: "data/bulk-100k.db", claims: 100_000, runs: 3, formats: ["csv", "json"], json: "" };
  for (let i = 0; i < args.length; i++) {
    const [a, v] = [args[i], args[i + 1]];
    if (a === "--db" && v) (o.db = v), i++;
    else if (a === "--claims" && v) (o.claims = Number(v.replace(/_/g, ""))), i++;
    else if (a === "--runs" && v) (o.runs = Math.max(1, Number(v) || 3)), i++;
    else if (a === "--formats" && v) (o.formats = v.split(",").filter((f): f is "csv" | "json" => f === "csv" || f === "json")), i++;
    else if (a === "--json" && v) (o.json = v), i++;
    else throw new Error(`benchBulkExport: unknown option ${a}\nOptions: --db FILE --claims N --runs N --formats csv,json --json OUT`);
  }
  if (!Number.isSafeInteger(o.claims) || o.claims < 1) throw new Error("--claims must be a positive integer");
  return o;
}

/** Runs in the child (node -e): everything it prints on stdout is the one JSON result line. */
const CHILD = (format: string) => `
const fs = require("node:fs");
const hwm = () => { const m = /VmHWM:\\s+(\\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8")); return m ? Number(m[1]) * 1024 : null; };
(async () => {
  const mod = await import(${JSON.stringify(path.resolve("cli/commands/export.ts"))});
  const exportCommand = mod.exportCommand ?? mod.default.exportCommand;
  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss, samples = 0;
  const timer = setInterval(() => { samples++; peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);
  const t0 = performance.now();
  const code = await exportCommand(["--format", ${JSON.stringify(format)}, "--out", "/dev/null"]);
  const ms = performance.now() - t0;
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  process.stdout.write(JSON.stringify({ code, ms, baselineRss, peakRss, hwm: hwm(), samples }) + "\\n");
})();
`;

function runChild(file: string, format: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "-e", CHILD(format)], {
      env: { ...process.env, DATABASE_URL: file, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (status) => {
      const line = out.trim().split("\n").pop() ?? "";
      const rows = /Exported ([\d,]+) claims/.exec(err);
      try {
        const result = JSON.parse(line) as Omit<ChildResult, "rows">;
        if (status !== 0 || result.code !== 0 || !rows) throw new Error(`exit ${status}`);
        resolve({ ...result, rows: Number(rows[1].replace(/,/g, "")) });
      } catch {
        reject(new Error(`export child failed (${format}): ${err.trim() || out.trim()}`));
      }
    });
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function benchBulkExport(args: string[]): Promise<void> {
  const o = parse(args);
  const file = path.resolve(o.db);
  if (!fs.existsSync(file)) {
    process.stderr.write(`${file} is missing: creating it with seed-load --claims ${o.claims}\n`);
    seedLoad({ claims: o.claims, db: file });
  }
  const client = new Database(file, { readonly: true, fileMustExist: true });
  const expected = bulkRowCount(client);
  const claims = (client.prepare("SELECT count(*) AS n FROM claims").get() as { n: number }).n;
  client.close();

  const results = [];
  for (const format of o.formats) {
    const runs: ChildResult[] = [];
    for (let i = 0; i < o.runs; i++) {
      const run = await runChild(file, format);
      if (run.rows !== expected) throw new Error(`${format}: exported ${run.rows} rows, expected ${expected}`);
      runs.push(run);
    }
    const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
    const worstDelta = Math.max(...runs.map((r) => r.peakRss - r.baselineRss));
    results.push({ format, rows: median.rows, ms: median.ms, rowsPerSec: median.rows / (median.ms / 1000), baselineRss: median.baselineRss, peakRss: median.peakRss, worstPeakDelta: worstDelta, hwm: median.hwm, samples: median.samples, runs });
  }

  const lines = [
    `Bulk export benchmark — ${file}`,
    `${claims.toLocaleString("en-US")} claims (${expected.toLocaleString("en-US")} live, exported); each run = one child process running \`export --format F --out /dev/null\`; median of ${o.runs} run(s) by time`,
    "",
    `${"format".padEnd(7)} ${"rows".padStart(9)} ${"time".padStart(9)} ${"rows/s".padStart(9)} ${"baseline RSS".padStart(13)} ${"peak RSS".padStart(10)} ${"peak-base".padStart(10)} ${"worst p-b".padStart(10)} ${"VmHWM".padStart(10)}`,
    ...results.map(
      (r) =>
        `${r.format.padEnd(7)} ${r.rows.toLocaleString("en-US").padStart(9)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(9)} ${Math.round(r.rowsPerSec).toLocaleString("en-US").padStart(9)} ${mb(r.baselineRss).padStart(13)} ${mb(r.peakRss).padStart(10)} ${mb(r.peakRss - r.baselineRss).padStart(10)} ${mb(r.worstPeakDelta).padStart(10)} ${(r.hwm === null ? "n/a" : mb(r.hwm)).padStart(10)}`,
    ),
    "",
    "peak RSS: sampled every 50 ms during the export; VmHWM: the child's lifetime peak (includes loading tsx and the modules).",
  ];
  process.stdout.write(lines.join("\n") + "\n");
  if (o.json) {
    fs.mkdirSync(path.dirname(path.resolve(o.json)), { recursive: true });
    fs.writeFileSync(o.json, JSON.stringify({ file, claims, exported: expected, results }, null, 2));
  }
}
