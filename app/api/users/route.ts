import { getDb } from "@/server/db";
import { LIMITS } from "@/lib/vocabulary";
import { addUser, getUsers, newUserSchema } from "@/services/users";
import { apiRoute, readJson } from "@/server/api";

export const GET = apiRoute("users:manage", async (_req, { user }) => Response.json({ users: await getUsers(getDb(), user) }));

export const POST = apiRoute("users:manage", async (req, { user }) => {
  const input = await readJson(req, newUserSchema, LIMITS.smallRequestBytes);
  return Response.json(await addUser(getDb(), user, input), { status: 201 });
});
