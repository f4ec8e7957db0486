import { getDb } from "@/db/client";
import { findUserById } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { userChangeSchema } from "@/lib/user-input";
import { apiRoute, idParam, readJson } from "@/server/api";
import { changeUser } from "@/server/user-admin";

/** Admins change a user's role, disabled flag or password. */
export const PATCH = apiRoute<{ id: string }>("admin", async (req, { user, params }) => {
  const id = idParam(params.id, "user");
  if (!findUserById(getDb(), id)) throw new AppError("not_found", "That user does not exist.");
  const change = await readJson(req, userChangeSchema, 100_000);
  return Response.json(await changeUser(user.id, id, change));
});
