"use client";

import { rescoreArticleAction } from "../rescore-actions";
import { ActionPopover } from "./action-popover";

/** "Rescore…": scores the claims without a verdict again with the model in use; each change is in the history. */
export function RescoreButton({ articleId, modelVersion }: { articleId: number; modelVersion: string }) {
  return (
    <ActionPopover
      summary="Rescore…"
      formLabel="Rescore the claims"
      widthClass="w-[min(20rem,calc(100vw-2rem))]"
      testId="rescore"
      messageTestId="rescore-message"
      doneText="Rescored."
      submit={() => rescoreArticleAction({ articleId, modelVersion })}
    >
      {(busy) => (
        <>
          <p>
            Score this article&apos;s claims again with the model in use, <span className="font-mono" data-testid="rescore-model">{modelVersion}</span>. Claims with a verdict are not
            touched; a claim someone marked keeps its mark; every claim whose score changes gets a line in its history.
          </p>
          <button type="submit" disabled={busy} className="rounded bg-stone-900 px-3 py-1 text-white disabled:opacity-60" data-testid="rescore-button">
            {busy ? "Rescoring…" : `Rescore with ${modelVersion}`}
          </button>
        </>
      )}
    </ActionPopover>
  );
}
