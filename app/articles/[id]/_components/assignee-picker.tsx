"use client";

import { useState } from "react";
import { Select } from "@/components/form";
import type { Outcome } from "../_hooks/use-desk-actions";
import type { Reviewer, Viewer } from "./types";

type Props = {
  assigneeId: number | null;
  assigneeName: string | null;
  viewer: Viewer;
  reviewers: Reviewer[];
  busy: boolean;
  onAssign: (userId: number | null) => Promise<Outcome>;
};

/** Leads pick anyone; editors can take an open claim or release their own. A refusal shows beside it. */
export function AssigneePicker({ assigneeId, assigneeName, viewer, reviewers, busy, onAssign }: Props) {
  const [error, setError] = useState<string | null>(null);
  const assign = async (userId: number | null) => {
    const result = await onAssign(userId);
    setError(result.ok ? null : result.error);
  };
  const message = error && <p role="alert" className="text-sm text-red-800" data-testid="assignee-error">{error}</p>;
  if (viewer.canAssignOthers) {
    return (
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm">
          <span className="font-medium">Assignee</span>
          <Select value={assigneeId ?? ""} disabled={busy} onChange={(e) => void assign(e.target.value ? Number(e.target.value) : null)} data-testid="assignee-select">
            <option value="">Unassigned</option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>{r.name}</option>
            ))}
          </Select>
        </label>
        {message}
      </div>
    );
  }
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2 text-sm">
        <span className="font-medium">Assignee</span>
        <span data-testid="assignee-name">{assigneeName ?? "Unassigned"}</span>
        {assigneeId === null && (
          <button type="button" disabled={busy} onClick={() => void assign(viewer.id)} className="rounded border border-stone-300 px-2 py-0.5" aria-keyshortcuts="a">
            Assign to me <kbd className="text-[0.65rem] opacity-70">a</kbd>
          </button>
        )}
        {assigneeId === viewer.id && (
          <button type="button" disabled={busy} onClick={() => void assign(null)} className="rounded border border-stone-300 px-2 py-0.5">Release</button>
        )}
      </div>
      {message}
    </div>
  );
}
