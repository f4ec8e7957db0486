/**
 * The built app under test: `next start` in its own process group (so that stopping it
 * stops every process it started), on 127.0.0.1 and a free port, with its output in a log.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/** Builds the app if there is no build yet (`.next/BUILD_ID` missing). */
export function ensureBuild(log: (m: string) => void): void {
  if (fs.existsSync(path.join(ROOT, ".next/BUILD_ID"))) return;
  log("no .next/BUILD_ID: running `next build` first");
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`next build failed (${r.status ?? r.signal})`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export type AppServer = {
  url: string;
  pid: number;
  logFile: string;
  /** CPU time (user + system) used so far by every process in the server's process group. */
  cpuSeconds: () => number;
  stop: () => Promise<void>;
};

let clockTicks = 0;
/** Sums utime + stime of the processes in a process group, from /proc (Linux). NaN elsewhere. */
export function groupCpuSeconds(pgid: number): number {
  if (!fs.existsSync("/proc/self/stat")) return Number.NaN;
  if (!clockTicks) clockTicks = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // pid (comm) state ppid pgrp … utime stime: fields after the ")" (comm may hold spaces).
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(f[2]) !== pgid) continue;
    ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks / clockTicks;
}

const running = new Set<ChildProcess>();
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    /* already gone */
  }
}
// A benchmark interrupted with Ctrl-C or an exception must not leave a server behind.
process.on("exit", () => running.forEach((c) => killGroup(c, "SIGKILL")));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    running.forEach((c) => killGroup(c, "SIGKILL"));
    process.exit(130);
  });
}

export async function startServer(o: { env: Record<string, string>; logFile: string; nodeArgs?: string[]; timeoutMs?: number }): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(o.logFile, "w");
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true, // its own process group
    stdio: ["ignore", log, log],
    env: { ...process.env, NODE_ENV: "production", ...o.env },
  });
  fs.closeSync(log);
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let dead = false;
  child.once("exit", () => (dead = true));

  const stop = async () => {
    if (!dead) {
      killGroup(child, "SIGTERM");
      const t = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
      await exited;
      clearTimeout(t);
    }
    killGroup(child, "SIGKILL"); // anything left in the group
    running.delete(child);
  };

  const until = Date.now() + (o.timeoutMs ?? 60_000);
  for (;;) {
    if (dead) throw new Error(`next start exited early; see ${o.logFile}:\n${fs.readFileSync(o.logFile, "utf8").slice(-2000)}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > until) {
      await stop();
      throw new Error(`next start did not answer /api/health in time; see ${o.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, pid: child.pid!, logFile: o.logFile, cpuSeconds: () => groupCpuSeconds(child.pid!), stop };
}
