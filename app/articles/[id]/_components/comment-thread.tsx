"use client";

import { LIMITS } from "@/lib/vocabulary";
import type { Outcome } from "../_hooks/use-desk-actions";
import { useOutcomeForm } from "../_hooks/use-outcome-form";
import { DeskList } from "./desk-list";
import { formatTime } from "./history-timeline";
import type { ClaimDetailJson } from "./types";

type Props = {
  comments: ClaimDetailJson["comments"];
  busy: boolean;
  onAdd: (body: string) => Promise<Outcome>;
};

export function CommentThread({ comments, busy, onAdd }: Props) {
  const { formRef, error, onSubmit } = useOutcomeForm();
  return (
    <div className="space-y-2">
      <DeskList items={comments} empty="No comments yet." testId="comment-list">
        {(c) => (
          <li key={c.id} className="rounded bg-stone-50 p-2">
            <p className="whitespace-pre-wrap">{c.body}</p>
            <p className="mt-0.5 text-xs text-stone-600">{c.authorName} · {formatTime(c.createdAt)}</p>
          </li>
        )}
      </DeskList>
      <form
        ref={formRef}
        aria-label="Add a comment"
        className="flex gap-2"
        onSubmit={onSubmit((data) => onAdd(String(data.get("body") ?? "")))}
      >
        <textarea name="body" rows={2} aria-label="Comment" placeholder="Comment for the desk" maxLength={LIMITS.commentChars}
          aria-invalid={Boolean(error)} aria-describedby={error ? "comment-error" : undefined} className="flex-1 rounded border border-stone-300 px-2 py-1 text-sm" />
        <button type="submit" disabled={busy} className="self-end rounded border border-stone-400 px-2 py-1 text-sm">Post</button>
      </form>
      {error && <p id="comment-error" role="alert" className="text-sm text-red-800" data-testid="comment-error">{error}</p>}
    </div>
  );
}
