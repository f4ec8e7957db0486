"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { resetArticleAction } from "../actions";

/** Leads only: every verdict of the article back to unreviewed, with a reason. */
export function ResetArticleForm({ articleId }: { articleId: number }) {
  const router = useRouter();
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">Reset verdicts…</summary>
      <form
        aria-label="Reset all verdicts"
        className="absolute right-0 z-10 mt-1 w-80 space-y-2 rounded border border-stone-300 bg-white p-3 text-sm shadow-lg"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const result = await resetArticleAction({ articleId, note });
          setBusy(false);
          setMessage(result.ok ? { ok: true, text: result.message ?? "Reset." } : { ok: false, text: result.error });
          if (result.ok) {
            setNote("");
            router.refresh();
          }
        }}
      >
        <p>Every claim with a verdict goes back to unreviewed. The history keeps every earlier verdict.</p>
        <label className="block">
          <span className="font-medium">Why (required)</span>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} className="mt-1 w-full rounded border border-stone-300 px-2 py-1" />
        </label>
        <button type="submit" disabled={busy} className="rounded bg-red-700 px-3 py-1 text-white disabled:opacity-60">Reset all verdicts</button>
        {message && (
          <p role="status" data-testid="reset-message" className={message.ok ? "text-emerald-800" : "text-red-800"}>{message.text}</p>
        )}
      </form>
    </details>
  );
}
