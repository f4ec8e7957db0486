"use server";

import { z } from "zod";
import { getDb } from "@/server/db";
import { jsonify } from "@/lib/json";
import { serverAction } from "@/server/action";
import { getTraining, modelIdSchema, retrainSchema, startRetrain } from "@/services/checkworthiness";
import type { ModelViewJson } from "./types";

/** The Model page's one transport: start a retrain, and poll its progress. */

export const retrainAction = serverAction("model:manage", retrainSchema, async (input, user): Promise<{ ok: true; data: ModelViewJson }> => {
  return { ok: true, data: jsonify(await startRetrain(getDb(), user, input)) };
});

export const loadTrainingAction = serverAction("model:manage", z.object({ id: modelIdSchema }), async (input, user): Promise<{ ok: true; data: ModelViewJson }> => {
  return { ok: true, data: jsonify(await getTraining(getDb(), user, input)) };
});
