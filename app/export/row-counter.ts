/**
 * Counts the claims in a bulk export while it downloads, from the text alone (see
 * lib/export/bulk.ts for both layouts). CSV: a record ends at a line feed outside quotes
 * (a quoted note may span lines; doubled quotes toggle twice, so they cancel out), and the
 * first record is the header. JSON: every claim sits on its own line starting with "{".
 */
export type RowCounter = { push(text: string): void; rows(): number };

const QUOTE = 34; // "
const LINE_FEED = 10; // \n
const OPEN_BRACE = 123; // {

/** A counter that reads every character code of every chunk in order; `step` keeps its state. */
function charCounter(step: (ch: number) => void, rows: () => number): RowCounter {
  return {
    push(text) {
      for (let i = 0; i < text.length; i++) step(text.charCodeAt(i));
    },
    rows,
  };
}

export function csvRowCounter(): RowCounter {
  let quoted = false;
  let records = 0;
  return charCounter(
    (ch) => {
      if (ch === QUOTE) quoted = !quoted;
      else if (ch === LINE_FEED && !quoted) records++;
    },
    () => Math.max(0, records - 1),
  );
}

export function jsonRowCounter(): RowCounter {
  let afterNewline = false;
  let rows = 0;
  return charCounter(
    (ch) => {
      if (afterNewline && ch === OPEN_BRACE) rows++;
      afterNewline = ch === LINE_FEED;
    },
    () => rows,
  );
}

/** "filename" from a Content-Disposition header, if it names one. */
export function filenameFromDisposition(header: string | null): string | null {
  const match = header ? /filename="([^"]+)"/.exec(header) : null;
  return match ? match[1] : null;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
