import type { ReactNode } from "react";

type Props<T> = {
  items: readonly T[];
  /** Shown instead of the list when there are no items. */
  empty: string;
  testId: string;
  /** One keyed <li> per item. */
  children: (item: T) => ReactNode;
};

/** A list on the claim panel (comments, evidence), or a line saying there is nothing yet. */
export function DeskList<T>({ items, empty, testId, children }: Props<T>) {
  if (items.length === 0) return <p className="text-sm text-stone-600">{empty}</p>;
  return (
    <ul className="space-y-2 text-sm" data-testid={testId}>
      {items.map((item) => children(item))}
    </ul>
  );
}
