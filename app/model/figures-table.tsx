import type { LanguageFigures, SplitFigures } from "@/lib/checkworthiness/evaluate";
import { LANGUAGE_LABELS, LANGUAGES } from "@/lib/vocabulary";

const ROWS: { key: keyof LanguageFigures; label: string; help: string }[] = [
  { key: "segments", label: "Sentences", help: "sentences of the split in that language" },
  { key: "precision", label: "Precision", help: "of the sentences marked check-worthy, the share that are" },
  { key: "recall", label: "Recall", help: "of the check-worthy sentences, the share marked" },
  { key: "f1", label: "F1", help: "precision and recall together" },
  { key: "prAuc", label: "PR-AUC", help: "precision over every recall (average precision)" },
  { key: "precisionAtRecall95", label: "P@R≥0.95", help: "the best precision that keeps recall at 0.95 or more" },
];

const fmt = (key: keyof LanguageFigures, x: number) => (key === "segments" ? x.toLocaleString("en-GB") : x.toFixed(3));

/**
 * One split's figures, a row per measure and a column per language, so it reads the same on a
 * phone (what each measure means is shown beside it from the sm breakpoint, and as a tooltip).
 */
export function FiguresTable({ figures, split, testId }: { figures: SplitFigures; split: "dev" | "test" | "holdout"; testId: string }) {
  return (
    <table className="w-full max-w-3xl text-sm" data-testid={testId}>
      <caption className="sr-only">Figures on the {split === "holdout" ? "holdout articles" : `${split} split`}, per language</caption>
      <thead>
        <tr className="border-b border-stone-200 text-left text-xs uppercase tracking-wide text-stone-600">
          <th scope="col" className="py-1 pr-3 font-medium">Measure</th>
          {LANGUAGES.map((lang) => (
            <th key={lang} scope="col" className="w-24 py-1 pr-3 text-right font-medium">{LANGUAGE_LABELS[lang]}</th>
          ))}
          <th scope="col" className="hidden py-1 pl-3 font-medium sm:table-cell">What it means</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((r) => (
          <tr key={r.key} className="border-b border-stone-100" data-testid={`${testId}-${r.key}`}>
            <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap" title={r.help}>{r.label}</th>
            {LANGUAGES.map((lang) => (
              <td key={lang} className="py-1 pr-3 text-right tabular-nums" data-lang={lang} data-metric={r.key}>{fmt(r.key, figures[lang][r.key])}</td>
            ))}
            <td className="hidden py-1 pl-3 text-xs text-stone-600 sm:table-cell">{r.help}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
