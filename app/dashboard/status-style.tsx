import type { ClaimStatus } from "@/lib/domain";
import { STATUS_LABELS } from "@/lib/domain";

/**
 * Status colours from the Okabe-Ito palette (globals.css), distinguishable with the common
 * colour-vision deficiencies, and always paired with a symbol and a word.
 */
export const STATUS_STYLE: Record<ClaimStatus, { label: string; icon: string; color: string; text: string; bg: string }> = {
  supported: {
    label: STATUS_LABELS.supported,
    icon: "✓",
    color: "var(--color-supported)",
    text: "text-[var(--color-supported)]",
    bg: "bg-[var(--color-supported)]",
  },
  disputed: {
    label: STATUS_LABELS.disputed,
    icon: "✗",
    color: "var(--color-disputed)",
    text: "text-[var(--color-disputed)]",
    bg: "bg-[var(--color-disputed)]",
  },
  needs_source: {
    label: STATUS_LABELS.needs_source,
    icon: "?",
    color: "var(--color-needs-source)",
    text: "text-[var(--color-needs-source)]",
    bg: "bg-[var(--color-needs-source)]",
  },
  unreviewed: {
    label: STATUS_LABELS.unreviewed,
    icon: "○",
    color: "var(--color-unreviewed)",
    text: "text-[var(--color-unreviewed)]",
    bg: "bg-[var(--color-unreviewed)]",
  },
};

/** Order used in tables and stacks: settled verdicts first, then the open ones. */
export const STATUS_ORDER: ClaimStatus[] = ["supported", "disputed", "needs_source", "unreviewed"];

export function StatusLabel({ status, short = false }: { status: ClaimStatus; short?: boolean }) {
  const s = STATUS_STYLE[status];
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap">
      <span aria-hidden="true" className={`font-bold ${s.text}`}>{s.icon}</span>
      {short ? <span className="sr-only">{s.label}</span> : <span>{s.label}</span>}
    </span>
  );
}
