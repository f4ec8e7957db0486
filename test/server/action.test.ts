import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "@/server/session";

const current = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/session", () => ({ getCurrentUser: async () => current.user }));
vi.mock("next/navigation", () => ({
  // Next's redirect() travels as an exception that serverAction must let through.
  unstable_rethrow: (error: unknown) => {
    if ((error as { digest?: string }).digest === "NEXT_REDIRECT") throw error;
  },
}));

const { formAction, serverAction } = await import("@/server/action");

const lead: SessionUser = { id: 2, name: "Leo", email: "l@x", role: "lead" };
const schema = z.object({ note: z.string().min(1, "Say why.") });

beforeEach(() => {
  current.user = lead;
});

describe("serverAction", () => {
  const reset = serverAction("article:reset", schema, (input, user) => ({ ok: true as const, message: `${user.name}: ${input.note}` }));

  it("refuses a signed-out visitor, then a user without the capability, before reading input", async () => {
    current.user = null;
    expect(await reset({})).toEqual({ ok: false, error: "Your session has ended. Sign in again." });
    current.user = { ...lead, role: "editor" };
    expect(await reset({ note: "x" })).toEqual({ ok: false, error: "This needs the lead role." });
  });

  it("validates with zod and runs with the user", async () => {
    expect(await reset({ note: "" })).toEqual({ ok: false, error: "Say why." });
    expect(await reset({ note: "typo" })).toEqual({ ok: true, message: "Leo: typo" });
  });

  it("reads FormData the same way", async () => {
    const form = new FormData();
    form.set("note", "from a form");
    expect(await reset(form)).toEqual({ ok: true, message: "Leo: from a form" });
  });

  it("turns AppErrors into messages, hides other errors, and lets redirects through", async () => {
    const conflict = serverAction("article:read", schema, () => {
      throw new AppError("conflict", "Changed by Eve.", { current: { version: 2 } });
    });
    expect(await conflict({ note: "x" })).toEqual({ ok: false, error: "Changed by Eve.", details: { current: { version: 2 } } });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = serverAction("article:read", schema, () => {
      throw new Error("disk I/O error");
    });
    expect(await broken({ note: "x" })).toEqual({ ok: false, error: "Something went wrong on the server. Nothing was saved." });
    log.mockRestore();
    const redirecting = serverAction("article:read", schema, () => {
      throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT" });
    });
    await expect(redirecting({ note: "x" })).rejects.toThrow("NEXT_REDIRECT");
  });
});

describe("formAction", () => {
  it("echoes what was typed after a failure, except passwords, so the form loses nothing", async () => {
    const add = formAction("users:manage", z.object({ name: z.string(), password: z.string().min(10, "Too short.") }), () => ({ ok: true as const }));
    const form = new FormData();
    form.set("name", "Ana");
    form.set("password", "short");
    form.set("$ACTION_ID_x", "internal");
    current.user = { ...lead, role: "admin" };
    expect(await add(null, form)).toEqual({ ok: false, error: "Too short.", values: { name: "Ana" } });
  });
});
