import type { ReactNode } from "react";

/**
 * The desk's plain list table (users, overdue source requests): a scrolling bordered box, a
 * header row of column names and the rows the caller gives, one look for both.
 */
export function ListTable({ columns, caption, testId, children }: { columns: readonly string[]; caption?: string; testId: string; children: ReactNode }) {
  return (
    // relative: the rows' visually hidden labels are positioned inside the scrolling box, so they
    // cannot widen the page past a phone's screen.
    <div className="relative overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full text-sm" data-testid={testId}>
        {caption && <caption className="px-3 py-2 text-left font-medium">{caption}</caption>}
        <thead className="bg-stone-100 text-left">
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
