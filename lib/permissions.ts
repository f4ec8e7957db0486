import type { Role } from "./vocabulary";

/** Roles are ordered: each one can do everything the one before it can. */
export const ROLE_RANK: Record<Role, number> = { editor: 1, lead: 2, admin: 3 };

export function hasRole(role: Role, minimum: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[minimum];
}

/**
 * What each capability needs: the single place the server asks "may this user…?". Every page,
 * route handler, server action and service names a capability from here, never a role.
 */
export const CAPABILITIES = {
  "article:read": "editor",
  "article:import": "editor",
  "article:export": "editor",
  "article:reset": "lead",
  "article:publish": "lead",
  "article:rescore": "lead",
  "report:withdraw": "admin",
  "desk:settings": "admin",
  "claim:review": "editor",
  "claim:confirm": "editor",
  "claim:edit-split": "editor",
  "claim:assign-self": "editor",
  "claim:assign-others": "lead",
  "claim:search": "editor",
  "dashboard:view": "lead",
  "export:bulk": "lead",
  "model:manage": "lead",
  "tokens:manage-own": "editor",
  "users:manage": "admin",
} as const satisfies Record<string, Role>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role, capability: Capability): boolean {
  return hasRole(role, CAPABILITIES[capability]);
}

/** The refusal a user below a capability sees. */
export function capabilityMessage(capability: Capability): string {
  return `This needs the ${CAPABILITIES[capability]} role.`;
}

/** Editors may take an unassigned claim or release their own; leads may assign anyone. */
export function canAssign(
  actor: { id: number; role: Role },
  currentAssigneeId: number | null,
  newAssigneeId: number | null,
): boolean {
  if (can(actor.role, "claim:assign-others")) return true;
  if (newAssigneeId === actor.id) return currentAssigneeId === null || currentAssigneeId === actor.id;
  if (newAssigneeId === null) return currentAssigneeId === actor.id;
  return false;
}
