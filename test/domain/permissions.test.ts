import { describe, expect, it } from "vitest";
import { can, canAssign, CAPABILITIES, hasRole, type Capability } from "@/lib/permissions";
import type { Role } from "@/lib/vocabulary";

describe("hasRole", () => {
  const table: [Role, Role, boolean][] = [
    ["editor", "editor", true],
    ["editor", "lead", false],
    ["editor", "admin", false],
    ["lead", "editor", true],
    ["lead", "lead", true],
    ["lead", "admin", false],
    ["admin", "editor", true],
    ["admin", "lead", true],
    ["admin", "admin", true],
  ];
  it.each(table)("%s meets %s: %s", (role, minimum, expected) => {
    expect(hasRole(role, minimum)).toBe(expected);
  });
});

describe("capabilities", () => {
  const expected: Record<Capability, Role[]> = {
    "article:read": ["editor", "lead", "admin"],
    "claim:review": ["editor", "lead", "admin"],
    "article:import": ["editor", "lead", "admin"],
    "claim:edit-split": ["editor", "lead", "admin"],
    "article:export": ["editor", "lead", "admin"],
    "claim:assign-self": ["editor", "lead", "admin"],
    "claim:search": ["editor", "lead", "admin"],
    "tokens:manage-own": ["editor", "lead", "admin"],
    "claim:assign-others": ["lead", "admin"],
    "article:reset": ["lead", "admin"],
    "article:publish": ["lead", "admin"],
    "article:rescore": ["lead", "admin"],
    "model:manage": ["lead", "admin"],
    "report:withdraw": ["admin"],
    "desk:settings": ["admin"],
    "claim:confirm": ["editor", "lead", "admin"],
    "dashboard:view": ["lead", "admin"],
    "export:bulk": ["lead", "admin"],
    "users:manage": ["admin"],
  };
  it("covers every capability", () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(CAPABILITIES).sort());
  });
  for (const [capability, roles] of Object.entries(expected) as [Capability, Role[]][]) {
    it(`${capability} is allowed for exactly ${roles.join(", ")}`, () => {
      const allowed = (["editor", "lead", "admin"] as Role[]).filter((r) => can(r, capability));
      expect(allowed).toEqual(roles);
    });
  }
});

describe("canAssign", () => {
  const editor = { id: 1, role: "editor" as const };
  const lead = { id: 2, role: "lead" as const };
  it.each([
    ["editor takes an unassigned claim", editor, null, 1, true],
    ["editor keeps their own claim", editor, 1, 1, true],
    ["editor takes someone else's claim", editor, 3, 1, false],
    ["editor assigns to someone else", editor, null, 3, false],
    ["editor releases their own claim", editor, 1, null, true],
    ["editor releases someone else's claim", editor, 3, null, false],
    ["lead assigns anyone", lead, 3, 4, true],
    ["lead releases anyone", lead, 3, null, true],
  ] as const)("%s", (_name, actor, current, next, expected) => {
    expect(canAssign(actor, current, next)).toBe(expected);
  });
});
