import { STATUS_LABELS, type ClaimStatus } from "@/lib/domain";

/** Icon + word + color, so status never depends on color alone. */
export const STATUS_STYLE: Record<ClaimStatus, { icon: string; badge: string; mark: string }> = {
  unreviewed: { icon: "○", badge: "bg-stone-100 text-stone-700 border-stone-300", mark: "bg-stone-200/70 decoration-stone-500 decoration-dotted" },
  supported: { icon: "✓", badge: "bg-sky-50 text-sky-900 border-sky-700", mark: "bg-sky-100 decoration-sky-700 decoration-solid" },
  disputed: { icon: "✗", badge: "bg-orange-50 text-orange-900 border-orange-700", mark: "bg-orange-100 decoration-orange-700 decoration-wavy" },
  needs_source: { icon: "?", badge: "bg-fuchsia-50 text-fuchsia-900 border-fuchsia-700", mark: "bg-fuchsia-100 decoration-fuchsia-700 decoration-dashed" },
};

export function StatusBadge({ status }: { status: ClaimStatus }) {
  const style = STATUS_STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${style.badge}`} data-status={status}>
      <span aria-hidden="true">{style.icon}</span>
      {STATUS_LABELS[status]}
    </span>
  );
}
