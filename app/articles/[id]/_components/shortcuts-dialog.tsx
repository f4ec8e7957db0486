"use client";

import { useEffect, useRef } from "react";

export const SHORTCUTS: [string, string][] = [
  ["j or ↓ / →", "Next check-worthy claim"],
  ["k or ↑ / ←", "Previous check-worthy claim"],
  ["s", "Mark Supported"],
  ["d", "Mark Disputed (then write the note and press Enter)"],
  ["n", "Mark Needs a source (then write the note and press Enter)"],
  ["a", "Assign the claim to me"],
  ["Esc", "Leave the note field / close this help"],
  ["?", "Show or hide these shortcuts"],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} onClose={onClose} aria-labelledby="shortcuts-title" className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-black/30" data-testid="shortcuts">
      <div className="p-5">
        <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">Keyboard shortcuts</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys} className="contents">
              <dt><kbd className="rounded border border-stone-300 bg-stone-50 px-1.5">{keys}</kbd></dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={onClose} className="mt-4 rounded border border-stone-300 px-3 py-1 text-sm" autoFocus>Close</button>
      </div>
    </dialog>
  );
}
