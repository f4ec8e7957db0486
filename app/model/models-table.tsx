import type { ModelViewJson } from "./types";

const STATUS: Record<ModelViewJson["status"], string> = { training: "Training", ready: "Ready", failed: "Failed", interrupted: "Interrupted" };

const when = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
const labels = (n: number) => `${n.toLocaleString("en-GB")} desk ${n === 1 ? "label" : "labels"}`;
const f1 = (m: ModelViewJson, lang: "en" | "es") => (m.figures ? m.figures.dev[lang].f1.toFixed(3) : "—");

/** Every retrain, newest first; the one in use is marked. */
export function ModelsTable({ models, inUseId }: { models: ModelViewJson[]; inUseId: number | null }) {
  if (models.length === 0) {
    return (
      <p className="rounded border border-dashed border-stone-300 p-3 text-sm text-stone-700" data-testid="models-empty">
        No model has been trained on the desk yet: the shipped model is in use.
      </p>
    );
  }
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-sm" data-testid="models">
        <caption className="sr-only">Models trained on the desk</caption>
        <thead>
          <tr className="border-b border-stone-200 text-left text-xs uppercase tracking-wide text-stone-600">
            <th scope="col" className="py-1 pr-3 font-medium">Version</th>
            <th scope="col" className="py-1 pr-3 font-medium">Status</th>
            <th scope="col" className="hidden py-1 pr-3 font-medium sm:table-cell">Started by</th>
            <th scope="col" className="hidden py-1 pr-3 font-medium sm:table-cell">Started</th>
            <th scope="col" className="hidden py-1 pr-3 text-right font-medium sm:table-cell">Desk labels</th>
            <th scope="col" className="py-1 pr-3 text-right font-medium" title="F1 on the dev split">Dev F1 <span className="whitespace-nowrap">(EN / ES)</span></th>
          </tr>
        </thead>
        <tbody>
          {models.map((m) => (
            <tr key={m.id} className="border-b border-stone-100" data-testid="model-row" data-version={m.version} data-status={m.status}>
              <th scope="row" className="py-1 pr-3 text-left align-top font-normal">
                <span className="font-mono whitespace-nowrap">{m.version}</span>
                {m.id === inUseId && <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs whitespace-nowrap text-emerald-900">in use</span>}
                {/* On a phone the three columns hidden below are one line here. */}
                <span className="block text-xs text-stone-600 sm:hidden">
                  {m.createdByName}, {when(m.createdAt)}; {labels(m.deskLabels)}
                </span>
              </th>
              <td className="py-1 pr-3 align-top">
                {STATUS[m.status]}
                {/* The running retrain's progress is in the Retrain panel above (it is polled; this table is not). */}
                {m.error && <span className="block text-xs text-red-800">{m.error}</span>}
              </td>
              <td className="hidden py-1 pr-3 align-top sm:table-cell">{m.createdByName}</td>
              <td className="hidden py-1 pr-3 align-top whitespace-nowrap sm:table-cell">{when(m.createdAt)}</td>
              <td className="hidden py-1 pr-3 text-right align-top tabular-nums sm:table-cell">{m.deskLabels.toLocaleString("en-GB")}</td>
              <td className="py-1 pr-3 text-right align-top tabular-nums whitespace-nowrap">{f1(m, "en")} / {f1(m, "es")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
