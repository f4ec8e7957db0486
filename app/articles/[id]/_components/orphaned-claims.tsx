"use client";

import { StatusBadge } from "@/components/status-style";
import type { OrphanJson } from "./types";

type Props = {
  orphans: OrphanJson[];
  selection: { start: number; end: number } | null;
  busy: boolean;
  onRestore: (orphan: OrphanJson) => void | Promise<void>;
};

/**
 * Claims whose sentence is gone from the newest version: kept with their verdicts and history,
 * and put back by selecting the text they now belong to.
 */
export function OrphanedClaims({ orphans, selection, busy, onRestore }: Props) {
  if (orphans.length === 0) return null;
  return (
    <section aria-labelledby="orphans-heading" className="space-y-2 rounded border border-stone-300 bg-white p-4" data-testid="orphaned-claims">
      <h2 id="orphans-heading" className="font-semibold">Orphaned claims ({orphans.length})</h2>
      <p className="text-sm text-stone-600">
        Their sentences are not in the newest version. To put one back, select the text it belongs to in the article, then press its button.
      </p>
      <ul className="space-y-2">
        {orphans.map((o) => (
          <li key={o.id} className="flex flex-wrap items-start justify-between gap-2 border-t border-stone-100 pt-2 text-sm" data-testid="orphan" data-claim-id={o.id}>
            <div className="min-w-0 flex-1 space-y-1">
              <StatusBadge status={o.status} />
              <p className="font-serif text-stone-800">
                <del className="decoration-stone-400">{o.text}</del>
              </p>
            </div>
            <button
              type="button"
              disabled={busy || !selection}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void onRestore(o)}
              className="rounded border border-stone-300 px-2 py-1 text-xs hover:bg-stone-100 disabled:opacity-50"
              title={selection ? "Put this claim on the selected text" : "Select text in the article first"}
            >
              Put back on the selection
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
