import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiSignIn, appRequest, createArticleViaApi, signedInRequest } from "./support/api";
import { SignInPage, signInAs } from "./support/sign-in-page";
import { DEMO } from "./support/users";

/** Regression tests for the adversarial review (issue "Hardening"). */

/** A page on another port of the same host: same-site, so the browser sends the app's cookie. */
async function attackerPage(html: string) {
  const server = http.createServer((_req, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function claimHistory(api: APIRequestContext, claimId: number) {
  return (await (await api.get(`/api/claims/${claimId}/history`)).json()) as { kind: string; note: string | null }[];
}

test("a page on another port cannot change a verdict or comment with the editor's cookie", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const { claims } = await createArticleViaApi(api, { title: `CSRF target ${Date.now()}`, body: "Crime fell 30% in 2023, the police said." });
  const claim = claims[0];
  await signInAs(page, "editor");
  const target = `${baseURL}/api/claims/${claim.id}`;
  const attacker = await attackerPage(`<!doctype html><body>
    <form id="f" method="POST" action="${target}/verdict" enctype="text/plain">
      <input name='{"status":"disputed","note":"forged","version":${claim.version},"x":"' value='"}'>
    </form>
    <script>
      fetch(${JSON.stringify(`${target}/comments`)}, { method: "POST", mode: "no-cors", credentials: "include", body: JSON.stringify({ body: "forged comment" }) })
        .finally(() => document.getElementById("f").submit());
    </script></body>`);
  const answered = page.waitForResponse((r) => r.url().endsWith(`/api/claims/${claim.id}/verdict`));
  await page.goto(attacker.url);
  expect((await answered).status()).toBe(403);
  await attacker.close();
  const events = await claimHistory(api, claim.id);
  expect(events.map((e) => e.kind)).toEqual(["created"]);
  await api.dispose();
});

test("after sign-in the browser never leaves the app, whatever the callback says", async ({ page }) => {
  for (const callback of ["%2F%5Cevil.example%2Fx", "%2F%09%2Fevil.example", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/signin?callbackUrl=${callback}`);
    await new SignInPage(page).submit(DEMO.editor.email, "claimdesk-demo");
    await expect(page).toHaveURL(/\/articles$/);
    expect(new URL(page.url()).hostname).toBe("127.0.0.1");
  }
});

test("signing out ends the session, even for a copy of the cookie", async ({ playwright, baseURL }) => {
  const first = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const cookies = (await first.storageState()).cookies;
  const thief = await playwright.request.newContext({ baseURL, storageState: { cookies, origins: [] } });
  expect((await thief.get("/api/me")).status()).toBe(200);
  const csrf = (await (await first.get("/api/auth/csrf")).json()) as { csrfToken: string };
  expect((await first.post("/api/auth/signout", { form: { csrfToken: csrf.csrfToken }, maxRedirects: 0 })).status()).toBe(302);
  expect((await thief.get("/api/me")).status()).toBe(401);
  for (const c of [first, thief]) await c.dispose();
});

test("an admin's password reset ends the user's sessions and revokes their API tokens", async ({ page, playwright, baseURL }) => {
  const admin = await signedInRequest(playwright, baseURL, DEMO.admin.email);
  const email = `reset-${Date.now()}@claimdesk.local`;
  const created = await admin.post("/api/users", { data: { email, name: "Rita Reset", role: "editor", password: "first-long-password" } });
  const user = (await created.json()) as { id: number };
  await page.goto("/signin");
  await new SignInPage(page).submit(email, "first-long-password");
  await page.goto("/settings");
  await page.getByLabel("Token name").fill("nightly script");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("new-token").textContent())!.trim();
  const bearer = { Authorization: `Bearer ${token}` };
  expect((await admin.get("/api/me", { headers: bearer })).status()).toBe(200);

  expect((await admin.patch(`/api/users/${user.id}`, { data: { password: "second-long-password" } })).status()).toBe(200);
  expect((await admin.get("/api/me", { headers: bearer })).status()).toBe(401);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin/);
  await admin.dispose();
});

test("X-Forwarded-For does not reset the sign-in limit of an account", async ({ playwright, baseURL }) => {
  const request = await appRequest(playwright, baseURL, { maxRedirects: 0 });
  const email = `xff-${Date.now()}@claimdesk.local`;
  const attempt = async (i: number) => {
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: `wrong-${i}`, callbackUrl: "/articles" },
      headers: { "x-forwarded-for": `198.51.100.${i}` },
    });
    return res.headers().location ?? "";
  };
  for (let i = 0; i < 5; i++) expect(await attempt(i)).not.toContain("rate_limited");
  expect(await attempt(99)).toContain("rate_limited");
  await request.dispose();
});

test("a retried write with the same Idempotency-Key is recorded once", async ({ playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const { claims } = await createArticleViaApi(api, { title: `Retry ${Date.now()}`, body: "Turnout reached 64% in 2022, officials said." });
  const claim = claims[0];
  const send = () =>
    api.post(`/api/claims/${claim.id}/verdict`, { data: { status: "supported", version: claim.version }, headers: { "Idempotency-Key": `verdict-${claim.id}` } });
  const first = await send();
  const second = await send();
  expect(first.status()).toBe(200);
  expect(second.status()).toBe(200);
  expect(await second.json()).toEqual(await first.json());
  expect(second.headers()["idempotent-replayed"]).toBe("true");
  expect((await claimHistory(api, claim.id)).filter((e) => e.kind === "verdict")).toHaveLength(1);
  await api.dispose();
});
