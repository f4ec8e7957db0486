import type { Db } from "@/db/connection";
import { failModel, findModel, finishModel, insertTrainingModel, nextModelId, trainingModel, updateTrainingProgress, type ModelSummary } from "@/db/models";
import { writeTransaction } from "@/db/transaction";
import type { DeskLabel } from "@/lib/checkworthiness/dataset";
import { retrainSteps, type ModelFigures, type RetrainResult } from "@/lib/checkworthiness/retrain";
import { AppError } from "@/lib/errors";
import type { ModelStatus } from "@/lib/vocabulary";
import { requireCapability, type Actor } from "../actor";
import { rememberModel } from "./active";
import { collectDeskLabels } from "./labels";

/**
 * Retraining the check-worthiness model with the desk's labels. It never holds the server: the
 * work (lib/checkworthiness/retrain.ts) runs in slices of at most SLICE_MS with the event loop
 * free between them, like matching (services/matches/runner.ts), and its progress and a heartbeat
 * are written to the model's row as it goes, so the Model page can poll it and a row whose
 * heartbeat stopped (the server restarted) reads as interrupted. One retrain at a time: a second
 * one while one runs is refused (and a partial unique index makes that hold across processes).
 */
export const SLICE_MS = 20;
/** Progress is written when the percentage moves, and at least this often (the heartbeat). */
const HEARTBEAT_MS = 1000;
/** A training row whose heartbeat is older than this, and that no job of this process runs, was interrupted. */
export const STALE_AFTER_MS = 30_000;
export const DEFAULT_SEED = 1;

export type TrainingStatus = ModelStatus | "interrupted";

/** A trained (or training) model as the Model page and GET /api/model show it. */
export type ModelView = {
  id: number;
  version: string;
  status: TrainingStatus;
  /** 0..100 */
  percent: number;
  phase: string;
  seed: number;
  deskLabels: number;
  figures: ModelFigures | null;
  error: string | null;
  createdByName: string;
  createdAt: Date;
  finishedAt: Date | null;
};

const running = new WeakMap<Db, Map<number, Promise<void>>>();

function jobsOf(db: Db): Map<number, Promise<void>> {
  let jobs = running.get(db);
  if (!jobs) running.set(db, (jobs = new Map()));
  return jobs;
}

function isInterrupted(db: Db, row: ModelSummary, now: number): boolean {
  return row.status === "training" && !jobsOf(db).has(row.id) && now - row.updatedAt.getTime() > STALE_AFTER_MS;
}

export function modelView(db: Db, row: ModelSummary, now = Date.now()): ModelView {
  return {
    id: row.id,
    version: row.version,
    status: isInterrupted(db, row, now) ? "interrupted" : row.status,
    percent: Math.floor(row.progress * 100),
    phase: isInterrupted(db, row, now) ? "Interrupted: the server stopped before training finished" : row.phase,
    seed: row.seed,
    deskLabels: row.deskLabels,
    figures: (row.figures as ModelFigures | null) ?? null,
    error: row.error,
    createdByName: row.createdByName,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

export type RetrainInput = { seed?: number };
/** For tests and the CLI: fewer epochs (a quick model), and resolve only when training is over. */
export type RetrainOptions = { epochs?: number };

const yieldToOtherRequests = () => new Promise<void>((resolve) => setImmediate(resolve));

function refusal(db: Db, row: ModelSummary): AppError {
  const view = modelView(db, row);
  return new AppError(
    "conflict",
    `A retrain is already running: ${row.version}, started by ${row.createdByName}, ${view.percent}% done. Wait for it to finish, then retrain again.`,
    { training: view },
  );
}

/**
 * Starts a retrain in the background and answers at once with its row (the job id is the row's
 * id). Resolve `waitForTraining` to wait for the outcome.
 */
export async function startRetrain(db: Db, actor: Actor, input: RetrainInput = {}, options: RetrainOptions = {}): Promise<ModelView> {
  requireCapability(actor, "model:manage");
  const seed = input.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed) || seed < 0 || seed > 2 ** 31 - 1) throw new AppError("bad_request", "The seed must be a whole number from 0 to 2147483647.");
  const labels = collectDeskLabels(db);
  const now = new Date();
  const id = writeTransaction(db, (tx) => {
    const current = trainingModel(tx);
    if (current && !isInterrupted(db, current, now.getTime())) throw refusal(db, current);
    if (current) failModel(tx, current.id, "Interrupted: the server stopped before training finished.", now);
    const next = nextModelId(tx);
    insertTrainingModel(tx, { id: next, version: `cw-desk-${next}`, seed, deskLabels: labels.length, createdBy: actor.id, at: now });
    return next;
  });
  const row = findModel(db, id)!;
  const jobs = jobsOf(db);
  const job = runTraining(db, row, labels, options).finally(() => jobs.delete(id));
  jobs.set(id, job);
  return modelView(db, row);
}

/** Resolves when the model's training job in this process is over (at once if none runs). */
export async function waitForTraining(db: Db, id: number): Promise<void> {
  await jobsOf(db).get(id);
}

async function runTraining(db: Db, row: ModelSummary, labels: DeskLabel[], options: RetrainOptions): Promise<void> {
  try {
    const steps = retrainSteps(labels, { seed: row.seed, version: row.version, ...(options.epochs ? { epochs: options.epochs } : {}) });
    let saved = { percent: -1, at: 0 };
    let result: RetrainResult | null = null;
    while (result === null) {
      await yieldToOtherRequests();
      const started = performance.now();
      let next = steps.next();
      while (!next.done && performance.now() - started < SLICE_MS) next = steps.next();
      if (next.done) {
        result = next.value;
        break;
      }
      const percent = Math.floor(next.value.fraction * 100);
      if (percent !== saved.percent || Date.now() - saved.at >= HEARTBEAT_MS) {
        const { fraction, phase } = next.value;
        const stillTraining = writeTransaction(db, (tx) => updateTrainingProgress(tx, row.id, fraction, phase, new Date()));
        if (!stillTraining) return; // marked failed meanwhile (taken for interrupted): nothing to keep
        saved = { percent, at: Date.now() };
      }
    }
    const finished = writeTransaction(db, (tx) => finishModel(tx, row.id, { weights: JSON.stringify(result.file), figures: result.figures, at: new Date() }));
    if (finished) rememberModel(db, { id: row.id, version: row.version, model: result.model });
  } catch (error) {
    console.error(`Retraining ${row.version} failed`, error);
    try {
      writeTransaction(db, (tx) => failModel(tx, row.id, "Training failed on the server; see its log. Nothing changed: the model in use is the same.", new Date()));
    } catch (inner) {
      console.error(`Recording that ${row.version} failed also failed`, inner);
    }
  }
}
