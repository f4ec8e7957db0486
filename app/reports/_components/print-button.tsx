"use client";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100 print:hidden">
      Print or save as PDF
    </button>
  );
}
