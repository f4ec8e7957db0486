import { getDb } from "@/db/client";
import { listUsers } from "@/db/queries/users";
import { newUserSchema } from "@/lib/user-input";
import { apiRoute, readJson } from "@/server/api";
import { addUser } from "@/server/user-admin";

export const GET = apiRoute("admin", () => Response.json({ users: listUsers(getDb()) }));

export const POST = apiRoute("admin", async (req) => {
  const input = await readJson(req, newUserSchema, 100_000);
  return Response.json(await addUser(input), { status: 201 });
});
