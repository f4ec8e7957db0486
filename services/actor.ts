import { AppError } from "@/lib/errors";
import { can, capabilityMessage, type Capability } from "@/lib/permissions";
import type { Role } from "@/lib/vocabulary";

/** Who a service acts for: a signed-in user, a token's owner, or the CLI's `--as` user. */
export type Actor = { id: number; name: string; role: Role };

/**
 * Services check the capability themselves, so no caller (a route, an action, the CLI) can skip
 * it; the edges check it too, to answer 401/403 before reading a body.
 */
export function requireCapability(actor: Actor, capability: Capability): void {
  if (!can(actor.role, capability)) throw new AppError("forbidden", capabilityMessage(capability));
}
