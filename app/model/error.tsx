"use client";

import { PageFrame } from "@/components/page-frame";

/** The Model page could not be read: say so, and offer to try again. */
export default function ModelError({ reset }: { error: Error; reset: () => void }) {
  return (
    <PageFrame title="Check-worthiness model" className="max-w-5xl space-y-3">
      <p className="rounded bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="model-error">
        The model page could not be loaded. The model in use is unchanged; try again in a moment.
      </p>
      <button type="button" onClick={reset} className="rounded border border-stone-300 bg-white px-3 py-1 text-sm hover:bg-stone-100">
        Try again
      </button>
    </PageFrame>
  );
}
