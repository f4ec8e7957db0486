import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { getDb } from "@/server/db";
import { env } from "@/lib/env";
import { endSignedInSession, verifyCredentials } from "@/services/sessions";
import { clientAddress, signInAllowed, signInFailed, signInSucceeded } from "@/services/sign-in-limits";

export class TooManySignInAttempts extends CredentialsSignin {
  code = "rate_limited";
}

const EXPECTED_REFUSALS = new Set(["MissingCSRF", "JWTSessionError", "UnknownAction", "InvalidCheck"]);

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

const nextAuth = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password, a form posted without its CSRF token or a forged cookie are refusals the
    // client caused, not server errors: one line, no stack trace. Anything else is a real error.
    error(error) {
      const type = (error as { type?: string }).type ?? error.name;
      if (type === "CredentialsSignin") return;
      if (EXPECTED_REFUSALS.has(type)) return console.warn(`[auth] refused a request: ${type}`);
      console.error("[auth]", error);
    },
  },
  events: {
    // Signing out (the app's button or POST /api/auth/signout) ends the session for good: a copy of
    // the cookie kept elsewhere stops working too.
    signOut(message) {
      const token = "token" in message ? message.token : null;
      const userId = Number(token?.uid);
      if (token?.sid && Number.isInteger(userId) && userId > 0) {
        const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + authConfig.session.maxAge * 1000);
        endSignedInSession(getDb(), { sessionId: token.sid, userId, expiresAt });
      }
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const db = getDb();
        const address = clientAddress(request?.headers, env().TRUSTED_PROXY_HOPS);
        if (!signInAllowed(db, email, address)) throw new TooManySignInAttempts();
        const user = await verifyCredentials(db, email, password);
        if (!user) {
          signInFailed(db, email, address);
          return null;
        }
        signInSucceeded(db, email);
        return { id: String(user.id), name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
});

export const { handlers, signIn, signOut } = nextAuth;
/** Deduplicated per request: pages and their components share one session read. */
export const auth = cache(nextAuth.auth);
