import { EVENT_LABELS, STATUS_LABELS, type ClaimStatus, type EventKind } from "@/lib/vocabulary";
import type { ClaimDetailJson } from "./types";

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
            <strong>{EVENT_LABELS[e.kind as EventKind] ?? e.kind}</strong>
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
