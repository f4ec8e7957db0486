import type { DeskLabelFigures } from "@/lib/checkworthiness/retrain";
import { LANGUAGE_LABELS, LANGUAGES } from "@/lib/vocabulary";

/** The desk labels a retrain would use: counts by label and language. */
export function DeskLabelsTable({ labels }: { labels: DeskLabelFigures }) {
  if (labels.total === 0) {
    return (
      <p className="rounded border border-dashed border-stone-300 p-3 text-sm text-stone-700" data-testid="desk-labels-empty">
        No desk labels yet. Reviewers add them on the review desk: marking a sentence check-worthy or not, making a claim from a selection, retiring a claim, or giving a
        verdict.
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <table className="w-full max-w-md text-sm" data-testid="desk-labels">
        <caption className="sr-only">Desk labels by label and language</caption>
        <thead>
          <tr className="border-b border-stone-200 text-left text-xs uppercase tracking-wide text-stone-600">
            <th scope="col" className="py-1 pr-3 font-medium">Language</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Check-worthy</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Not check-worthy</th>
          </tr>
        </thead>
        <tbody>
          {LANGUAGES.map((lang) => (
            <tr key={lang} className="border-b border-stone-100" data-testid={`desk-labels-${lang}`}>
              <th scope="row" className="py-1 pr-3 text-left font-normal">{LANGUAGE_LABELS[lang]}</th>
              <td className="py-1 pr-3 text-right tabular-nums" data-label="checkworthy">{labels[lang].checkworthy}</td>
              <td className="py-1 pr-3 text-right tabular-nums" data-label="not-checkworthy">{labels[lang].notCheckworthy}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-stone-600" data-testid="desk-labels-total">
        {labels.total} {labels.total === 1 ? "label" : "labels"} in all
        {labels.heldOut > 0 && `; ${labels.heldOut} repeat a sentence of the dev or test split and are left out of training, so the figures stay honest`}.
      </p>
    </div>
  );
}
