"use client";

import { useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";

type Outcome = { ok: true; message?: string } | { ok: false; error: string };

/**
 * An article-wide action behind a "…" summary (reset, rescore): a small form that drops down
 * over the page, runs the server action on submit, says how it went, and redraws the page
 * when it worked. `children` get `busy` to disable the submit button while the action runs.
 */
export function ActionPopover({
  summary,
  formLabel,
  widthClass,
  testId,
  messageTestId,
  doneText,
  submit,
  onDone,
  children,
}: {
  summary: string;
  formLabel: string;
  /** The form's width; the rest of its look is shared. */
  widthClass: string;
  testId?: string;
  messageTestId: string;
  /** Said on success when the action sends no message of its own. */
  doneText: string;
  submit: () => Promise<Outcome>;
  onDone?: () => void;
  children: (busy: boolean) => ReactNode;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <details className="relative" data-testid={testId}>
      <summary className="cursor-pointer rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">{summary}</summary>
      <form
        aria-label={formLabel}
        className={`absolute right-0 z-10 mt-1 ${widthClass} space-y-2 rounded border border-stone-300 bg-white p-3 text-sm shadow-lg`}
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const result = await submit();
          setBusy(false);
          setMessage(result.ok ? { ok: true, text: result.message ?? doneText } : { ok: false, text: result.error });
          if (result.ok) {
            onDone?.();
            router.refresh();
          }
        }}
      >
        {children(busy)}
        {message && (
          <p role="status" data-testid={messageTestId} className={message.ok ? "text-emerald-800" : "text-red-800"}>
            {message.text}
          </p>
        )}
      </form>
    </details>
  );
}
