/** Check-worthiness models trained on the desk (the shipped model, cw-lr-5, is a file: lib/checkworthiness/model-v5.json). */
import { sql } from "drizzle-orm";
import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { MODEL_STATUSES } from "@/lib/vocabulary";
import { createdAt, requiredRef, serialId, timestamp, updatedAt } from "./columns";
import { users } from "./core";

/**
 * One row per retrain, kept for good: a finished row (ready or failed) can no longer change, and
 * no row is ever deleted (triggers, migration 0008). The model in use is the newest ready one, or
 * the shipped model when there is none. While a row is `training`, its progress and heartbeat
 * move; at most one row is `training` at a time (a partial unique index).
 */
export const checkworthinessModels = sqliteTable(
  "checkworthiness_models",
  {
    id: serialId(),
    /** cw-desk-N: what claims.model_version names. */
    version: text("version").notNull().unique(),
    status: text("status", { enum: MODEL_STATUSES }).notNull().default("training"),
    /** The training seed: the same desk labels and seed give the same weights. */
    seed: integer("seed").notNull(),
    /** Desk labels the model was trained with (corpus train split + these). */
    deskLabels: integer("desk_labels").notNull(),
    /** 0..1 while training; 1 when ready. */
    progress: real("progress").notNull().default(0),
    /** What training is doing now, in plain words ("Training the fast stage: epoch 12 of 40"). */
    phase: text("phase").notNull().default("Waiting to start"),
    /** The model file (lib/checkworthiness/model.ts ModelFile), once ready. */
    weights: text("weights"),
    /** Dev and test figures per language and the desk label counts (services/checkworthiness), once ready. */
    figures: text("figures", { mode: "json" }).$type<Record<string, unknown>>(),
    /** Why training failed, for the Model page. */
    error: text("error"),
    createdBy: requiredRef("created_by", () => users.id),
    createdAt: createdAt(),
    /** The heartbeat: a training row whose heartbeat stops was interrupted (a restart). */
    updatedAt: updatedAt(),
    finishedAt: timestamp("finished_at"),
  },
  (t) => [
    index("checkworthiness_models_status_idx").on(t.status, t.id),
    uniqueIndex("checkworthiness_models_one_training_idx").on(t.status).where(sql`status = 'training'`),
    index("checkworthiness_models_created_by_idx").on(t.createdBy),
  ],
);

export type CheckworthinessModelRow = typeof checkworthinessModels.$inferSelect;
