import { beforeEach, describe, expect, it, vi } from "vitest";

const state = vi.hoisted(() => ({
  cookie: undefined as string | undefined,
  authCalls: 0,
  sessionUserId: null as number | null,
  users: new Map<number, { id: number; name: string; email: string; role: "editor" | "lead" | "admin" }>(),
}));

vi.mock("react", () => ({ cache: <T>(fn: T) => fn }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name === "authjs.session-token" && state.cookie ? { value: state.cookie } : undefined) }),
}));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error(`redirect ${to}`), { to });
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));
vi.mock("@/auth", () => ({
  auth: async () => {
    state.authCalls++;
    return state.sessionUserId === null ? null : { user: { id: String(state.sessionUserId) }, expires: new Date(Date.now() + 3_600_000).toISOString() };
  },
}));
vi.mock("@/server/db", () => ({ getDb: () => ({}) }));
vi.mock("@/services/sessions", () => ({ sessionUser: (_db: unknown, session: { userId: number }) => state.users.get(session.userId) ?? null }));

const { getCurrentUser, requirePageUser } = await import("@/server/session");

let n = 0;
beforeEach(() => {
  state.cookie = `cookie-${++n}`;
  state.authCalls = 0;
  state.sessionUserId = 5;
  state.users = new Map([[5, { id: 5, name: "Eve", email: "e@x", role: "editor" }]]);
});

describe("getCurrentUser", () => {
  it("is null without a session cookie, without asking Auth.js", async () => {
    state.cookie = undefined;
    expect(await getCurrentUser()).toBeNull();
    expect(state.authCalls).toBe(0);
  });

  it("decrypts a cookie once a minute but reads the user row every time", async () => {
    expect(await getCurrentUser()).toMatchObject({ id: 5, role: "editor" });
    state.users.set(5, { id: 5, name: "Eve", email: "e@x", role: "lead" });
    expect(await getCurrentUser()).toMatchObject({ id: 5, role: "lead" });
    expect(state.authCalls).toBe(1);
    state.users.delete(5); // disabled or deleted: the session stops at once
    expect(await getCurrentUser()).toBeNull();
  });

  it("is null when Auth.js finds no session in the cookie", async () => {
    state.sessionUserId = null;
    expect(await getCurrentUser()).toBeNull();
  });
});

describe("requirePageUser", () => {
  it("sends signed-out visitors to sign-in and refuses missing capabilities with the forbidden page", async () => {
    state.cookie = undefined;
    await expect(requirePageUser()).rejects.toMatchObject({ to: "/signin" });
    state.cookie = `cookie-${++n}`;
    await expect(requirePageUser("dashboard:view")).rejects.toThrow("forbidden");
    await expect(requirePageUser("article:read")).resolves.toMatchObject({ id: 5 });
  });
});
