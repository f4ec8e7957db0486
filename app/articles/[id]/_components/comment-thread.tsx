"use client";

import { useRef, useState } from "react";
import { LIMITS } from "@/lib/vocabulary";
import type { Outcome } from "../_hooks/use-desk-actions";
import { formatTime } from "./history-timeline";
import type { ClaimDetailJson } from "./types";

type Props = {
  comments: ClaimDetailJson["comments"];
  busy: boolean;
  onAdd: (body: string) => Promise<Outcome>;
};

export function CommentThread({ comments, busy, onAdd }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      {comments.length === 0 ? (
        <p className="text-sm text-stone-600">No comments yet.</p>
      ) : (
        <ul className="space-y-2 text-sm" data-testid="comment-list">
          {comments.map((c) => (
            <li key={c.id} className="rounded bg-stone-50 p-2">
              <p className="whitespace-pre-wrap">{c.body}</p>
              <p className="mt-0.5 text-xs text-stone-600">{c.authorName} · {formatTime(c.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
      <form
        ref={formRef}
        aria-label="Add a comment"
        className="flex gap-2"
        onSubmit={async (e) => {
          e.preventDefault();
          const body = String(new FormData(e.currentTarget).get("body") ?? "");
          const result = await onAdd(body);
          setError(result.ok ? null : result.error);
          if (result.ok) formRef.current?.reset();
        }}
      >
        <textarea name="body" rows={2} aria-label="Comment" placeholder="Comment for the desk" maxLength={LIMITS.commentChars}
          aria-invalid={Boolean(error)} aria-describedby={error ? "comment-error" : undefined} className="flex-1 rounded border border-stone-300 px-2 py-1 text-sm" />
        <button type="submit" disabled={busy} className="self-end rounded border border-stone-400 px-2 py-1 text-sm">Post</button>
      </form>
      {error && <p id="comment-error" role="alert" className="text-sm text-red-800" data-testid="comment-error">{error}</p>}
    </div>
  );
}
