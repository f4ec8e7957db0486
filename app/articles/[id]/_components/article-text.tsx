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
            aria-label={`${quiet ? "Sentence" : "Claim"}: ${STATUS_LABELS[claim.status]}. ${claim.text}`}
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
            ].join(" ")}
          >
            {!quiet && (
              <span aria-hidden="true" className="mr-0.5 align-super text-[0.65rem] font-sans font-bold">
                {style.icon}
              </span>
            )}
            <span data-offset={s.start}>{s.text}</span>
          </mark>
        );
      })}
    </div>
  );
});
