import "server-only";
import type { z } from "zod";
import { getDb } from "@/server/db";
import { AppError, isAppError } from "@/lib/errors";
import { can, capabilityMessage, type Capability } from "@/lib/permissions";
import { parseOrThrow } from "@/lib/validation";
import { env } from "@/lib/env";
import { LIMITS } from "@/lib/vocabulary";
import { storageFailure } from "@/services/health";
import { idempotent } from "@/services/idempotency";
import { tokenUser } from "@/services/sessions";
import { getCurrentUser, type SessionUser } from "./session";

export { parseOrThrow };

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (req: Request, ctx: { user: SessionUser; params: P }) => Promise<Response> | Response;

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A write authenticated by cookie must come from the app's own pages: a page on another origin
 * (another port of the same host counts) can make the browser send the cookie with a form or a
 * no-cors fetch, but it cannot send `Content-Type: application/json` without a preflight, nor
 * forge `Origin` / `Sec-Fetch-Site`. Bearer-token requests carry no ambient credential and skip this.
 */
function assertSameOriginWrite(req: Request): void {
  if (SAFE_METHODS.has(req.method)) return;
  const origin = req.headers.get("origin");
  const fetchSite = req.headers.get("sec-fetch-site");
  // As Next.js does for server actions: the Origin's host must be the host the request came to.
  const hosts = new Set([req.headers.get("x-forwarded-host"), req.headers.get("host"), env().PUBLIC_URL ? new URL(env().PUBLIC_URL!).host : null].filter(Boolean));
  let sameOrigin = fetchSite === "same-origin";
  if (origin) {
    try {
      sameOrigin = hosts.has(new URL(origin).host);
    } catch {
      sameOrigin = false;
    }
  }
  if (!sameOrigin) throw new AppError("forbidden", "This request did not come from ClaimDesk's own pages. Scripts should use an API token.");
  // Browsers label every form or fetch body they send (text/plain by default); only JSON is taken.
  const contentType = req.headers.get("content-type");
  if (contentType !== null && !/^application\/json\b/i.test(contentType)) {
    throw new AppError("unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");
  }
}

/** Session cookie or `Authorization: Bearer <token>`; both resolve to a live, enabled user. */
async function authenticate(req: Request): Promise<SessionUser | null> {
  const header = req.headers.get("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) return tokenUser(getDb(), header.slice(7).trim());
  const user = await getCurrentUser();
  if (user) assertSameOriginWrite(req);
  return user;
}

/** Runs a write once per Idempotency-Key; a repeat gets the first answer (JSON answers only). */
async function answerOnce(req: Request, user: SessionUser, key: string, run: () => Promise<Response> | Response): Promise<Response> {
  const path = new URL(req.url).pathname;
  const answer = await idempotent(getDb(), { userId: user.id, key, method: req.method, path }, async () => {
    let res: Response;
    try {
      res = await run();
    } catch (error) {
      if (!isAppError(error)) throw error;
      res = jsonError(error);
    }
    return { status: res.status, body: res.status === 204 ? "" : await res.text() };
  });
  const headers: Record<string, string> = { "Idempotent-Replayed": String(answer.replayed) };
  if (answer.body) headers["Content-Type"] = "application/json";
  return new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers });
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
      const key = req.headers.get("idempotency-key");
      if (key === null || SAFE_METHODS.has(req.method)) return await handler(req, { user, params });
      return await answerOnce(req, user, key, () => handler(req, { user, params }));
    } catch (error) {
      if (isAppError(error)) return jsonError(error);
      const storage = storageFailure(error);
      if (storage) return jsonError(storage);
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
