import { z } from "zod";
import { getDb } from "@/server/db";
import { versionSchema } from "@/services/claims/schemas";
import { restoreOrphan } from "@/services/versions";
import { apiRoute, idParam, readJson } from "@/server/api";

const offset = z.number("Offsets must be numbers.").int("Offsets must be whole numbers.").min(0, "Offsets cannot be negative.");
const restoreSchema = z.object({ version: versionSchema, start: offset, end: offset });

/** `POST /api/claims/:id/restore { version, start, end }`: puts an orphaned claim back on a span of the newest text. */
export const POST = apiRoute<{ id: string }>("claim:edit-split", async (req, { user, params }) => {
  const claimId = idParam(params.id, "claim");
  const input = await readJson(req, restoreSchema);
  return Response.json(await restoreOrphan(getDb(), user, { claimId, ...input }));
});
