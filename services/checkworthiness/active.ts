import { modelCacheKey, newestReadyModel, readModelWeights } from "@/db/models";
import type { Conn } from "@/db/transaction";
import { CheckworthinessModel, type ModelFile } from "@/lib/checkworthiness/model";
import { CHECKWORTHINESS_MODEL_VERSION, shippedModel } from "@/lib/splitter";

/**
 * The check-worthiness model in use: the newest ready model trained on the desk, else the shipped
 * one (cw-lr-5). Finding out which is one indexed lookup; the weights (~300 kB of JSON, a few
 * milliseconds to load) are read once per model and connection and kept in the process, and a
 * retrain in this process hands its model over directly (`rememberModel`), so no request waits
 * for a load. A model trained by another process (the CLI) is picked up at its next use.
 */
export type ActiveModel = { id: number | null; version: string; model: CheckworthinessModel };

const loaded = new WeakMap<object, ActiveModel>();

export function shippedActiveModel(): ActiveModel {
  return { id: null, version: CHECKWORTHINESS_MODEL_VERSION, model: shippedModel() };
}

export function activeModel(db: Conn): ActiveModel {
  const newest = newestReadyModel(db);
  if (!newest) return shippedActiveModel();
  const key = modelCacheKey(db);
  const cached = loaded.get(key);
  if (cached?.id === newest.id) return cached;
  const weights = readModelWeights(db, newest.id);
  if (weights === undefined) return shippedActiveModel();
  const entry: ActiveModel = { id: newest.id, version: newest.version, model: new CheckworthinessModel(JSON.parse(weights) as ModelFile) };
  loaded.set(key, entry);
  return entry;
}

/** A model this process just trained becomes the cached one (it is the newest ready model). */
export function rememberModel(db: Conn, entry: ActiveModel): void {
  loaded.set(modelCacheKey(db), entry);
}
