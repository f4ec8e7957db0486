/** Share of check-worthy claims with a verdict, with the numbers in words for screen readers. */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const pct = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${done} of ${total} check-worthy claims have a verdict`}
        className="h-2 w-32 overflow-hidden rounded bg-stone-200"
      >
        <div className="h-full bg-[var(--color-supported)]" style={{ width: `${pct}%` }} />
      </div>
      <span className="text-xs tabular-nums text-stone-600">
        {done}/{total}
      </span>
    </div>
  );
}
