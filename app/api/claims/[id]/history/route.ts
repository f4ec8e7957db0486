import { getDb } from "@/server/db";
import { getClaimHistory } from "@/services/claims";
import { apiRoute, idParam } from "@/server/api";

/** The claim's events, oldest first. */
export const GET = apiRoute<{ id: string }>("article:read", async (_req, { user, params }) => {
  const events = await getClaimHistory(getDb(), user, { claimId: idParam(params.id, "claim") });
  return Response.json(
    events.map((e) => ({
      kind: e.kind,
      actorId: e.actorId,
      actorName: e.actorName,
      at: e.at.toISOString(),
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
    })),
  );
});
