import type { Metadata } from "next";
import { getDb } from "@/server/db";
import { MIN_DEV_RECALL } from "@/lib/checkworthiness/fit";
import { jsonify } from "@/lib/json";
import { requirePageUser } from "@/server/session";
import { getModelOverview } from "@/services/checkworthiness";
import { DeskLabelsTable } from "./desk-labels-table";
import { FiguresTable } from "./figures-table";
import { ModelsTable } from "./models-table";
import { RetrainPanel } from "./retrain-panel";

export const metadata: Metadata = { title: "Check-worthiness model" };
export const dynamic = "force-dynamic";

const when = (d: Date) => d.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** Leads and admins: the model in use, its figures, the desk's labels, and retraining with them. */
export default async function ModelPage() {
  const user = await requirePageUser("model:manage");
  const overview = await getModelOverview(getDb(), user);
  const { inUse, deskLabels } = overview;
  const models = jsonify(overview.models);
  const latest = models[0] ?? null;
  return (
    <div className="max-w-5xl space-y-5">
      <header>
        <h1 className="text-2xl font-semibold">Check-worthiness model</h1>
        <p className="text-sm text-stone-700">
          Every sentence of an imported article is scored by the model in use; each claim keeps the version that scored it. Rescoring an article is a separate step, on its
          page.
        </p>
      </header>

      <section aria-labelledby="in-use" className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <h2 id="in-use" className="font-semibold">
          In use: <span className="font-mono" data-testid="model-in-use">{inUse.version}</span>
        </h2>
        <p className="text-sm text-stone-700" data-testid="model-in-use-about">
          {inUse.shipped
            ? "The model shipped with ClaimDesk, trained on the corpus's train split."
            : `Trained by ${inUse.trainedByName ?? "someone"}${inUse.trainedAt ? ` on ${when(inUse.trainedAt)}` : ""} on the train split plus ${inUse.figures.deskLabels.used} desk ${inUse.figures.deskLabels.used === 1 ? "label" : "labels"}.`}{" "}
          A sentence is check-worthy at a score of {inUse.figures.threshold.toFixed(2)} or more (the highest that keeps recall ≥ {MIN_DEV_RECALL} on the dev split in each language: a margin over the 0.95 target, because recall falls on articles by authors the model has not seen).
        </p>
        {inUse.figures.holdout ? (
          <>
            <h3 className="text-sm font-semibold">On the holdout articles (unseen, scored once)</h3>
            <FiguresTable figures={inUse.figures.holdout} split="holdout" testId="figures-holdout" />
          </>
        ) : null}
        <h3 className="text-sm font-semibold">On the dev split (where the threshold is chosen)</h3>
        <FiguresTable figures={inUse.figures.dev} split="dev" testId="figures-dev" />
      </section>

      <section aria-labelledby="labels" className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <h2 id="labels" className="font-semibold">Desk labels collected</h2>
        <DeskLabelsTable labels={deskLabels} />
      </section>

      <section aria-labelledby="retrain" className="space-y-3 rounded border border-stone-200 bg-white p-4">
        <h2 id="retrain" className="font-semibold">Retrain</h2>
        <RetrainPanel initial={latest} labelsUsed={deskLabels.used} />
      </section>

      <section aria-labelledby="trained" className="space-y-3">
        <h2 id="trained" className="font-semibold">Trained on the desk</h2>
        <ModelsTable models={models} inUseId={inUse.id} />
      </section>
    </div>
  );
}
