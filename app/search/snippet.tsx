import { Fragment } from "react";
import { snippetParts } from "@/lib/highlight";

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
