import type { ReactNode } from "react";

/**
 * The frame of a desk page: its width and spacing (`className`, which differs per page) and its
 * one h1, so every page's heading is the same element with the same look.
 */
export function PageFrame({ title, className, children }: { title: ReactNode; className: string; children: ReactNode }) {
  return (
    <div className={className}>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {children}
    </div>
  );
}
