"use client";

import { useId, useState } from "react";
import { STATUS_LABELS } from "@/lib/vocabulary";
import type { Outcome } from "../_hooks/use-desk-actions";
import type { ReviewClaim, Viewer } from "./types";

type Props = {
  claim: ReviewClaim;
  viewer: Viewer;
  /** Who gave the verdict (from the claim's detail), while it loads null. */
  verdictByName: string | null;
  busy: boolean;
  onConfirm: () => Promise<Outcome>;
  onSendBack: (note: string) => Promise<Outcome>;
};

/**
 * The two-person rule on the desk: a verdict waiting for a second reviewer. Anyone but its author
 * may confirm it or send it back with a note; its author is told to wait.
 */
export function ConfirmationNotice({ claim, viewer, verdictByName, busy, onConfirm, onSendBack }: Props) {
  const [sendingBack, setSendingBack] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const noteId = useId();
  const own = claim.verdictBy === viewer.id;
  const finish = (outcome: Outcome) => {
    setError(outcome.ok ? null : outcome.error);
    if (outcome.ok) {
      setSendingBack(false);
      setNote("");
    }
  };
  return (
    <section className="space-y-2 rounded border-2 border-sky-700 bg-sky-50 p-3 text-sm" aria-labelledby={`${noteId}-h`} data-testid="confirmation-notice">
      <h3 id={`${noteId}-h`} className="font-semibold">
        <span aria-hidden="true">◎ </span>Awaiting confirmation
      </h3>
      <p>
        {STATUS_LABELS[claim.status]}{verdictByName ? ` by ${verdictByName}` : ""}. A second reviewer must confirm this verdict before the report can be published.
      </p>
      {own ? (
        <p className="text-stone-700" data-testid="own-verdict">You gave this verdict, so someone else has to confirm it.</p>
      ) : sendingBack ? (
        <form
          className="space-y-2"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!note.trim()) return setError("Say why you send it back: the reviewer will read your note.");
            finish(await onSendBack(note));
          }}
        >
          <label htmlFor={noteId} className="block font-medium">Why send it back? (required)</label>
          <textarea id={noteId} value={note} onChange={(e) => setNote(e.target.value)} rows={2} autoFocus aria-invalid={Boolean(error)} className="w-full rounded border border-stone-300 bg-white px-2 py-1" data-testid="send-back-note" />
          <div className="flex gap-2">
            <button type="submit" disabled={busy} className="rounded bg-stone-900 px-3 py-1.5 font-medium text-white disabled:opacity-60">Send back</button>
            <button type="button" onClick={() => { setSendingBack(false); setError(null); }} className="rounded border border-stone-300 bg-white px-3 py-1.5">Cancel</button>
          </div>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <button type="button" disabled={busy} onClick={async () => finish(await onConfirm())} className="rounded bg-sky-800 px-3 py-1.5 font-medium text-white disabled:opacity-60">
            Confirm {STATUS_LABELS[claim.status]}
          </button>
          <button type="button" disabled={busy} onClick={() => setSendingBack(true)} className="rounded border border-stone-400 bg-white px-3 py-1.5">
            Send back…
          </button>
        </div>
      )}
      {error && <p role="alert" className="text-red-800">{error}</p>}
    </section>
  );
}
