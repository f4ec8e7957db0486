"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { getDb } from "@/server/db";
import { serverAction } from "@/server/action";
import { getPublications, publishReport, publishSchema, withdrawReport, withdrawSchema, type PublicationStatus, type PublishResult } from "@/services/publications";

/** Sign-off from the review page (the API has the same: POST /api/articles/:id/publish and /withdraw). */

const articleId = z.number().int().positive("Unknown article.");

/** The address the lead is using, so the snapshot's links point where readers can follow them. */
async function origin(): Promise<string | null> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return null;
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto.split(",")[0].trim()}://${host}`;
}

type Published = { result: PublishResult; status: PublicationStatus | null };

export const publishReportAction = serverAction("article:publish", publishSchema.extend({ articleId }), async (input, user): Promise<{ ok: true; data: Published; message: string }> => {
  const result = await publishReport(getDb(), user, { articleId: input.articleId, note: input.note, origin: await origin() });
  const { status } = await getPublications(getDb(), user, input.articleId);
  return { ok: true, data: { result, status }, message: `Version ${result.version} is published.` };
});

export const withdrawReportAction = serverAction("report:withdraw", withdrawSchema.extend({ articleId }), async (input, user): Promise<{ ok: true; data: PublicationStatus; message: string }> => {
  const status = await withdrawReport(getDb(), user, input);
  return { ok: true, data: status, message: "The public report now says it was withdrawn, with your reason." };
});
