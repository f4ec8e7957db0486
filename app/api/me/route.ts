import { apiRoute } from "@/server/api";

/** Who the session or token belongs to. */
export const GET = apiRoute("editor", (_req, { user }) => Response.json(user));
