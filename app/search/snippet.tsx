import { Fragment } from "react";
import { MARK_END, MARK_START } from "@/db/queries/search";

/** Splits an FTS5 snippet into plain and highlighted parts (markers \u0002 … \u0003). */
export function snippetParts(snippet: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  let mark = false;
  let current = "";
  for (const ch of snippet) {
    if (ch === MARK_START || ch === MARK_END) {
      if (current) parts.push({ text: current, mark });
      current = "";
      mark = ch === MARK_START;
    } else current += ch;
  }
  if (current) parts.push({ text: current, mark });
  return parts;
}

/** The snippet as React text with <mark> around the matches: never HTML from the database. */
export function Snippet({ snippet }: { snippet: string }) {
  return (
    <>
      {snippetParts(snippet).map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-stone-900">
            {p.text}
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
