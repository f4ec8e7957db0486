"use client";

import { QUEUE_LABELS, QUEUES, type Queue } from "../_hooks/use-review-queue";

type Props = {
  queue: Queue;
  counts: Record<Queue, number>;
  onChange: (queue: Queue) => void;
  advance: boolean;
  onAdvanceChange: (on: boolean) => void;
};

/** Which claims the reviewer works through, with counts, and whether a verdict moves on to the next. */
export function ReviewQueue({ queue, counts, onChange, advance, onAdvanceChange }: Props) {
  return (
    <div className="space-y-2" data-testid="review-queue">
      <div role="radiogroup" aria-label="Review queue" className="flex flex-wrap gap-1">
        {QUEUES.map((q) => (
          <button
            key={q}
            type="button"
            role="radio"
            aria-checked={queue === q}
            onClick={() => onChange(q)}
            data-queue={q}
            className={`rounded-full border px-2.5 py-0.5 text-xs ${queue === q ? "border-stone-900 bg-stone-900 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100"}`}
          >
            {QUEUE_LABELS[q]} <span className="tabular-nums">({counts[q]})</span>
          </button>
        ))}
      </div>
      <label className="flex items-center gap-1.5 text-xs text-stone-700">
        <input type="checkbox" checked={advance} onChange={(e) => onAdvanceChange(e.target.checked)} />
        Go to the next claim after a verdict
      </label>
    </div>
  );
}
