"use client";

import { useState } from "react";
import { resetArticleAction } from "../actions";
import { ActionPopover } from "./action-popover";

/** Leads only: every verdict of the article back to unreviewed, with a reason. */
export function ResetArticleForm({ articleId }: { articleId: number }) {
  const [note, setNote] = useState("");
  return (
    <ActionPopover
      summary="Reset verdicts…"
      formLabel="Reset all verdicts"
      widthClass="w-80"
      messageTestId="reset-message"
      doneText="Reset."
      submit={() => resetArticleAction({ articleId, note })}
      onDone={() => setNote("")}
    >
      {(busy) => (
        <>
          <p>Every claim with a verdict goes back to unreviewed. The history keeps every earlier verdict.</p>
          <label className="block">
            <span className="font-medium">Why (required)</span>
            <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
          </label>
          <button type="submit" disabled={busy} className="rounded bg-red-700 px-3 py-1 text-white disabled:opacity-60">Reset all verdicts</button>
        </>
      )}
    </ActionPopover>
  );
}
