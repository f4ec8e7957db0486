import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { getDb } from "@/db/client";
import { findUserByEmail } from "@/db/queries/users";
import { hashPasswordSync, verifyPassword } from "@/lib/passwords";
import { signInLimiter } from "@/lib/rate-limit";

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

let dummy: string | undefined;
function dummyHash(): string {
  return (dummy ??= hashPasswordSync("not-a-real-password"));
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
        const user = findUserByEmail(getDb(), email);
        // Unknown emails still pay for a hash check, so timing does not reveal which emails exist.
        const passwordOk = await verifyPassword(user?.passwordHash ?? dummyHash(), password);
        if (!user || user.disabled || !passwordOk) {
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
