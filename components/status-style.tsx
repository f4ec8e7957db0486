import { STATUS_ICONS, STATUS_LABELS, type ClaimStatus } from "@/lib/vocabulary";

/**
 * How each status looks: colours from the Okabe-Ito palette (globals.css), distinguishable with
 * the common colour-vision deficiencies, always paired with a symbol and a word.
 */
export const STATUS_STYLE: Record<
  ClaimStatus,
  { label: string; icon: string; badge: string; mark: string; color: string; text: string; bg: string }
> = {
  unreviewed: {
    label: STATUS_LABELS.unreviewed,
    icon: STATUS_ICONS.unreviewed,
    badge: "bg-stone-100 text-stone-700 border-stone-300",
    mark: "bg-stone-200/70 decoration-stone-500 decoration-dotted",
    color: "var(--color-unreviewed)",
    text: "text-[var(--color-unreviewed)]",
    bg: "bg-[var(--color-unreviewed)]",
  },
  supported: {
    label: STATUS_LABELS.supported,
    icon: STATUS_ICONS.supported,
    badge: "bg-sky-50 text-sky-900 border-sky-700",
    mark: "bg-sky-100 decoration-sky-700 decoration-solid",
    color: "var(--color-supported)",
    text: "text-[var(--color-supported)]",
    bg: "bg-[var(--color-supported)]",
  },
  disputed: {
    label: STATUS_LABELS.disputed,
    icon: STATUS_ICONS.disputed,
    badge: "bg-orange-50 text-orange-900 border-orange-700",
    mark: "bg-orange-100 decoration-orange-700 decoration-wavy",
    color: "var(--color-disputed)",
    text: "text-[var(--color-disputed)]",
    bg: "bg-[var(--color-disputed)]",
  },
  needs_source: {
    label: STATUS_LABELS.needs_source,
    icon: STATUS_ICONS.needs_source,
    badge: "bg-fuchsia-50 text-fuchsia-900 border-fuchsia-700",
    mark: "bg-fuchsia-100 decoration-fuchsia-700 decoration-dashed",
    color: "var(--color-needs-source)",
    text: "text-[var(--color-needs-source)]",
    bg: "bg-[var(--color-needs-source)]",
  },
};

export function StatusBadge({ status }: { status: ClaimStatus }) {
  const style = STATUS_STYLE[status];
  return (
    <span className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${style.badge}`} data-status={status}>
      <span aria-hidden="true">{style.icon}</span>
      {style.label}
    </span>
  );
}

export function StatusLabel({ status, short = false }: { status: ClaimStatus; short?: boolean }) {
  const s = STATUS_STYLE[status];
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap">
      <span aria-hidden="true" className={`font-bold ${s.text}`}>{s.icon}</span>
      {short ? <span className="sr-only">{s.label}</span> : <span>{s.label}</span>}
    </span>
  );
}
