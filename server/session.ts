import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { findUserById } from "@/db/queries/users";
import type { Role } from "@/lib/domain";
import { hasRole } from "@/lib/permissions";

export type SessionUser = { id: number; name: string; email: string; role: Role };

/**
 * The signed-in user, re-read from the database on every request so that a disabled or
 * deleted account, or a changed role, takes effect at once even though the JWT lives on.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = findUserById(getDb(), id);
  if (!user || user.disabled) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
});

/** For pages: signed-out visitors go to sign-in; a role too low sees the forbidden page. */
export async function requirePageUser(minimum: Role = "editor"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/signin");
  if (!hasRole(user.role, minimum)) forbidden();
  return user;
}
