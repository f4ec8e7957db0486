"use client";

import type { RefObject } from "react";
import { LIMITS, STATUS_LABELS, VERDICTS, type ClaimStatus, type Verdict } from "@/lib/vocabulary";
import { noteRequired } from "@/lib/claim-rules";
import { STATUS_STYLE } from "@/components/status-style";
import { formatTime } from "./history-timeline";
import type { Conflict, Reviewer } from "./types";

/** Who finds the missing source of a "needs a source" verdict, and by when (YYYY-MM-DD). */
export type SourceRequest = { ownerId: number | null; dueAt: string };

type Props = {
  /** The claim's status now: its button is marked as the current one. */
  current: ClaimStatus;
  /** Why the last verdict was not saved (a missing note, a server refusal), shown under the note. */
  error: string | null;
  note: string;
  onNoteChange: (note: string) => void;
  pending: Verdict | null;
  onChoose: (status: Verdict) => void;
  busy: boolean;
  conflict: Conflict | null;
  onReload: () => void;
  onApplyMine: () => void;
  noteRef: RefObject<HTMLTextAreaElement | null>;
  reviewers: Reviewer[];
  source: SourceRequest;
  onSourceChange: (source: SourceRequest) => void;
};

const KEYS: Record<Verdict, string> = { supported: "s", disputed: "d", needs_source: "n" };

/** The three verdict buttons and the note; a conflict replaces silent overwrites with a choice. */
export function VerdictForm({ current, error, note, onNoteChange, pending, onChoose, busy, conflict, onReload, onApplyMine, noteRef, reviewers, source, onSourceChange }: Props) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2" role="group" aria-label="Verdict">
        {VERDICTS.map((status) => (
          <button
            key={status}
            type="button"
            disabled={busy}
            onClick={() => onChoose(status)}
            aria-keyshortcuts={KEYS[status]}
            aria-pressed={current === status}
            className={`rounded border px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${STATUS_STYLE[status].badge} ${current === status ? "border-2 font-bold shadow-inner" : ""} ${pending === status ? "ring-2 ring-stone-900" : ""}`}
          >
            <span aria-hidden="true">{STATUS_STYLE[status].icon} </span>
            {STATUS_LABELS[status]}
            {current === status && <span className="ml-1 text-xs font-normal">(current)</span>}
            <kbd className="ml-1.5 rounded border border-current px-1 text-[0.65rem] opacity-70">{KEYS[status]}</kbd>
          </button>
        ))}
      </div>
      <label className="block text-sm">
        <span className="font-medium">
          Note{pending && noteRequired(pending) ? " (required)" : ""}
        </span>
        {/* The note is the verdict's public rationale: exports and published reports print it as written. */}
        <span className="ml-1 text-xs text-stone-600" data-testid="verdict-note-public">· printed in exports and published reports</span>
        <textarea
          ref={noteRef}
          value={note}
          onChange={(e) => onNoteChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && pending) {
              e.preventDefault();
              onChoose(pending);
            }
          }}
          rows={3}
          maxLength={LIMITS.noteChars}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? "verdict-error" : undefined}
          placeholder={pending ? `Why is it ${STATUS_LABELS[pending].toLowerCase()}? Enter saves, Shift+Enter adds a line.` : "Why? (required for Disputed and Needs a source)"}
          className="mt-1 w-full rounded border border-stone-300 px-2 py-1"
          data-testid="verdict-note"
        />
      </label>
      {pending === "needs_source" && (
        <fieldset className="grid grid-cols-1 gap-2 rounded border border-fuchsia-200 bg-fuchsia-50/40 p-2 text-sm sm:grid-cols-2" data-testid="source-request">
          <legend className="px-1 text-xs font-medium text-stone-700">Who finds the source, and by when (optional)</legend>
          <label className="block">
            <span className="text-xs text-stone-700">Owner</span>
            <select
              value={source.ownerId ?? ""}
              onChange={(e) => onSourceChange({ ...source, ownerId: e.target.value ? Number(e.target.value) : null })}
              className="mt-0.5 w-full rounded border border-stone-300 bg-white px-1 py-1"
              data-testid="source-owner"
            >
              <option value="">Nobody yet</option>
              {reviewers.map((r) => (
                <option key={r.id} value={r.id}>{r.name}</option>
              ))}
            </select>
          </label>
          <label className="block">
            <span className="text-xs text-stone-700">Due</span>
            <input type="date" value={source.dueAt} onChange={(e) => onSourceChange({ ...source, dueAt: e.target.value })} className="mt-0.5 w-full rounded border border-stone-300 bg-white px-1 py-0.5" data-testid="source-due" />
          </label>
        </fieldset>
      )}
      {error && (
        <p id="verdict-error" className="text-sm text-red-800" role="alert" data-testid="verdict-error">
          {error}
        </p>
      )}
      {busy && <p className="text-sm text-stone-600" role="status">Saving…</p>}
      {conflict && (
        <div className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm" role="status" data-testid="conflict">
          <p>
            <strong>
              Changed by {conflict.current.changedBy ?? "someone else"}
              {conflict.current.changedAt ? ` at ${formatTime(conflict.current.changedAt)}` : ""}: now {STATUS_LABELS[conflict.current.status]}.
            </strong>{" "}
            Your verdict was not saved.
          </p>
          <div className="flex gap-2">
            <button type="button" onClick={onReload} className="rounded border border-stone-400 bg-white px-2 py-1">Reload the claim</button>
            <button type="button" onClick={onApplyMine} className="rounded bg-stone-900 px-2 py-1 text-white">Apply mine on top</button>
          </div>
        </div>
      )}
    </div>
  );
}
