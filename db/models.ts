import { and, desc, eq, sql } from "drizzle-orm";
import { checkworthinessModels, users, type CheckworthinessModelRow } from "./schema";
import type { Conn, Tx } from "./transaction";
import { clientOf } from "./sql";

/**
 * Trained check-worthiness models (append-only once finished: migration 0008). The weights are
 * large (~300 kB of JSON), so only `readModelWeights` reads them.
 */

export type ModelSummary = Omit<CheckworthinessModelRow, "weights"> & { createdByName: string };

const summaryColumns = {
  id: checkworthinessModels.id,
  version: checkworthinessModels.version,
  status: checkworthinessModels.status,
  seed: checkworthinessModels.seed,
  deskLabels: checkworthinessModels.deskLabels,
  progress: checkworthinessModels.progress,
  phase: checkworthinessModels.phase,
  figures: checkworthinessModels.figures,
  error: checkworthinessModels.error,
  createdBy: checkworthinessModels.createdBy,
  createdAt: checkworthinessModels.createdAt,
  updatedAt: checkworthinessModels.updatedAt,
  finishedAt: checkworthinessModels.finishedAt,
  createdByName: users.name,
};

function summaries(db: Conn) {
  return db.select(summaryColumns).from(checkworthinessModels).innerJoin(users, eq(users.id, checkworthinessModels.createdBy));
}

/** Every trained model, newest first. */
export function listModels(db: Conn, limit = 50): ModelSummary[] {
  return summaries(db).orderBy(desc(checkworthinessModels.id)).limit(limit).all();
}

export function findModel(db: Conn, id: number): ModelSummary | undefined {
  return summaries(db).where(eq(checkworthinessModels.id, id)).get();
}

/** The row that is training now, if any (at most one: a partial unique index). */
export function trainingModel(db: Conn): ModelSummary | undefined {
  return summaries(db).where(eq(checkworthinessModels.status, "training")).get();
}

/** The newest finished model's id and version: the one in use. */
export function newestReadyModel(db: Conn): { id: number; version: string } | undefined {
  return db
    .select({ id: checkworthinessModels.id, version: checkworthinessModels.version })
    .from(checkworthinessModels)
    .where(eq(checkworthinessModels.status, "ready"))
    .orderBy(desc(checkworthinessModels.id))
    .limit(1)
    .get();
}

/** The model file of a ready model (JSON text). */
export function readModelWeights(db: Conn, id: number): string | undefined {
  return db
    .select({ weights: checkworthinessModels.weights })
    .from(checkworthinessModels)
    .where(and(eq(checkworthinessModels.id, id), eq(checkworthinessModels.status, "ready")))
    .get()?.weights ?? undefined;
}

/** The id the next model will get (ids are never reused: rows are never deleted). */
export function nextModelId(tx: Tx): number {
  const row = tx.select({ max: sql<number | null>`max(${checkworthinessModels.id})` }).from(checkworthinessModels).get();
  return (row?.max ?? 0) + 1;
}

export function insertTrainingModel(tx: Tx, row: { id: number; version: string; seed: number; deskLabels: number; createdBy: number; at: Date }): void {
  tx.insert(checkworthinessModels)
    .values({ id: row.id, version: row.version, seed: row.seed, deskLabels: row.deskLabels, createdBy: row.createdBy, status: "training", createdAt: row.at, updatedAt: row.at })
    .run();
}

/** Progress and heartbeat of a training row; false when the row is no longer training. */
export function updateTrainingProgress(tx: Tx, id: number, progress: number, phase: string, at: Date): boolean {
  return (
    tx
      .update(checkworthinessModels)
      .set({ progress, phase, updatedAt: at })
      .where(and(eq(checkworthinessModels.id, id), eq(checkworthinessModels.status, "training")))
      .run().changes === 1
  );
}

export function finishModel(tx: Tx, id: number, outcome: { weights: string; figures: Record<string, unknown>; at: Date }): boolean {
  return (
    tx
      .update(checkworthinessModels)
      .set({ status: "ready", progress: 1, phase: "Ready", weights: outcome.weights, figures: outcome.figures, updatedAt: outcome.at, finishedAt: outcome.at })
      .where(and(eq(checkworthinessModels.id, id), eq(checkworthinessModels.status, "training")))
      .run().changes === 1
  );
}

export function failModel(tx: Tx, id: number, error: string, at: Date): boolean {
  return (
    tx
      .update(checkworthinessModels)
      .set({ status: "failed", phase: "Failed", error, updatedAt: at, finishedAt: at })
      .where(and(eq(checkworthinessModels.id, id), eq(checkworthinessModels.status, "training")))
      .run().changes === 1
  );
}

/**
 * What an in-process cache of loaded models is keyed by: the connection, which a plain handle
 * and a transaction over it share. Opaque to callers.
 */
export function modelCacheKey(db: Conn): object {
  return clientOf(db);
}
