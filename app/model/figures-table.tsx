import type { LanguageFigures, SplitFigures } from "@/lib/checkworthiness/evaluate";
import { LANGUAGE_LABELS, LANGUAGES } from "@/lib/vocabulary";

const COLUMNS: { key: keyof LanguageFigures; label: string; help: string }[] = [
  { key: "precision", label: "Precision", help: "of the sentences marked check-worthy, the share that are" },
  { key: "recall", label: "Recall", help: "of the check-worthy sentences, the share marked" },
  { key: "f1", label: "F1", help: "precision and recall together" },
  { key: "prAuc", label: "PR-AUC", help: "precision over every recall (average precision)" },
  { key: "precisionAtRecall95", label: "P@R≥0.95", help: "the best precision that keeps recall at 0.95 or more" },
];

const fmt = (x: number) => x.toFixed(3);

/** One split's figures per language, as the rule book reports them. */
export function FiguresTable({ figures, split, testId }: { figures: SplitFigures; split: "dev" | "test"; testId: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-sm" data-testid={testId}>
        <caption className="sr-only">Figures on the {split} split, per language</caption>
        <thead>
          <tr className="border-b border-stone-200 text-left text-xs uppercase tracking-wide text-stone-600">
            <th scope="col" className="py-1 pr-3 font-medium">Language</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">Sentences</th>
            {COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="py-1 pr-3 text-right font-medium" title={c.help}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {LANGUAGES.map((lang) => (
            <tr key={lang} className="border-b border-stone-100" data-testid={`${testId}-${lang}`}>
              <th scope="row" className="py-1 pr-3 text-left font-normal">{LANGUAGE_LABELS[lang]}</th>
              <td className="py-1 pr-3 text-right tabular-nums">{figures[lang].segments}</td>
              {COLUMNS.map((c) => (
                <td key={c.key} className="py-1 pr-3 text-right tabular-nums" data-metric={c.key}>{fmt(figures[lang][c.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
