import type { ReactNode } from "react";

/**
 * On a phone each row becomes a card of labelled lines (the caller puts the column name in each
 * cell's data-label), so a row's buttons are never off-screen behind a sideways scroll nobody sees.
 */
const STACK_ON_PHONE = [
  "max-sm:block max-sm:[&_tbody]:block max-sm:[&_tr]:block max-sm:[&_tr]:px-3 max-sm:[&_tr]:py-2",
  "max-sm:[&_td]:block max-sm:[&_td]:px-0 max-sm:[&_td]:py-1",
  "max-sm:[&_td]:before:block max-sm:[&_td]:before:text-xs max-sm:[&_td]:before:text-stone-600 max-sm:[&_td]:before:content-[attr(data-label)]",
].join(" ");

type Props = { columns: readonly string[]; caption?: string; testId: string; stackOnPhone?: boolean; children: ReactNode };

/**
 * The desk's plain list table (users, overdue source requests): a scrolling bordered box, a
 * header row of column names and the rows the caller gives, one look for both.
 */
export function ListTable({ columns, caption, testId, stackOnPhone = false, children }: Props) {
  return (
    // relative: the rows' visually hidden labels are positioned inside the scrolling box, so they
    // cannot widen the page past a phone's screen.
    <div className="relative overflow-x-auto rounded border border-stone-200 bg-white">
      <table className={`w-full text-sm ${stackOnPhone ? STACK_ON_PHONE : ""}`} data-testid={testId}>
        {caption && <caption className="px-3 py-2 text-left font-medium">{caption}</caption>}
        <thead className={`bg-stone-100 text-left ${stackOnPhone ? "max-sm:sr-only" : ""}`}>
          <tr>
            {columns.map((column) => (
              <th key={column} className="px-3 py-2">{column}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">{children}</tbody>
      </table>
    </div>
  );
}
