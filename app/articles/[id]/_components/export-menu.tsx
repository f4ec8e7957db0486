"use client";

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

const FORMATS = [
  { format: "md", label: "Markdown", hint: ".md" },
  { format: "html", label: "Printable HTML", hint: "opens in a new tab; print it to save as PDF" },
  { format: "pdf", label: "PDF", hint: ".pdf" },
  { format: "csv", label: "CSV", hint: "spreadsheet, one row per claim" },
  { format: "json", label: "JSON", hint: ".json" },
  { format: "claimreview", label: "ClaimReview JSON-LD", hint: "schema.org markup for publishing" },
] as const;

/**
 * The article's report downloads, behind an "Export" disclosure button. Escape or a click
 * outside closes it and focus goes back to the button; keys pressed inside it are kept from the
 * review desk's single-letter shortcuts, so tabbing through the links cannot judge a claim.
 */
export function ExportMenu({ articleId }: { articleId: number }) {
  const [open, setOpen] = useState(false);
  const [verified, setVerified] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) close(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open, close]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!open) return;
    e.stopPropagation();
    if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    }
  };

  const href = (format: string) => `/api/articles/${articleId}/export?format=${format}${verified ? "&verified=1" : ""}`;

  return (
    <div
      ref={wrapper}
      className="relative inline-block text-left"
      data-testid="export-menu"
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (open && e.relatedTarget && !wrapper.current?.contains(e.relatedTarget as Node)) close(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-30 mt-1 w-72 rounded border border-stone-200 bg-white p-3 text-sm shadow-lg"
      >
        <label className="mb-2 flex items-center gap-2 border-b border-stone-100 pb-2">
          <input type="checkbox" checked={verified} onChange={(e) => setVerified(e.target.checked)} />
          Verified claims only
        </label>
        <ul aria-label="Export formats" className="space-y-1">
          {FORMATS.map((f) => (
            <li key={f.format}>
              <a
                href={href(f.format)}
                {...(f.format === "html" ? { target: "_blank", rel: "noopener" } : { download: "" })}
                className="block rounded px-2 py-1 hover:bg-stone-100 focus:bg-stone-100"
              >
                <span className="font-medium text-sky-900 underline">{f.label}</span>
                <span className="block text-xs text-stone-600">{f.hint}</span>
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
