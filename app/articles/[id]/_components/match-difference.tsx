import type { SlotName } from "@/lib/matching";
import type { ClaimMatchJson } from "./types";

const SLOT_LABELS: Record<SlotName, string> = {
  figure: "Figure",
  unit: "Unit",
  comparator: "Comparison",
  period: "Period",
  direction: "Direction",
  negation: "Negation",
  place: "Place",
  organisation: "Organisation",
  entity: "Who",
  subject: "Subject",
  object: "Object",
  action: "Action",
  detail: "Detail",
};

const slotLabel = (slot: SlotName) => SLOT_LABELS[slot];

/**
 * How the earlier claim differs from this one. One language: the words, with what only this claim
 * says struck out and what only the earlier claim says underlined (real <del>/<ins>, so screen
 * readers announce them), and the deciding words (a disagreeing slot) in bold on amber. Two
 * languages: the deciding parts side by side, since every word differs.
 */
export function MatchDifference({ diff }: { diff: ClaimMatchJson["diff"] }) {
  if (diff.mode === "slots") {
    if (diff.slots.length === 0) return null;
    return (
      <table className="w-full table-fixed border-collapse text-xs" data-testid="match-slots">
        <caption className="sr-only">What each claim says, part by part</caption>
        <thead>
          <tr className="text-left text-stone-600">
            <th scope="col" className="w-20 py-0.5 font-medium">Part</th>
            <th scope="col" className="py-0.5 font-medium">This claim</th>
            <th scope="col" className="py-0.5 font-medium">Earlier claim</th>
          </tr>
        </thead>
        <tbody>
          {diff.slots.map((s, i) => (
            <tr key={`${s.slot}-${i}`} className={`border-t border-stone-100 align-top ${s.agrees ? "" : "bg-amber-50 font-semibold text-amber-950"}`} data-agrees={s.agrees}>
              <th scope="row" className="py-0.5 pr-1 text-left font-medium">
                {slotLabel(s.slot)} {s.agrees ? <span aria-label="agrees">✓</span> : <span aria-label="differs">≠</span>}
              </th>
              <td className="break-words py-0.5 pr-1">{s.a}</td>
              <td className="break-words py-0.5">{s.b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const changed = diff.segments.some((s) => s.kind !== "same");
  if (!changed) {
    return (
      <p className="text-xs text-stone-600" data-testid="match-diff">
        Same wording as this claim.
      </p>
    );
  }
  return (
    <div className="space-y-0.5" data-testid="match-diff">
      <p className="text-xs text-stone-600">
        Word by word: <del className="text-red-800">only in this claim</del> · <ins className="text-emerald-800">only in the earlier claim</ins>
      </p>
      <p className="break-words font-serif text-stone-800">
        {diff.segments.map((s, i) => {
          const deciding = s.slot ? " rounded-sm bg-amber-100 px-0.5 font-semibold outline outline-1 outline-amber-600" : "";
          const title = s.slot ? `Deciding part: ${slotLabel(s.slot).toLowerCase()}` : undefined;
          if (s.kind === "removed") return <del key={i} className={`text-red-800${deciding}`} title={title} data-slot={s.slot}>{s.text}</del>;
          if (s.kind === "added") return <ins key={i} className={`text-emerald-800${deciding}`} title={title} data-slot={s.slot}>{s.text}</ins>;
          return <span key={i} className={deciding || undefined} title={title} data-slot={s.slot}>{s.text}</span>;
        })}
      </p>
    </div>
  );
}
