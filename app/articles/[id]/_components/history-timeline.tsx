import { STATUS_LABELS, type ClaimStatus } from "@/lib/vocabulary";
import type { ClaimDetailJson } from "./types";

const KIND_LABELS: Record<string, string> = {
  created: "Created",
  verdict: "Verdict",
  reset: "Reset",
  assigned: "Assignment",
  evidence_added: "Evidence added",
  evidence_removed: "Evidence removed",
  comment: "Comment",
  merged: "Merged",
  split: "Split",
  span_changed: "Span changed",
  marked_checkworthy: "Check-worthiness changed",
  deleted: "Removed",
  reused: "Reused earlier verdict",
  rescored: "Rescored",
};

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

/** Every event of the claim, oldest first: who, when, what changed and why. */
export function HistoryTimeline({ history }: { history: ClaimDetailJson["history"] }) {
  return (
    <ol className="space-y-2 border-l-2 border-stone-200 pl-3 text-sm" data-testid="history">
      {history.map((e) => (
        <li key={e.id} data-testid="history-event" data-kind={e.kind}>
          <p>
            <strong>{KIND_LABELS[e.kind] ?? e.kind}</strong>
            {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
              <> · {STATUS_LABELS[e.fromStatus as ClaimStatus]} → {STATUS_LABELS[e.toStatus as ClaimStatus]}</>
            )}
            {e.kind === "verdict" && e.fromStatus === e.toStatus && e.toStatus && <> · {STATUS_LABELS[e.toStatus as ClaimStatus]} (again)</>}
          </p>
          <p className="text-xs text-stone-600">
            <span data-testid="history-actor">{e.actorName}</span> · <time dateTime={e.at}>{formatTime(e.at)}</time>
          </p>
          {e.note && <p className="mt-0.5 whitespace-pre-wrap text-stone-800">{e.note}</p>}
        </li>
      ))}
    </ol>
  );
}
