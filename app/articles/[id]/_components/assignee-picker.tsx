"use client";

import type { Reviewer, Viewer } from "./types";

type Props = {
  assigneeId: number | null;
  assigneeName: string | null;
  viewer: Viewer;
  reviewers: Reviewer[];
  busy: boolean;
  onAssign: (userId: number | null) => void;
};

/** Leads pick anyone; editors can take an open claim or release their own. */
export function AssigneePicker({ assigneeId, assigneeName, viewer, reviewers, busy, onAssign }: Props) {
  if (viewer.canAssignOthers) {
    return (
      <label className="flex items-center gap-2 text-sm">
        <span className="font-medium">Assignee</span>
        <select
          value={assigneeId ?? ""}
          disabled={busy}
          onChange={(e) => onAssign(e.target.value ? Number(e.target.value) : null)}
          className="rounded border border-stone-300 px-2 py-1"
          data-testid="assignee-select"
        >
          <option value="">Unassigned</option>
          {reviewers.map((r) => (
            <option key={r.id} value={r.id}>{r.name}</option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <div className="flex items-center gap-2 text-sm">
      <span className="font-medium">Assignee</span>
      <span data-testid="assignee-name">{assigneeName ?? "Unassigned"}</span>
      {assigneeId === null && (
        <button type="button" disabled={busy} onClick={() => onAssign(viewer.id)} className="rounded border border-stone-300 px-2 py-0.5" aria-keyshortcuts="a">
          Assign to me <kbd className="text-[0.65rem] opacity-70">a</kbd>
        </button>
      )}
      {assigneeId === viewer.id && (
        <button type="button" disabled={busy} onClick={() => onAssign(null)} className="rounded border border-stone-300 px-2 py-0.5">Release</button>
      )}
    </div>
  );
}
