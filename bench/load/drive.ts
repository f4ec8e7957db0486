/**
 * The verdict load: autocannon against POST /api/claims/:id/verdict, every request built by
 * setupRequest (claim pick, the version the load generator last saw for that claim, a unique
 * note) and its answer recorded by onResponse in a ledger that the database check uses.
 *
 * Versions: the generator keeps one map claim → newest version seen in any answer (a 200's
 * `version`, a 409's `current.version`), as reviewers whose screens refresh would; a request
 * still conflicts when another one on the same claim is in flight, which on the hot set is
 * often. (autocannon resets a connection's context after every request, so per-connection
 * knowledge would have to live outside it anyway.) Each request is signed as one of the
 * reviewers, round-robin.
 */
import autocannon from "autocannon";
import { VERDICTS } from "@/lib/vocabulary";

export type Ledger = {
  /** note → the claim and the version the 200 answered with. */
  acked: Map<string, { claimId: number; version: number }>;
  /** Notes of requests answered 409: these must have written nothing. */
  conflicted: Set<string>;
  /** Notes of requests answered anything else. */
  other: Map<string, number>;
  /** Requests written to a socket (answered or not). */
  sent: number;
};

export function newLedger(): Ledger {
  return { acked: new Map(), conflicted: new Set(), other: new Map(), sent: 0 };
}

export type PhaseResult = {
  label: string;
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  acknowledged: number;
  acknowledgedPerSecond: number;
  statuses: Record<string, number>;
  latency: { mean: number; p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
};

/** What every verdict load shares: which claim to hit, the versions seen so far, the ledger, and how much load. */
export type VerdictLoad = {
  pick: () => number;
  versions: Map<number, number>;
  ledger: Ledger;
  connections: number;
  amount: number;
};

/**
 * Records one verdict answer: a 200 in `acked`, a 409 in `conflicted`, anything else in `other`.
 * The newest version either answer reports is kept for the next request on that claim.
 */
export function recordVerdictAnswer(load: Pick<VerdictLoad, "ledger" | "versions">, claimId: number, note: string, status: number, body: string): void {
  const { ledger, versions } = load;
  let version: number | undefined;
  if (status === 200) {
    version = (JSON.parse(body) as { version: number }).version;
    ledger.acked.set(note, { claimId, version });
  } else if (status === 409) {
    ledger.conflicted.add(note);
    version = (JSON.parse(body) as { current?: { version?: number } }).current?.version;
  } else {
    ledger.other.set(note, status);
  }
  if (typeof version === "number" && version > (versions.get(claimId) ?? 0)) versions.set(claimId, version);
}

type Context = { claimId?: number; note?: string };

export async function drive(o: VerdictLoad & { label: string; url: string; headers: Record<string, string>[]; noteTag: string }): Promise<PhaseResult> {
  const statuses: Record<string, number> = {};
  let seq = 0;
  let acknowledged = 0;
  const { versions, ledger } = o;

  // autocannon notices the end of an `amount` run only at its 1-second tick, so its `duration`
  // is rounded up to whole seconds; time the run from the start to the last answer instead.
  const started = performance.now();
  let lastAnswer = started;
  const result = await autocannon({
    url: o.url,
    connections: o.connections,
    amount: o.amount,
    timeout: 30,
    requests: [
      {
        method: "POST",
        setupRequest: (req, context) => {
          const ctx = context as Context;
          const n = seq++;
          const claimId = o.pick();
          const status = VERDICTS[n % VERDICTS.length];
          const note = `${o.noteTag}-${n}`;
          ctx.claimId = claimId;
          ctx.note = note;
          ledger.sent++;
          return {
            ...req,
            method: "POST",
            path: `/api/claims/${claimId}/verdict`,
            headers: { "content-type": "application/json", ...o.headers[n % o.headers.length] },
            body: JSON.stringify({ status, note: `Load check ${note}`, version: versions.get(claimId) ?? 1 }),
          };
        },
        onResponse: (status, body, context) => {
          const ctx = context as Context;
          lastAnswer = performance.now();
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 200) acknowledged++;
          recordVerdictAnswer(o, ctx.claimId!, `Load check ${ctx.note!}`, status, body);
        },
      },
    ],
  });

  const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
  const seconds = (lastAnswer - started) / 1000;
  return {
    label: o.label,
    requests: answered,
    seconds,
    requestsPerSecond: answered / seconds,
    acknowledged,
    acknowledgedPerSecond: acknowledged / seconds,
    statuses,
    latency: { mean: result.latency.mean, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
