import { apiRoute } from "@/server/api";

/** Who the session or token belongs to. */
export const GET = apiRoute("article:read", (_req, { user }) => Response.json(user));
