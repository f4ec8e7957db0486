import { describe, expect, it } from "vitest";
import { createApiToken } from "@/db/api-tokens";
import { findSessionUser } from "@/db/users";
import { endSignedInSession, sessionUser, tokenUser, verifyCredentials } from "@/services/sessions";
import { clientAddress, SIGN_IN_LIMITS, signInAllowed, signInFailed, signInSucceeded } from "@/services/sign-in-limits";
import { addUser, changeUser } from "@/services/users";
import { testDb } from "../support/db";

const admin = (id: number) => ({ id, name: "Ann", role: "admin" as const });

async function withUser() {
  const t = testDb();
  const user = await addUser(t.db, admin(t.adminId), { email: "sam@test.local", name: "Sam", role: "editor", password: "a-long-password" });
  return { ...t, user };
}

describe("session versions", () => {
  it("signing out ends that session, wherever its cookie is kept, and no other", async () => {
    const { db, user } = await withUser();
    const signedIn = await verifyCredentials(db, "sam@test.local", "a-long-password");
    expect(signedIn).toMatchObject({ id: user.id, sessionVersion: 0 });
    const phone = { userId: user.id, sessionVersion: 0, sessionId: "phone" };
    const desk = { userId: user.id, sessionVersion: 0, sessionId: "desk" };
    expect(sessionUser(db, phone)).toMatchObject({ id: user.id });
    endSignedInSession(db, { sessionId: "phone", userId: user.id, expiresAt: new Date(Date.now() + 60_000) });
    expect(sessionUser(db, phone)).toBeNull();
    expect(sessionUser(db, desk)).toMatchObject({ id: user.id });
  });

  it("a password reset ends sessions and revokes API tokens; a role change ends sessions", async () => {
    const { db, user, adminId } = await withUser();
    const { token } = createApiToken(db, user.id, "script");
    expect(tokenUser(db, token)).toMatchObject({ id: user.id });
    await changeUser(db, admin(adminId), { userId: user.id, password: "another-long-password" });
    expect(sessionUser(db, { userId: user.id, sessionVersion: 0, sessionId: "desk" })).toBeNull();
    expect(tokenUser(db, token)).toBeNull();
    await changeUser(db, admin(adminId), { userId: user.id, role: "lead" });
    expect(findSessionUser(db, user.id)?.sessionVersion).toBe(2);
    // Disabling is checked on every request already; it needs no version bump.
    await changeUser(db, admin(adminId), { userId: user.id, disabled: true });
    expect(sessionUser(db, { userId: user.id, sessionVersion: 2, sessionId: "desk" })).toBeNull();
  });
});

describe("sign-in limits", () => {
  it("limit each account whatever address the failures claim to come from", async () => {
    const { db } = testDb();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect(signInAllowed(db, "Sam@Test.local", `10.0.0.${i}`)).toBe(true);
      signInFailed(db, "sam@test.local", `10.0.0.${i}`);
    }
    expect(signInAllowed(db, "sam@test.local", "10.9.9.9")).toBe(false);
    expect(signInAllowed(db, "sam@test.local", null)).toBe(false);
    expect(signInAllowed(db, "other@test.local", null)).toBe(true);
    expect(signInAllowed(db, "sam@test.local", null, new Date(Date.now() + SIGN_IN_LIMITS.windowMs + 1))).toBe(true);
  });

  it("limit one address across accounts, and a success clears only its account", async () => {
    const { db } = testDb();
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) signInFailed(db, `user${i}@test.local`, "203.0.113.9");
    expect(signInAllowed(db, "fresh@test.local", "203.0.113.9")).toBe(false);
    expect(signInAllowed(db, "fresh@test.local", "203.0.113.10")).toBe(true);
    signInSucceeded(db, "user1@test.local");
    expect(signInAllowed(db, "user1@test.local", null)).toBe(true);
  });

  it("trusts X-Forwarded-For only as far as the configured proxies", () => {
    const headers = new Headers({ "x-forwarded-for": "1.1.1.1, 198.51.100.7, 10.0.0.2" });
    expect(clientAddress(headers, 0)).toBeNull();
    expect(clientAddress(headers, 1)).toBe("10.0.0.2");
    expect(clientAddress(headers, 2)).toBe("198.51.100.7");
    expect(clientAddress(new Headers(), 1)).toBeNull();
  });
});
