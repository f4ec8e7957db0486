import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/server/session";
import { AppError } from "@/lib/errors";

const current = vi.hoisted(() => ({ user: null as SessionUser | null, tokenUser: null as SessionUser | null, tokens: [] as string[] }));
vi.mock("@/server/session", () => ({ getCurrentUser: async () => current.user }));
vi.mock("@/server/db", () => ({ getDb: () => ({}) }));
vi.mock("@/services/sessions", () => ({
  tokenUser: (_db: unknown, token: string) => {
    current.tokens.push(token);
    return current.tokenUser;
  },
}));

const { apiRoute, idParam, readJson } = await import("@/server/api");

const editor: SessionUser = { id: 1, name: "Eve", email: "e@x", role: "editor" };
const lead: SessionUser = { id: 2, name: "Leo", email: "l@x", role: "lead" };
const ctx = { params: Promise.resolve({ id: "7" }) };
const ok = apiRoute<{ id: string }>("article:reset", async (_req, { user, params }) => Response.json({ user: user.id, id: params.id }));

async function body(res: Response) {
  return { status: res.status, json: await res.json() };
}

beforeEach(() => {
  current.user = null;
  current.tokenUser = null;
  current.tokens = [];
});

describe("apiRoute", () => {
  it("answers 401 without a session or token", async () => {
    expect(await body(await ok(new Request("http://x/api"), ctx))).toEqual({ status: 401, json: { error: "Sign in to use the API." } });
  });

  it("answers 403 below the capability, naming the role it needs", async () => {
    current.user = editor;
    expect(await body(await ok(new Request("http://x/api"), ctx))).toEqual({ status: 403, json: { error: "This needs the lead role." } });
  });

  it("runs the handler with the user and the params", async () => {
    current.user = lead;
    expect(await body(await ok(new Request("http://x/api"), ctx))).toEqual({ status: 200, json: { user: 2, id: "7" } });
  });

  it("authenticates a bearer token instead of the cookie", async () => {
    current.user = editor;
    current.tokenUser = lead;
    const res = await ok(new Request("http://x/api", { headers: { authorization: "Bearer cdk_abc " } }), ctx);
    expect(res.status).toBe(200);
    expect(current.tokens).toEqual(["cdk_abc"]);
    current.tokenUser = null;
    expect((await ok(new Request("http://x/api", { headers: { authorization: "bearer wrong" } }), ctx)).status).toBe(401);
  });

  it("maps AppErrors to their status with their details, and hides anything else behind a 500", async () => {
    current.user = lead;
    const conflict = apiRoute("article:read", () => {
      throw new AppError("conflict", "Changed by Leo.", { current: { version: 3 } });
    });
    expect(await body(await conflict(new Request("http://x/api"), ctx))).toEqual({ status: 409, json: { error: "Changed by Leo.", current: { version: 3 } } });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = apiRoute("article:read", () => {
      throw new Error("SQLITE_CORRUPT: secret detail");
    });
    const res = await body(await broken(new Request("http://x/api/thing"), ctx));
    expect(res).toEqual({ status: 500, json: { error: "Something went wrong on the server." } });
    expect(log).toHaveBeenCalledWith("API error", "GET", "/api/thing", expect.any(Error));
    log.mockRestore();
  });
});

describe("readJson", () => {
  const schema = z.object({ note: z.string("Write a note.") });
  const post = (text: string, headers: Record<string, string> = {}) => new Request("http://x", { method: "POST", body: text, headers });

  it("parses a valid body", async () => {
    expect(await readJson(post('{"note":"hi"}'), schema)).toEqual({ note: "hi" });
  });

  it.each([
    ["not JSON", "{", /must be valid JSON/],
    ["not an object", "[1]", /must be a JSON object/],
    ["a bad field", '{"note":3}', /Write a note\./],
  ])("refuses %s with a 400", async (_name, text, message) => {
    await expect(readJson(post(text), schema)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(message) });
  });

  it("refuses a body over the limit, by header or by length, with a 413", async () => {
    await expect(readJson(post('{"note":"hi"}', { "content-length": "5000000" }), schema, 1_000_000)).rejects.toMatchObject({ status: 413 });
    await expect(readJson(post(JSON.stringify({ note: "x".repeat(2_000) })), schema, 1_000)).rejects.toMatchObject({ status: 413 });
  });
});

describe("idParam", () => {
  it("accepts positive integers written plainly", () => {
    expect(idParam("42", "claim")).toBe(42);
  });
  it.each(["0", "-1", "1.5", "01", "1e3", "abc", "", undefined, "9007199254740993"])("treats %s as a claim that does not exist", (value) => {
    expect(() => idParam(value, "claim")).toThrow(expect.objectContaining({ status: 404, message: "That claim does not exist." }));
  });
});

describe("cookie-authenticated writes must come from the app's own pages", () => {
  const write = apiRoute("claim:review", async () => Response.json({ ok: true }));
  const post = (headers: Record<string, string>, body = '{"status":"supported"}') =>
    write(new Request("http://127.0.0.1:3100/api/claims/1/verdict", { method: "POST", body, headers: { host: "127.0.0.1:3100", ...headers } }), ctx);

  beforeEach(() => {
    current.user = editor;
  });

  it("accepts JSON from the same origin", async () => {
    expect((await post({ origin: "http://127.0.0.1:3100", "content-type": "application/json" })).status).toBe(200);
    expect((await post({ "sec-fetch-site": "same-origin", "content-type": "application/json; charset=utf-8" })).status).toBe(200);
  });

  it.each([
    ["another port of the same host", { origin: "http://127.0.0.1:4000", "content-type": "application/json" }],
    ["another site", { origin: "https://evil.example", "content-type": "application/json" }],
    ["a cross-site fetch without Origin", { "sec-fetch-site": "same-site", "content-type": "application/json" }],
    ["no Origin and no Sec-Fetch-Site", { "content-type": "application/json" }],
  ])("refuses a write from %s with a 403", async (_name, headers) => {
    expect(await body(await post(headers))).toEqual({ status: 403, json: { error: expect.stringMatching(/own pages/) } });
  });

  it("refuses a text/plain form body even from the same origin (415)", async () => {
    expect((await post({ origin: "http://127.0.0.1:3100", "content-type": "text/plain" }, "status=supported")).status).toBe(415);
  });

  it("leaves bearer-token writes and cookie reads alone", async () => {
    current.tokenUser = editor;
    expect((await post({ authorization: "Bearer cdk_x", "content-type": "text/plain" }, "x")).status).toBe(200);
    const read = apiRoute("article:read", async () => Response.json({ ok: true }));
    expect((await read(new Request("http://127.0.0.1:3100/api/articles", { headers: { origin: "https://evil.example" } }), ctx)).status).toBe(200);
  });
});

describe("storage failures", () => {
  it("answer 503 with the reason when the database is read-only", async () => {
    current.user = lead;
    const failing = apiRoute("article:read", () => {
      throw Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" });
    });
    expect(await body(await failing(new Request("http://x/api"), ctx))).toEqual({ status: 503, json: { error: expect.stringMatching(/read-only right now/) } });
  });
});
