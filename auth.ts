import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { getDb } from "@/server/db";
import { signInLimiter } from "@/lib/rate-limit";
import { verifyCredentials } from "@/services/sessions";

export class TooManySignInAttempts extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

function clientIp(request: Request | undefined): string {
  const forwarded = request?.headers.get("x-forwarded-for");
  return forwarded?.split(",")[0]?.trim() || request?.headers.get("x-real-ip") || "unknown";
}

const nextAuth = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const key = `${email}|${clientIp(request)}`;
        if (!signInLimiter.allow(key)) throw new TooManySignInAttempts();
        const user = await verifyCredentials(getDb(), email, password);
        if (!user) {
          signInLimiter.fail(key);
          return null;
        }
        signInLimiter.reset(key);
        return { id: String(user.id), name: user.name, email: user.email, role: user.role };
      },
    }),
  ],
});

export const { handlers, signIn, signOut } = nextAuth;
/** Deduplicated per request: pages and their components share one session read. */
export const auth = cache(nextAuth.auth);
