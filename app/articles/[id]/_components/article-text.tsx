"use client";

import { memo } from "react";
import { segmentBody } from "@/lib/highlight";
import { STATUS_LABELS } from "@/lib/vocabulary";
import { STATUS_STYLE } from "@/components/status-style";
import type { ReviewClaim } from "./types";

type Props = {
  body: string;
  claims: ReviewClaim[];
  selectedId: number | null;
  onSelect: (id: number) => void;
};

/** The article with each claim highlighted in place; the selected claim is the one tab stop. */
export const ArticleText = memo(function ArticleText({ body, claims, selectedId, onSelect }: Props) {
  const segments = segmentBody(body, claims);
  return (
    <div className="whitespace-pre-wrap font-serif text-[1.05rem] leading-8" data-testid="article-body">
      {segments.map((s) => {
        if (!s.claim) return <span key={s.start} data-offset={s.start}>{s.text}</span>;
        const claim = s.claim;
        const style = STATUS_STYLE[claim.status];
        const quiet = !claim.checkworthy && claim.status === "unreviewed";
        const selected = claim.id === selectedId;
        return (
          <mark
            key={claim.id}
            id={`claim-${claim.id}`}
            data-claim-id={claim.id}
            data-status={claim.status}
            data-checkworthy={claim.checkworthy}
            role="button"
            tabIndex={selected ? 0 : -1}
            aria-pressed={selected}
            data-needs-recheck={claim.needsRecheck || undefined}
            aria-label={`${quiet ? "Sentence" : "Claim"}: ${STATUS_LABELS[claim.status]}${claim.needsRecheck ? ", changed since verdict" : ""}. ${claim.text}`}
            onClick={() => onSelect(claim.id)}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                onSelect(claim.id);
              }
            }}
            className={[
              "cursor-pointer rounded-sm px-0.5 text-inherit underline-offset-4",
              quiet ? "bg-transparent text-stone-500 hover:bg-stone-100" : `${style.mark} underline decoration-2`,
              selected ? "ring-2 ring-stone-900 ring-offset-1" : "",
              claim.needsRecheck ? "outline outline-2 outline-dashed outline-amber-600" : "",
            ].join(" ")}
          >
            {/* Status in a symbol at text size, so it reads without colour and at any zoom. */}
            {!quiet && (
              <span aria-hidden="true" className="mr-1 inline-block min-w-[1.1em] rounded border border-current bg-white/80 px-0.5 text-center font-sans text-[0.8em] font-bold leading-tight">
                {style.icon}
              </span>
            )}
            {claim.needsRecheck && (
              <span aria-hidden="true" className="mr-1 inline-block rounded bg-amber-200 px-0.5 font-sans text-[0.8em] font-bold leading-tight text-amber-950" title="Changed since verdict">
                ⟳
              </span>
            )}
            <span data-offset={s.start}>{s.text}</span>
          </mark>
        );
      })}
    </div>
  );
});
