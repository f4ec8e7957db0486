"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { safeLocalPath } from "@/lib/safe-redirect";

export type SignInState = { error?: string; email?: string } | null;

const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email."),
  password: z.string().min(1, "Enter your password."),
  callbackUrl: z.string().optional(),
});

export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  if (!(formData instanceof FormData)) return { error: "Enter your email and password." };
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Enter your email and password." };
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirectTo: safeLocalPath(callbackUrl) });
    return null;
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      if (code === "rate_limited") {
        return { email, error: "Too many failed sign-ins for this email. Wait a minute and try again." };
      }
      return { email, error: "Wrong email or password, or the account is disabled." };
    }
    throw error; // Next's redirect after a successful sign-in travels as an exception
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/signin" });
}
