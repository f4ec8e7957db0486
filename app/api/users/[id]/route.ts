import { getDb } from "@/server/db";
import { LIMITS } from "@/lib/vocabulary";
import { changeUser, requireUser, userChangeSchema } from "@/services/users";
import { apiRoute, idParam, readJson } from "@/server/api";

/** Admins change a user's role, disabled flag or password. */
export const PATCH = apiRoute<{ id: string }>("users:manage", async (req, { user, params }) => {
  const db = getDb();
  const target = await requireUser(db, user, idParam(params.id, "user"));
  const change = await readJson(req, userChangeSchema, LIMITS.smallRequestBytes);
  return Response.json(await changeUser(db, user, { userId: target.id, ...change }));
});
