import { expect, test, type APIRequestContext } from "@playwright/test";
import { createArticleViaApi, signedInRequest, type ApiClaim } from "./support/api";
import { signInAs } from "./support/sign-in-page";
import { DEMO } from "./support/users";

const BODY = "Exports fell 4.2% in May, the statistics office said.\n\nImports rose to $3.1 billion, the highest since 2019.";

let editor: APIRequestContext;
let lead: APIRequestContext;
let claim: ApiClaim;

test.beforeAll(async ({ playwright, baseURL }) => {
  editor = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  lead = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const created = await createArticleViaApi(editor, { title: `API ${Date.now()}`, body: BODY });
  claim = created.claims.find((c) => c.text.startsWith("Exports fell"))!;
});

test.afterAll(async () => {
  await editor.dispose();
  await lead.dispose();
});

test("401 without a session on every claim route", async ({ request }) => {
  const calls = [
    request.post(`/api/claims/${claim.id}/verdict`, { data: { status: "supported", version: 1 } }),
    request.get(`/api/claims/${claim.id}/history`),
    request.post(`/api/claims/${claim.id}/evidence`, { data: { url: "https://example.org" } }),
    request.delete(`/api/claims/${claim.id}/evidence/1`),
    request.post(`/api/claims/${claim.id}/comments`, { data: { body: "hi" } }),
    request.post(`/api/claims/${claim.id}/assign`, { data: { userId: null } }),
  ];
  for (const res of await Promise.all(calls)) {
    expect(res.status()).toBe(401);
    expect((await res.json()).error).toMatch(/Sign in/);
  }
});

test("400 for bad input, 404 for missing claims, and nothing is written", async () => {
  const before = await (await editor.get(`/api/claims/${claim.id}/history`)).json();
  const bad: [unknown, RegExp][] = [
    [{ status: "true", version: claim.version }, /status must be/],
    [{ status: "disputed", version: claim.version }, /note is required/],
    [{ status: "disputed", note: "   ", version: claim.version }, /note is required/],
    [{ status: "supported" }, /version/],
    [{ status: "supported", version: "1" }, /version/],
    ["not json", /valid JSON/],
    [[1, 2], /JSON object/],
  ];
  for (const [data, message] of bad) {
    const res = await editor.post(`/api/claims/${claim.id}/verdict`, {
      data: Buffer.from(typeof data === "string" ? data : JSON.stringify(data)),
      headers: { "content-type": "application/json" },
    });
    expect(res.status(), JSON.stringify(data)).toBe(400);
    expect((await res.json()).error).toMatch(message);
  }
  const evidence = await editor.post(`/api/claims/${claim.id}/evidence`, { data: { url: "javascript:alert(1)", title: "x" } });
  expect(evidence.status()).toBe(400);
  expect((await evidence.json()).error).toMatch(/http:\/\/ or https:\/\//);
  expect((await editor.post(`/api/claims/${claim.id}/comments`, { data: { body: "" } })).status()).toBe(400);
  expect((await editor.post(`/api/claims/${claim.id}/assign`, { data: { userId: "me" } })).status()).toBe(400);

  for (const path of ["/api/claims/99999999/verdict", "/api/claims/abc/verdict", "/api/claims/-1/verdict"]) {
    const res = await editor.post(path, { data: { status: "supported", version: 1 } });
    expect(res.status(), path).toBe(404);
  }
  expect((await editor.get("/api/claims/99999999/history")).status()).toBe(404);
  expect((await editor.delete(`/api/claims/${claim.id}/evidence/99999999`)).status()).toBe(404);

  const after = await (await editor.get(`/api/claims/${claim.id}/history`)).json();
  expect(after).toEqual(before);
});

test("403 when an editor assigns someone else or resets an article", async () => {
  const me = await (await lead.get("/api/me")).json();
  const res = await editor.post(`/api/claims/${claim.id}/assign`, { data: { userId: me.id } });
  expect(res.status()).toBe(403);
  expect((await res.json()).error).toMatch(/Only leads/);
  const articleId = (await (await editor.get(`/api/claims/${claim.id}`)).json()).claim.articleId;
  const reset = await editor.post(`/api/articles/${articleId}/reset`, { data: { note: "start over" } });
  expect(reset.status()).toBe(403);
});

test("verdict, 409 on a stale version, history oldest first, lead reset", async () => {
  const ok = await editor.post(`/api/claims/${claim.id}/verdict`, { data: { status: "supported", note: "Matches the office's release.", version: claim.version } });
  expect(ok.status()).toBe(200);
  const updated = await ok.json();
  expect(updated).toMatchObject({ id: claim.id, status: "supported", version: claim.version + 1 });

  const stale = await lead.post(`/api/claims/${claim.id}/verdict`, { data: { status: "disputed", note: "No", version: claim.version } });
  expect(stale.status()).toBe(409);
  const conflict = await stale.json();
  expect(conflict.error).toMatch(new RegExp(`Changed by ${DEMO.editor.name} at .*: now Supported`));
  expect(conflict.current).toMatchObject({ id: claim.id, status: "supported", version: updated.version });

  const onTop = await lead.post(`/api/claims/${claim.id}/verdict`, { data: { status: "disputed", note: "The office revised it to 3.9%.", version: conflict.current.version } });
  expect(onTop.status()).toBe(200);

  const history = (await (await editor.get(`/api/claims/${claim.id}/history`)).json()) as { kind: string; actorName: string; fromStatus: string; toStatus: string; note: string; at: string }[];
  expect(history.map((e) => [e.kind, e.actorName, e.fromStatus, e.toStatus])).toEqual([
    ["created", DEMO.editor.name, null, "unreviewed"],
    ["verdict", DEMO.editor.name, "unreviewed", "supported"],
    ["verdict", DEMO.lead.name, "supported", "disputed"],
  ]);
  expect([...history.map((e) => e.at)].sort()).toEqual(history.map((e) => e.at));

  const articleId = (await (await editor.get(`/api/claims/${claim.id}`)).json()).claim.articleId;
  expect((await lead.post(`/api/articles/${articleId}/reset`, { data: { note: "" } })).status()).toBe(400);
  const reset = await lead.post(`/api/articles/${articleId}/reset`, { data: { note: "New figures published" } });
  expect(await reset.json()).toEqual({ reset: 1 });
  const last = ((await (await editor.get(`/api/claims/${claim.id}/history`)).json()) as { kind: string; toStatus: string }[]).at(-1);
  expect(last).toMatchObject({ kind: "reset", toStatus: "unreviewed" });
});

test("a personal API token works as a bearer token and stops working when revoked", async ({ page, request }) => {
  await signInAs(page, "editor");
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("e2e script");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^cdk_/);

  const auth = { Authorization: `Bearer ${token}` };
  const me = await request.get("/api/me", { headers: auth });
  expect(me.status()).toBe(200);
  expect((await me.json()).email).toBe(DEMO.editor.email);
  expect((await request.get("/api/me", { headers: { Authorization: "Bearer cdk_wrong" } })).status()).toBe(401);

  await page.getByRole("button", { name: "Revoke token e2e script" }).first().click();
  await expect(page.getByTestId("token-list")).toContainText("Revoked");
  expect((await request.get("/api/me", { headers: auth })).status()).toBe(401);
});
