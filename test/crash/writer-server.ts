/**
 * A tiny HTTP server over the app's own write path, for the crash and backup tests:
 *
 *   npx tsx --conditions react-server test/crash/writer-server.ts --db FILE [--port 0]
 *
 * It opens FILE with openDatabase (same pragmas and migrations as the app) and serves
 *
 *   POST /verdict   { claimId, actorId, status, note, version }
 *                   → 200 ClaimView (only after recordVerdict's transaction has committed),
 *                     409 { error, current } on a stale version, 4xx for bad input
 *   GET  /claims/:id → 200 { id, version, status }
 *   GET  /health     → 200 { ok, pid }
 *
 * exactly as POST /api/claims/:id/verdict does in the app (minus Next.js and Auth.js, which the
 * crash test cannot build in time). On start it prints one line `READY <port> <pid>` to stdout.
 * SIGTERM/SIGINT close the database cleanly; SIGKILL is the crash the test is about.
 */
import http from "node:http";
import { openDatabase } from "@/db/connection";
import { findUserById } from "@/db/users";
import type { Actor } from "@/services/actor";
import { recordVerdict } from "@/services/claims";
import { isAppError } from "@/lib/errors";
import { verdictSchema } from "@/services/claims/schemas";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const file = option("--db");
if (!file) {
  process.stderr.write("Usage: writer-server.ts --db FILE [--port 0]\n");
  process.exit(2);
}
const db = openDatabase(file);
const actors = new Map<number, Actor>();

function actor(id: number): Actor | undefined {
  let a = actors.get(id);
  if (!a) {
    const user = findUserById(db, id);
    if (!user || user.disabled) return undefined;
    a = { id: user.id, name: user.name, role: user.role };
    actors.set(id, a);
  }
  return a;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  if (req.method === "GET" && url.pathname === "/health") return send(res, 200, { ok: true, pid: process.pid });
  const claimMatch = /^\/claims\/(\d+)$/.exec(url.pathname);
  if (req.method === "GET" && claimMatch) {
    const row = db.$client.prepare("SELECT id, version, status FROM claims WHERE id = ?").get(Number(claimMatch[1]));
    return row ? send(res, 200, row) : send(res, 404, { error: "no such claim" });
  }
  if (req.method !== "POST" || url.pathname !== "/verdict") return send(res, 404, { error: "not found" });

  let input: { claimId?: unknown; actorId?: unknown };
  try {
    input = JSON.parse(body) as typeof input;
  } catch {
    return send(res, 400, { error: "bad JSON" });
  }
  const who = actor(Number(input.actorId));
  if (!who) return send(res, 401, { error: "unknown actor" });
  const parsed = verdictSchema.safeParse(input);
  if (!parsed.success || !Number.isSafeInteger(input.claimId)) return send(res, 400, { error: "bad input" });
  try {
    // When recordVerdict resolves, its IMMEDIATE transaction has committed.
    const view = await recordVerdict(db, who, { claimId: input.claimId as number, ...parsed.data });
    send(res, 200, view);
  } catch (error) {
    if (isAppError(error)) return send(res, error.status, { error: error.message, ...error.details });
    process.stderr.write(`writer-server: ${String(error)}\n`);
    send(res, 500, { error: "server error" });
  }
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => void handle(req, res, Buffer.concat(chunks).toString("utf8")));
});
server.keepAliveTimeout = 30_000;

server.listen(Number(option("--port") ?? 0), "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.stdout.write(`READY ${port} ${process.pid}\n`);
});

function shutdown() {
  server.close();
  server.closeAllConnections();
  db.$client.close();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
