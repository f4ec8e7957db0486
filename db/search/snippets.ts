/** The snippets of search results: an extract per text column with each match marked. */
import type { Db } from "../connection";
import { MARK_START } from "@/lib/highlight";
import { ftsRowid, sqlAll, sqlGet } from "../sql";

export type SnippetField = "text" | "notes" | "evidence";

/** One claim's extracts of its text, notes and evidence (null where the column is empty). */
export type Snippets = { id: number; s0: string | null; s1: string | null; s2: string | null };

/** SELECT columns s0, s1, s2 for claims_fts: each match between MARK_START and MARK_END (\u0002 … \u0003). */
export const SNIPPET_COLUMNS = [0, 1, 2].map((col) => `snippet(claims_fts, ${col}, char(2), char(3), '…', 32) AS s${col}`).join(", ");

/** The first extract that holds a match, text before notes before evidence; the claim's text when none does. */
export function pickSnippet(hit: Snippets | undefined, text: string): { snippet: string; snippetField: SnippetField } {
  if (hit) {
    const fields: [SnippetField, string | null][] = [
      ["text", hit.s0],
      ["notes", hit.s1],
      ["evidence", hit.s2],
    ];
    for (const [field, value] of fields) if (value && value.includes(MARK_START)) return { snippet: value, snippetField: field };
  }
  return { snippet: text, snippetField: "text" };
}

/** The snippets of the claims `ids` for the text expression `text` ("" for none: no snippets). */
export function readSnippets(db: Db, text: string, ids: number[]): Map<number, Snippets> {
  const snippetOf = new Map<number, Snippets>();
  if (!text || ids.length === 0) return snippetOf;
  if (/"\*/.test(text)) {
    // A prefix term is expanded at each MATCH: one pass over the page's id range instead.
    const rows = sqlAll<Snippets>(
      db,
      `SELECT rowid AS id, ${SNIPPET_COLUMNS} FROM claims_fts WHERE claims_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))`,
      text,
      ftsRowid(Math.min(...ids)),
      ftsRowid(Math.max(...ids)),
      JSON.stringify(ids),
    );
    for (const row of rows) snippetOf.set(row.id, row);
    return snippetOf;
  }
  for (const id of ids) {
    const row = sqlGet<Snippets>(db, `SELECT rowid AS id, ${SNIPPET_COLUMNS} FROM claims_fts WHERE claims_fts MATCH ? AND rowid = ?`, text, ftsRowid(id));
    if (row) snippetOf.set(id, row);
  }
  return snippetOf;
}
