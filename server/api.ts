import "server-only";
import type { z } from "zod";
import { getDb } from "@/server/db";
import { AppError, isAppError } from "@/lib/errors";
import { can, capabilityMessage, type Capability } from "@/lib/permissions";
import { parseOrThrow } from "@/lib/validation";
import { LIMITS } from "@/lib/vocabulary";
import { tokenUser } from "@/services/sessions";
import { getCurrentUser, type SessionUser } from "./session";

export { parseOrThrow };

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (req: Request, ctx: { user: SessionUser; params: P }) => Promise<Response> | Response;

/** Session cookie or `Authorization: Bearer <token>`; both resolve to a live, enabled user. */
async function authenticate(req: Request): Promise<SessionUser | null> {
  const header = req.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) return tokenUser(getDb(), header.slice(7).trim());
  return getCurrentUser();
}

export function jsonError(error: AppError): Response {
  return Response.json({ error: error.message, ...error.details }, { status: error.status });
}

/**
 * Every route handler goes through here: 401 without a user, 403 without the capability, and
 * AppErrors become `{ error }` JSON; anything else is logged and answered with a 500.
 */
export function apiRoute<P = Record<string, string>>(capability: Capability, handler: Handler<P>) {
  return async (req: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      const user = await authenticate(req);
      if (!user) throw new AppError("unauthorized", "Sign in to use the API.");
      if (!can(user.role, capability)) throw new AppError("forbidden", capabilityMessage(capability));
      const params = (context?.params ? await context.params : {}) as P;
      return await handler(req, { user, params });
    } catch (error) {
      if (isAppError(error)) return jsonError(error);
      console.error("API error", req.method, new URL(req.url).pathname, error);
      return Response.json({ error: "Something went wrong on the server." }, { status: 500 });
    }
  };
}

/** Parses a JSON body with a zod schema; bad JSON or bad fields are a 400 with the reason. */
export async function readJson<T extends z.ZodType>(req: Request, schema: T, maxBytes: number = LIMITS.requestBytes): Promise<z.infer<T>> {
  const tooLarge = () => new AppError("too_large", `The request body is over the ${Math.round(maxBytes / 1e6)} MB limit.`);
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge();
  const text = await req.text();
  if (text.length > maxBytes) throw tooLarge();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body must be valid JSON.");
  }
  return parseOrThrow(schema, body);
}

/** Route params are strings; ids must be positive integers or the thing does not exist. */
export function idParam(value: string | undefined, what: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0 || String(id) !== value) throw new AppError("not_found", `That ${what} does not exist.`);
  return id;
}
