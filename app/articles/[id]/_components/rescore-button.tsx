"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { rescoreArticleAction } from "../rescore-actions";

/** "Rescore…": scores the claims without a verdict again with the model in use; each change is in the history. */
export function RescoreButton({ articleId, modelVersion }: { articleId: number; modelVersion: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <details className="relative" data-testid="rescore">
      <summary className="cursor-pointer rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">Rescore…</summary>
      <form
        aria-label="Rescore the claims"
        className="absolute right-0 z-10 mt-1 w-[min(20rem,calc(100vw-2rem))] space-y-2 rounded border border-stone-300 bg-white p-3 text-sm shadow-lg"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const result = await rescoreArticleAction({ articleId, modelVersion });
          setBusy(false);
          setMessage(result.ok ? { ok: true, text: result.message ?? "Rescored." } : { ok: false, text: result.error });
          if (result.ok) router.refresh();
        }}
      >
        <p>
          Score this article&apos;s claims again with the model in use, <span className="font-mono" data-testid="rescore-model">{modelVersion}</span>. Claims with a verdict are not
          touched; a claim someone marked keeps its mark; every claim whose score changes gets a line in its history.
        </p>
        <button type="submit" disabled={busy} className="rounded bg-stone-900 px-3 py-1 text-white disabled:opacity-60" data-testid="rescore-button">
          {busy ? "Rescoring…" : `Rescore with ${modelVersion}`}
        </button>
        {message && (
          <p role="status" data-testid="rescore-message" className={message.ok ? "text-emerald-800" : "text-red-800"}>{message.text}</p>
        )}
      </form>
    </details>
  );
}
