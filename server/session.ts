import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/server/db";
import { can, type Capability } from "@/lib/permissions";
import { sessionUser, type SessionUser } from "@/services/sessions";

export type { SessionUser };

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];
const SESSION_MEMO_MS = 60_000;
const sessionMemo = ((globalThis as { claimdeskSessionMemo?: Map<string, { uid: number; until: number }> }).claimdeskSessionMemo ??= new Map());

/**
 * Which user a session cookie belongs to. Decrypting the cookie costs about a millisecond, so the
 * answer is remembered for a minute (never past the session's expiry); the user row itself is
 * still read on every request.
 */
async function sessionUserId(): Promise<number | null> {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const now = Date.now();
  const memo = sessionMemo.get(raw);
  if (memo && memo.until > now) return memo.uid;
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const expires = session?.expires ? Date.parse(session.expires) : now;
  if (sessionMemo.size >= 5000) sessionMemo.delete(sessionMemo.keys().next().value!);
  sessionMemo.set(raw, { uid: id, until: Math.min(now + SESSION_MEMO_MS, expires) });
  return id;
}

/**
 * The signed-in user, re-read from the database on every request so that a disabled or
 * deleted account, or a changed role, takes effect at once even though the JWT lives on.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const id = await sessionUserId();
  return id === null ? null : sessionUser(getDb(), id);
});

/** For pages: signed-out visitors go to sign-in; without the capability, the forbidden page. */
export async function requirePageUser(capability: Capability = "article:read"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!can(user.role, capability)) forbidden();
  return user;
}
