import { StatusBadge } from "@/components/status-style";
import { dueDayPassed, humanDay } from "@/lib/vocabulary";
import { formatTime } from "./history-timeline";
import type { ClaimDetailJson, ReviewClaim } from "./types";

/**
 * The claim's current verdict at a glance: status, the reviewer's note, who and when, and how much
 * evidence backs it. The note is the one of the event that set the current status.
 */
export function VerdictCard({ claim, detail }: { claim: ReviewClaim; detail: ClaimDetailJson | null }) {
  if (claim.status === "unreviewed") {
    return (
      <p className="rounded border border-dashed border-stone-300 px-3 py-2 text-sm text-stone-600" data-testid="verdict-card" data-status="unreviewed">
        No verdict yet.
      </p>
    );
  }
  const event = detail?.history.filter((e) => (e.kind === "verdict" || e.kind === "reused") && e.toStatus === claim.status).at(-1);
  const evidence = detail?.evidence.length ?? 0;
  return (
    <section className="space-y-1 rounded border border-stone-300 bg-stone-50 px-3 py-2 text-sm" aria-label="Current verdict" data-testid="verdict-card" data-status={claim.status}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <StatusBadge status={claim.status} />
        <span className="text-xs text-stone-600">
          {event ? (
            <>
              {event.actorName} · <time dateTime={event.at}>{formatTime(event.at)}</time>
            </>
          ) : (
            "Loading…"
          )}
        </span>
      </div>
      {event?.note && <p className="whitespace-pre-wrap text-stone-900" data-testid="verdict-card-note">{event.note}</p>}
      {claim.status === "needs_source" && (claim.sourceOwnerId || claim.sourceDueAt) && <SourceLine claim={claim} ownerName={detail?.claim.sourceOwnerName ?? null} />}
      <p className="text-xs text-stone-600">{evidence === 0 ? "No evidence attached" : `${evidence} evidence item${evidence === 1 ? "" : "s"}`}</p>
    </section>
  );
}

/** "Source: Rui Costa, due 4 December 2026 (overdue)". Due days are UTC midnights; overdue once that day has passed. */
function SourceLine({ claim, ownerName }: { claim: ReviewClaim; ownerName: string | null }) {
  const due = claim.sourceDueAt ? new Date(claim.sourceDueAt) : null;
  const overdue = dueDayPassed(claim.sourceDueAt);
  return (
    <p className="text-stone-800" data-testid="source-request-line">
      Source: {claim.sourceOwnerId ? (ownerName ?? "…") : "nobody assigned"}
      {due && (
        <>
          , due {humanDay(due)}
          {overdue && <strong className="ml-1 text-red-800" data-testid="source-overdue">(overdue)</strong>}
        </>
      )}
    </p>
  );
}
