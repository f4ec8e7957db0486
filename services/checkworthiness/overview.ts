import type { Db } from "@/db/connection";
import { findModel, listModels } from "@/db/models";
import shippedFigures from "@/lib/checkworthiness/model-v5.figures.json";
import { deskLabelFigures, type DeskLabelFigures, type ModelFigures } from "@/lib/checkworthiness/retrain";
import type { SplitFigures } from "@/lib/checkworthiness/evaluate";
import { AppError } from "@/lib/errors";
import { requireCapability, type Actor } from "../actor";
import { activeModel } from "./active";
import { collectDeskLabels } from "./labels";
import { modelView, type ModelView } from "./retrain";

/** The shipped model's figures (recorded by `model eval --record`; the holdout once), with no desk labels. */
const SHIPPED_FIGURES: ModelFigures = {
  threshold: shippedFigures.threshold,
  dev: shippedFigures.dev as SplitFigures,
  ...("holdout" in shippedFigures ? { holdout: shippedFigures.holdout as SplitFigures } : {}),
  deskLabels: { en: { checkworthy: 0, notCheckworthy: 0 }, es: { checkworthy: 0, notCheckworthy: 0 }, total: 0, used: 0, heldOut: 0 },
};

export type ModelInUse = {
  version: string;
  /** Null for the shipped model. */
  id: number | null;
  shipped: boolean;
  figures: ModelFigures;
  trainedByName: string | null;
  trainedAt: Date | null;
};

export type ModelOverview = {
  inUse: ModelInUse;
  /** The desk labels a retrain would use now. */
  deskLabels: DeskLabelFigures;
  /** Trained models, newest first. */
  models: ModelView[];
  /** The retrain running now, if any. */
  training: ModelView | null;
};

/** Everything the Model page shows: GET /api/model. */
export async function getModelOverview(db: Db, actor: Actor): Promise<ModelOverview> {
  requireCapability(actor, "model:manage");
  const active = activeModel(db);
  const models = listModels(db).map((row) => modelView(db, row));
  const current = active.id === null ? null : models.find((m) => m.id === active.id) ?? null;
  return {
    inUse: {
      version: active.version,
      id: active.id,
      shipped: active.id === null,
      figures: current?.figures ?? SHIPPED_FIGURES,
      trainedByName: current?.createdByName ?? null,
      trainedAt: current?.finishedAt ?? null,
    },
    deskLabels: deskLabelFigures(collectDeskLabels(db)),
    models,
    training: models.find((m) => m.status === "training") ?? null,
  };
}

/** One retrain's progress: GET /api/model/retrain/:id, and the Model page's poll. */
export async function getTraining(db: Db, actor: Actor, input: { id: number }): Promise<ModelView> {
  requireCapability(actor, "model:manage");
  const row = findModel(db, input.id);
  if (!row) throw new AppError("not_found", "That retrain does not exist.");
  return modelView(db, row);
}
