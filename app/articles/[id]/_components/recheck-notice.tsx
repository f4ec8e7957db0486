"use client";

import { useState } from "react";
import { wordDiff } from "@/lib/text-diff";
import type { ClaimDetailJson } from "./types";
import { DiffText } from "./diff-text";

type Props = { detail: ClaimDetailJson | null; busy: boolean; onConfirm: (note: string) => Promise<boolean> };

/**
 * A claim whose text changed in a new version after it got its verdict: what changed, and a way
 * to say the verdict still holds (giving a new verdict clears it too).
 */
export function RecheckNotice({ detail, busy, onConfirm }: Props) {
  const [note, setNote] = useState("");
  const change = detail?.history.filter((e) => e.kind === "text_changed" || e.kind === "restored").at(-1);
  const payload = change?.payload as { from?: { text?: string } | string; to?: { text?: string } } | null | undefined;
  const before = typeof payload?.from === "string" ? payload.from : payload?.from?.text;
  const after = payload?.to?.text;
  return (
    <section className="space-y-2 rounded border-2 border-amber-500 bg-amber-50 p-3 text-sm" aria-labelledby="recheck-heading" data-testid="recheck-notice">
      <h3 id="recheck-heading" className="font-semibold">
        <span aria-hidden="true">⟳ </span>Changed since verdict
      </h3>
      {before && after ? (
        <p className="font-serif leading-6" data-testid="recheck-diff">
          <DiffText runs={wordDiff(before, after)} />
        </p>
      ) : (
        <p>The article's text for this claim changed after its verdict was given.</p>
      )}
      <p>Check that the verdict still applies, or give a new one.</p>
      <label className="block">
        <span className="sr-only">Note on the recheck (optional)</span>
        <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Optional note, e.g. the corrected figure is in the same source" className="w-full rounded border border-stone-300 bg-white px-2 py-1" />
      </label>
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          if (await onConfirm(note)) setNote("");
        }}
        className="rounded bg-stone-900 px-3 py-1.5 font-medium text-white disabled:opacity-60"
      >
        Verdict still holds
      </button>
    </section>
  );
}
