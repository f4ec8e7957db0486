import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/server/db";
import { can, type Capability } from "@/lib/permissions";
import { sessionUser, type SessionClaims, type SessionUser } from "@/services/sessions";

export type { SessionUser };

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];
const SESSION_MEMO_MS = 60_000;
type SessionRef = SessionClaims;
const sessionMemo = ((globalThis as { claimdeskSessionMemo?: Map<string, SessionRef & { until: number }> }).claimdeskSessionMemo ??= new Map());

/**
 * Which user a session cookie belongs to. Decrypting the cookie costs about a millisecond, so the
 * answer is remembered for a minute (never past the session's expiry); the user row itself is
 * still read on every request.
 */
async function sessionRef(): Promise<SessionRef | null> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const now = Date.now();
  const memo = sessionMemo.get(raw);
  if (memo && memo.until > now) return memo;
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const expires = session?.expires ? Date.parse(session.expires) : now;
  const ref: SessionRef = { userId: id, sessionVersion: session?.sessionVersion ?? 0, sessionId: session?.sessionId ?? null };
  if (sessionMemo.size >= 5000) sessionMemo.delete(sessionMemo.keys().next().value!);
  sessionMemo.set(raw, { ...ref, until: Math.min(now + SESSION_MEMO_MS, expires) });
  return ref;
}

/**
 * The signed-in user, re-read from the database on every request so that a disabled or
 * deleted account, or a changed role, takes effect at once even though the JWT lives on.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const ref = await sessionRef();
  return ref === null ? null : sessionUser(getDb(), ref);
});

/** For pages: signed-out visitors go to sign-in; without the capability, the forbidden page. */
export async function requirePageUser(capability: Capability = "article:read"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!can(user.role, capability)) forbidden();
  return user;
}
