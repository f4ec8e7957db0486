import type { Role } from "./vocabulary";

/** Roles are ordered: each one can do everything the one before it can. */
export const ROLE_RANK: Record<Role, number> = { editor: 1, lead: 2, admin: 3 };

export function hasRole(role: Role, minimum: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[minimum];
}

/** What each capability needs; the single place the server asks "may this user…?". */
export const CAPABILITIES = {
  reviewClaims: "editor",
  importArticles: "editor",
  editSplit: "editor",
  exportArticle: "editor",
  assignToSelf: "editor",
  assignOthers: "lead",
  resetArticle: "lead",
  viewDashboard: "lead",
  bulkExport: "lead",
  manageUsers: "admin",
} as const satisfies Record<string, Role>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role, capability: Capability): boolean {
  return hasRole(role, CAPABILITIES[capability]);
}

/** Editors may take an unassigned claim or release their own; leads may assign anyone. */
export function canAssign(
  actor: { id: number; role: Role },
  currentAssigneeId: number | null,
  newAssigneeId: number | null,
): boolean {
  if (can(actor.role, "assignOthers")) return true;
  if (newAssigneeId === actor.id) return currentAssigneeId === null || currentAssigneeId === actor.id;
  if (newAssigneeId === null) return currentAssigneeId === actor.id;
  return false;
}
