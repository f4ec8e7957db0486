"use server";

import { z } from "zod";
import { getDb } from "@/server/db";
import { serverAction } from "@/server/action";
import { rescoreArticle, rescoreSchema, type RescoreResult } from "@/services/checkworthiness";

/** Leads: rescore the article's claims without a verdict with the model in use (its own file: the desk's actions.ts is busy). */
export const rescoreArticleAction = serverAction(
  "article:rescore",
  rescoreSchema.extend({ articleId: z.number().int().positive("Unknown article.") }),
  async (input, user): Promise<{ ok: true; message: string; data: RescoreResult }> => {
    const result = await rescoreArticle(getDb(), user, input);
    const changed = result.rescored.length;
    const message =
      `${changed === 0 ? "No claim changed" : `${changed} ${changed === 1 ? "claim" : "claims"} rescored`} with ${result.modelVersion}; ` +
      `${result.unchanged} unchanged; ${result.withVerdict} with a verdict left as they were.`;
    return { ok: true, message, data: result };
  },
);
