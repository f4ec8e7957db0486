import { z } from "zod";
import { getDb } from "@/server/db";
import { LIMITS } from "@/lib/vocabulary";
import { versionSchema } from "@/services/claims/schemas";
import { confirmRecheck } from "@/services/versions";
import { apiRoute, idParam, readJson } from "@/server/api";

const recheckSchema = z.object({ version: versionSchema, note: z.string("note must be text.").max(LIMITS.noteChars).nullish() });

/** `POST /api/claims/:id/recheck { version, note? }`: the verdict still holds for the claim's changed text. */
export const POST = apiRoute<{ id: string }>("claim:review", async (req, { user, params }) => {
  const claimId = idParam(params.id, "claim");
  const input = await readJson(req, recheckSchema);
  return Response.json(await confirmRecheck(getDb(), user, { claimId, ...input }));
});
