"use client";

import { useRef } from "react";
import { formatTime } from "./history-timeline";
import type { ClaimDetailJson } from "./types";

type Props = {
  comments: ClaimDetailJson["comments"];
  busy: boolean;
  onAdd: (body: string) => Promise<boolean>;
};

export function CommentThread({ comments, busy, onAdd }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
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
          if (await onAdd(body)) formRef.current?.reset();
        }}
      >
        <textarea name="body" rows={2} aria-label="Comment" placeholder="Comment for the desk" maxLength={5000} className="flex-1 rounded border border-stone-300 px-2 py-1 text-sm" />
        <button type="submit" disabled={busy} className="self-end rounded border border-stone-400 px-2 py-1 text-sm">Post</button>
      </form>
    </div>
  );
}
