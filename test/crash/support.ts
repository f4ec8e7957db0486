/**
 * Helpers for the crash and backup tests: a fixture database built with the app's own
 * functions, the writer child process (test/crash/writer-server.ts) and a small HTTP client.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/connection";
import { insertUser } from "@/db/users";
import { createArticle } from "../support/articles";
import type { Verdict } from "@/lib/vocabulary";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX_CLI = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");
const WRITER = path.join(ROOT, "test/crash/writer-server.ts");

export const VERDICT_CYCLE: Verdict[] = ["supported", "disputed", "needs_source"];

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `claimdesk-${prefix}-`));
}

const SENTENCES = [
  "Unemployment fell to N% in March, the ministry said.",
  "The deficit grew by $N billion in 2023.",
  "Exports rose N% last year according to customs data.",
  "The city spent N million euros on roads in 2022.",
];

/** An article body of `n` check-worthy sentences, each its own claim. */
export function articleBody(n: number, salt = 0): string {
  return Array.from({ length: n }, (_, i) => SENTENCES[i % SENTENCES.length].replace("N", String(3 + ((i * 7 + salt) % 90)))).join(" ");
}

export type Fixture = { userIds: number[]; claimIds: number[] };

/** Users and articles created through the app's functions, on an open database. */
export function seedFixture(db: Db, options: { users: number; articles: number; claimsPerArticle: number }): Fixture {
  const userIds: number[] = [];
  for (let i = 1; i <= options.users; i++) {
    userIds.push(insertUser(db, { email: `reviewer${i}@crash.test`, name: `Reviewer ${i}`, role: i === 1 ? "lead" : "editor", passwordHash: "!no-login" }).id);
  }
  for (let a = 0; a < options.articles; a++) {
    createArticle(db, { title: `Crash fixture ${a + 1}`, body: articleBody(options.claimsPerArticle, a), language: "en" }, userIds[0]);
  }
  const claimIds = (db.$client.prepare("SELECT id FROM claims ORDER BY id").all() as { id: number }[]).map((r) => r.id);
  return { userIds, claimIds };
}

/** Creates and fills a database file, and closes it. */
export function createFixtureFile(file: string, options: { users: number; articles: number; claimsPerArticle: number }): Fixture {
  const db = openDatabase(file);
  try {
    return seedFixture(db, options);
  } finally {
    db.$client.close();
  }
}

export type Writer = {
  port: number;
  /** The pid of the process that holds the database (tsx runs the script in a child). */
  pid: number;
  child: ChildProcess;
  exited: Promise<void>;
  /** SIGKILL to the whole process group: no handler runs, nothing is flushed or closed. */
  kill: () => Promise<void>;
  /** SIGTERM: the writer closes the database and exits. */
  stop: () => Promise<void>;
};

/**
 * Starts writer-server.ts on `file`, as `tsx --conditions react-server`, in its own process
 * group so that a kill reaches the real writer and not just the tsx wrapper.
 */
export function startWriter(file: string, timeoutMs = 30_000): Promise<Writer> {
  const child = spawn(process.execPath, [TSX_CLI, "--conditions", "react-server", WRITER, "--db", file], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: process.env,
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  };
  return new Promise<Writer>((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => {
      signalGroup("SIGKILL");
      reject(new Error(`writer-server did not start in ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    const early = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      reject(new Error(`writer-server exited early (${code ?? signal}): ${stderr}`));
    };
    child.once("exit", early);
    child.stdout!.on("data", (c: Buffer) => {
      stdout += c.toString();
      const m = /READY (\d+) (\d+)/.exec(stdout);
      if (!m) return;
      clearTimeout(timer);
      child.removeListener("exit", early);
      const pid = Number(m[2]);
      resolve({
        port: Number(m[1]),
        pid,
        child,
        exited,
        kill: async () => {
          signalGroup("SIGKILL");
          await exited;
          await waitForExit(pid);
        },
        stop: async () => {
          try {
            process.kill(pid, "SIGTERM");
          } catch {
            /* already gone */
          }
          await exited;
          await waitForExit(pid);
        },
      });
    });
  });
}

/** The writer is tsx's child: wait until that process is really gone, not just the wrapper. */
export async function waitForExit(pid: number, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    if (Date.now() > until) throw new Error(`process ${pid} is still alive`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export type HttpResult = { status: number; body: unknown };

export function request(agent: http.Agent, port: number, method: string, urlPath: string, body?: unknown): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        agent,
        host: "127.0.0.1",
        port,
        method,
        path: urlPath,
        headers: text ? { "content-type": "application/json", "content-length": Buffer.byteLength(text) } : {},
        timeout: 10_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const raw = Buffer.concat(chunks).toString("utf8");
          try {
            resolve({ status: res.statusCode ?? 0, body: raw ? JSON.parse(raw) : null });
          } catch {
            reject(new Error(`bad JSON from writer (${res.statusCode}): ${raw.slice(0, 200)}`));
          }
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(text);
  });
}

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
