/**
 * Where a verdict request's server time goes, layer by layer: the same server, the same
 * connections, simpler requests. Each layer's server CPU per request (from /proc, so a busy
 * machine inflates it little) minus the previous one's is what that layer costs.
 *
 *   GET /api/health                 Next.js routing + a route handler + one SELECT 1
 *   GET /api/me, API token          + apiRoute, token lookup (sha256, SELECT, UPDATE last_used_at)
 *   GET /api/me, session cookie     + Auth.js auth(): session JWT decrypt (+ re-encrypt), findUserById
 *   POST verdict, API token         + readJson/zod, requireLiveClaim, recordVerdict (triggers)
 *   POST verdict, session cookie    the benchmark's request
 */
import autocannon from "autocannon";
import { VERDICTS } from "@/lib/vocabulary";
import { recordVerdictAnswer, type VerdictLoad } from "./drive";
import type { AppServer } from "./server";

export type LayerResult = { layer: string; requests: number; statuses: Record<string, number>; requestsPerSecond: number; p50: number; p99: number; serverCpuMsPerRequest: number };

async function measure(
  server: AppServer,
  layer: string,
  amount: number,
  connections: number,
  request: () => { method: "GET" | "POST"; path: string; headers: Record<string, string>; body?: string; note?: string },
  onResponse?: (status: number, body: string, sent: { path: string; note?: string }) => void,
): Promise<LayerResult> {
  const statuses: Record<string, number> = {};
  const cpu0 = server.cpuSeconds();
  const started = performance.now(); // autocannon's own duration is rounded up to whole seconds
  let lastAnswer = started;
  const r = await autocannon({
    url: server.url,
    connections,
    amount,
    timeout: 30,
    requests: [
      {
        setupRequest: (req, context) => {
          const { note, ...next } = request();
          Object.assign(context, { path: next.path, note });
          return { ...req, ...next };
        },
        onResponse: (status, body, context) => {
          lastAnswer = performance.now();
          statuses[status] = (statuses[status] ?? 0) + 1;
          onResponse?.(status, body, context as { path: string; note?: string });
        },
      },
    ],
  });
  const cpu = server.cpuSeconds() - cpu0;
  const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
  return { layer, requests: answered, statuses, requestsPerSecond: answered / ((lastAnswer - started) / 1000), p50: r.latency.p50, p99: r.latency.p99, serverCpuMsPerRequest: (1000 * cpu) / answered };
}

/** Verdicts written here are recorded in `o.ledger` like the benchmark's, for the database check. */
export async function layerBreakdown(o: VerdictLoad & { server: AppServer; sessionHeaders: Record<string, string>[]; tokenHeaders: Record<string, string>[] }): Promise<LayerResult[]> {
  const out: LayerResult[] = [];
  let n = 0;
  const nth = <T>(xs: T[]) => xs[n++ % xs.length];
  out.push(await measure(o.server, "GET /api/health", o.amount, o.connections, () => ({ method: "GET", path: "/api/health", headers: {} })));
  out.push(await measure(o.server, "GET /api/me, API token", o.amount, o.connections, () => ({ method: "GET", path: "/api/me", headers: nth(o.tokenHeaders) })));
  out.push(await measure(o.server, "GET /api/me, session cookie", o.amount, o.connections, () => ({ method: "GET", path: "/api/me", headers: nth(o.sessionHeaders) })));
  for (const [label, headers] of [
    ["POST verdict, API token", o.tokenHeaders],
    ["POST verdict, session cookie", o.sessionHeaders],
  ] as const) {
    out.push(
      await measure(
        o.server,
        label,
        o.amount,
        o.connections,
        () => {
          const id = o.pick();
          const note = `Load breakdown ${n}`;
          o.ledger.sent++;
          return {
            method: "POST",
            path: `/api/claims/${id}/verdict`,
            headers: { "content-type": "application/json", ...nth(headers) },
            body: JSON.stringify({ status: VERDICTS[n % 3], note, version: o.versions.get(id) ?? 1 }),
            note,
          };
        },
        (status, body, sent) => recordVerdictAnswer(o, Number(sent.path.split("/")[3]), sent.note!, status, body),
      ),
    );
  }
  return out;
}
