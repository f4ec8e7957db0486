/**
 * Where the server's CPU time goes: reads the V8 .cpuprofile files that `next start` writes
 * with `--cpu-prof` (bench:load --cpu-prof) and sums self time by component.
 */
import fs from "node:fs";
import path from "node:path";

type Node = { id: number; callFrame: { functionName: string; url: string }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const CATEGORIES: [string, (url: string, fn: string) => boolean][] = [
  ["idle", (_u, f) => f === "(idle)"],
  ["garbage collector", (_u, f) => f === "(garbage collector)"],
  ["better-sqlite3 (SQLite, incl. triggers)", (u) => u.includes("better-sqlite3")],
  ["drizzle-orm (query building, mapping)", (u) => u.includes("drizzle-orm")],
  ["Auth.js + jose (session JWT decode)", (u) => /@auth|next-auth|jose|oauth4webapi/.test(u)],
  ["zod", (u) => u.includes("/zod/")],
  ["app code (.next/server chunks)", (u) => u.includes(".next/server") && !u.includes("node_modules")],
  ["Next.js server", (u) => u.includes("next/dist")],
  ["react / react-dom", (u) => /react-dom|\/react\//.test(u)],
  ["node: http, streams, net", (u) => u.startsWith("node:") && /http|_stream|stream|net|events|buffer/.test(u)],
  ["node: other", (u) => u.startsWith("node:")],
  ["(program / native)", (u, f) => u === "" && (f === "(program)" || f === "" || f.startsWith("("))],
];

export type ProfileSummary = { totalMs: number; busyMs: number; rows: { category: string; ms: number; share: number }[]; top: { fn: string; ms: number }[] };

export function summarizeProfile(file: string): ProfileSummary {
  const p = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
  const cat = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const { url, functionName } = n.callFrame;
    total += us;
    const name = CATEGORIES.find(([, test]) => test(url, functionName))?.[0] ?? "other JS (node_modules)";
    cat.set(name, (cat.get(name) ?? 0) + us);
    if (functionName !== "(idle)") {
      const key = `${functionName || "(anonymous)"} ${url.replace(/^.*node_modules\//, "").replace(/^.*\.next\//, ".next/")}`;
      fns.set(key, (fns.get(key) ?? 0) + us);
    }
  }
  const idle = cat.get("idle") ?? 0;
  const busy = total - idle;
  return {
    totalMs: total / 1000,
    busyMs: busy / 1000,
    rows: [...cat]
      .filter(([k]) => k !== "idle")
      .sort((a, b) => b[1] - a[1])
      .map(([category, us]) => ({ category, ms: us / 1000, share: us / busy })),
    top: [...fns].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([fn, us]) => ({ fn, ms: us / 1000 })),
  };
}

/** The newest profile in `dir`, summarized as text. */
export function describeProfiles(dir: string): string {
  if (!fs.existsSync(dir)) return `no profiles in ${dir}`;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).size - fs.statSync(a).size);
  if (!files.length) return `no profiles in ${dir}`;
  const s = summarizeProfile(files[0]);
  const lines = [`CPU profile ${files[0]}: ${(s.busyMs / 1000).toFixed(1)} s busy of ${(s.totalMs / 1000).toFixed(1)} s`];
  for (const r of s.rows) lines.push(`  ${(r.share * 100).toFixed(1).padStart(5)}%  ${r.ms.toFixed(0).padStart(7)} ms  ${r.category}`);
  lines.push("  top functions (self time):");
  for (const t of s.top) lines.push(`    ${t.ms.toFixed(0).padStart(7)} ms  ${t.fn}`);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("profile.ts") && process.argv[2]) process.stdout.write(`${describeProfiles(process.argv[2])}\n`);
