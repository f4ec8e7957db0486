"use client";

import { useRef, useState } from "react";
import { STATUS_LABELS, type ClaimStatus } from "@/lib/vocabulary";
import type { ActionResult } from "@/server/action";
import type { ReviewClaim, SplitEditResult } from "./types";
import {
  mergeWithNextAction,
  retireClaimAction,
  setCheckworthyAction,
  setSpanAction,
  splitClaimAction,
} from "../actions";

type MergeSide = { id: number; text: string; status: ClaimStatus; verdictByName: string | null };
type Props = {
  claim: ReviewClaim;
  hasNext: boolean;
  onResult: (run: () => Promise<ActionResult<SplitEditResult>>) => Promise<ActionResult<SplitEditResult>>;
};

/** Merge, split, re-span, check-worthiness and removal of the selected claim. */
export function SplitTools({ claim, hasNext, onResult }: Props) {
  const splitRef = useRef<HTMLTextAreaElement>(null);
  const [choice, setChoice] = useState<{ first: MergeSide; second: MergeSide } | null>(null);
  const [start, setStart] = useState(String(claim.start));
  const [end, setEnd] = useState(String(claim.end));
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Runs an edit; a refusal stays here, next to the tools that caused it. */
  const act = async (run: () => Promise<ActionResult<SplitEditResult>>) => {
    const result = await onResult(run);
    setError(result.ok || result.details?.needsChoice ? null : result.error);
    return result;
  };

  const merge = async (keep?: "first" | "second") => {
    const result = await act(() => mergeWithNextAction({ claimId: claim.id, version: claim.version, keep }));
    if (!result.ok && result.details?.needsChoice) {
      setChoice({ first: result.details.first as MergeSide, second: result.details.second as MergeSide });
    } else setChoice(null);
  };

  return (
    <div className="space-y-3 text-sm">
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={!hasNext} onClick={() => void merge()} className="rounded border border-stone-300 px-2 py-1 disabled:opacity-50">
          Merge with next
        </button>
        <button
          type="button"
          onClick={() => void act(() => setCheckworthyAction({ claimId: claim.id, version: claim.version, checkworthy: !claim.checkworthy }))}
          className="rounded border border-stone-300 px-2 py-1"
        >
          {claim.checkworthy ? "Mark not check-worthy" : "Mark as a claim to check"}
        </button>
        {confirmRemove ? (
          <span className="flex items-center gap-1">
            Remove this claim?
            <button type="button" onClick={() => void act(() => retireClaimAction({ claimId: claim.id, version: claim.version }))} className="rounded bg-red-700 px-2 py-1 text-white">
              Yes, remove
            </button>
            <button type="button" onClick={() => setConfirmRemove(false)} className="rounded border border-stone-300 px-2 py-1">Cancel</button>
          </span>
        ) : (
          <button type="button" onClick={() => setConfirmRemove(true)} className="rounded border border-stone-300 px-2 py-1">Remove claim</button>
        )}
      </div>

      {choice && (
        <div className="space-y-2 rounded border border-amber-400 bg-amber-50 p-2" role="group" aria-label="Choose the verdict to keep" data-testid="merge-choice">
          <p>Both claims have verdicts. Which one should the merged claim keep?</p>
          {(["first", "second"] as const).map((side) => (
            <button key={side} type="button" onClick={() => void merge(side)} className="block w-full rounded border border-stone-300 bg-white px-2 py-1 text-left">
              Keep {STATUS_LABELS[choice[side].status]}
              {choice[side].verdictByName ? ` (by ${choice[side].verdictByName})` : ""} from “{choice[side].text.slice(0, 60)}…”
            </button>
          ))}
          <button type="button" onClick={() => setChoice(null)} className="underline">Cancel</button>
        </div>
      )}

      <div className="space-y-1">
        <label htmlFor={`split-${claim.id}`} className="block font-medium">Split: put the cursor where the second claim starts</label>
        <textarea id={`split-${claim.id}`} ref={splitRef} readOnly defaultValue={claim.text} rows={3} className="w-full rounded border border-stone-300 px-2 py-1 font-serif" />
        <button
          type="button"
          onClick={() => {
            const at = claim.start + (splitRef.current?.selectionStart ?? 0);
            void act(() => splitClaimAction({ claimId: claim.id, version: claim.version, at }));
          }}
          className="rounded border border-stone-300 px-2 py-1"
        >
          Split at cursor
        </button>
      </div>

      <form
        className="flex flex-wrap items-end gap-2"
        aria-label="Change the claim's span"
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => setSpanAction({ claimId: claim.id, version: claim.version, start: Number(start), end: Number(end) }));
        }}
      >
        <label className="flex flex-col">
          <span>Start offset</span>
          <input type="number" min={0} value={start} onChange={(e) => setStart(e.target.value)} className="w-24 rounded border border-stone-300 px-1" />
        </label>
        <label className="flex flex-col">
          <span>End offset</span>
          <input type="number" min={0} value={end} onChange={(e) => setEnd(e.target.value)} className="w-24 rounded border border-stone-300 px-1" />
        </label>
        <button type="submit" className="rounded border border-stone-300 px-2 py-1">Change span</button>
      </form>
      {error && <p role="alert" className="text-sm text-red-800" data-testid="split-error">{error}</p>}
      <p className="text-xs text-stone-600">Or select words in the article and choose “Make this a claim”.</p>
    </div>
  );
}
