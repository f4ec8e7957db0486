import { getDb } from "@/db/client";
import { claimHistory, requireLiveClaim } from "@/db/queries/claims";
import { apiRoute, idParam } from "@/server/api";

/** The claim's events, oldest first. */
export const GET = apiRoute<{ id: string }>("editor", (_req, { params }) => {
  const db = getDb();
  const claim = requireLiveClaim(db, idParam(params.id, "claim"));
  const events = claimHistory(db, claim.id).map((e) => ({
    kind: e.kind,
    actorId: e.actorId,
    actorName: e.actorName,
    at: e.at.toISOString(),
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note,
  }));
  return Response.json(events);
});
