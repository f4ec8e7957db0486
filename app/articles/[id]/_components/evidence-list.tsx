"use client";

import { LIMITS } from "@/lib/vocabulary";
import type { Outcome } from "../_hooks/use-desk-actions";
import { useOutcomeForm } from "../_hooks/use-outcome-form";
import { DeskList } from "./desk-list";
import type { ClaimDetailJson } from "./types";

type Props = {
  evidence: ClaimDetailJson["evidence"];
  busy: boolean;
  onAdd: (input: { url: string; title: string; quote: string }) => Promise<Outcome>;
  onRemove: (evidenceId: number) => Promise<Outcome>;
};

/** Sources for the claim: link, title and the quoted passage. Links open safely in a new tab. */
export function EvidenceList({ evidence, busy, onAdd, onRemove }: Props) {
  const { formRef, error, report, onSubmit } = useOutcomeForm();
  return (
    <div className="space-y-2">
      <DeskList items={evidence} empty="No evidence yet." testId="evidence-list">
        {(e) => (
          <li key={e.id} className="rounded border border-stone-200 p-2" data-testid="evidence-item">
            <a href={e.url} target="_blank" rel="noopener noreferrer nofollow" className="break-words font-medium text-sky-800 underline">
              {e.title || e.url}
            </a>
            {e.quote && <blockquote className="mt-1 border-l-2 border-stone-300 pl-2 italic text-stone-700">{e.quote}</blockquote>}
            <div className="mt-1 flex items-center justify-between text-xs text-stone-600">
              <span>Added by {e.addedByName}</span>
              <button type="button" disabled={busy} onClick={async () => report(await onRemove(e.id))} className="rounded border border-stone-300 px-1.5 py-0.5"
                aria-label={`Remove evidence ${e.title || e.url}`}>
                Remove
              </button>
            </div>
          </li>
        )}
      </DeskList>
      <form
        ref={formRef}
        aria-label="Add evidence"
        className="space-y-1.5 rounded bg-stone-50 p-2"
        onSubmit={onSubmit((data) => onAdd({ url: String(data.get("url") ?? ""), title: String(data.get("title") ?? ""), quote: String(data.get("quote") ?? "") }))}
      >
        <input name="url" type="url" required placeholder="Source URL (https://…)" aria-label="Source URL" maxLength={LIMITS.urlChars}
          aria-invalid={Boolean(error)} aria-describedby={error ? "evidence-error" : undefined} className="w-full rounded border border-stone-300 px-2 py-1 text-sm" />
        <input name="title" placeholder="Title" aria-label="Source title" maxLength={LIMITS.evidenceTitleChars} className="w-full rounded border border-stone-300 px-2 py-1 text-sm" />
        <textarea name="quote" rows={2} placeholder="Quoted passage" aria-label="Quoted passage" maxLength={LIMITS.evidenceQuoteChars} className="w-full rounded border border-stone-300 px-2 py-1 text-sm" />
        {error && <p id="evidence-error" role="alert" className="text-sm text-red-800" data-testid="evidence-error">{error}</p>}
        <button type="submit" disabled={busy} className="rounded border border-stone-400 bg-white px-2 py-1 text-sm">Add evidence</button>
      </form>
    </div>
  );
}
