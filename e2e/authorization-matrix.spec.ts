import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { apiSignIn } from "./support/api";
import { actionIds, apiRoutes, pageRoutes, serverActions } from "./support/routes";
import { DEMO, SEED_TITLES } from "./support/users";

/**
 * Every page, route handler and server action × every kind of visitor. A route or action
 * added without a row here fails the first test, so nothing ships unclassified.
 */
type Who = "anonymous" | "editor" | "lead" | "admin" | "disabled";
const WHO: Who[] = ["anonymous", "editor", "lead", "admin", "disabled"];
type Role = "editor" | "lead" | "admin";
const RANK: Record<Role, number> = { editor: 1, lead: 2, admin: 3 };

/** A status code, a redirect to sign-in, a redirect elsewhere, or a server action's outcome. */
type Cell = number | "signin" | { redirect: string } | "allowed" | "needs-role" | "session-ended";
type Expectations = Record<Who, Cell>;

function byRole(min: Role, allowed: Cell, signedOut: Cell, disabled: Cell, refused: Cell): Expectations {
  const cell = (role: Role) => (RANK[role] >= RANK[min] ? allowed : refused);
  return { anonymous: signedOut, disabled, editor: cell("editor"), lead: cell("lead"), admin: cell("admin") };
}
const page = (min: Role, allowed: Cell = 200) => byRole(min, allowed, "signin", "signin", 403);
const api = (min: Role, allowed: Cell) => byRole(min, allowed, 401, 401, 403);
const action = (min: Role) => byRole(min, "allowed", "signin", "session-ended", "needs-role");
const everyone = (cell: Cell): Expectations => ({ anonymous: cell, editor: cell, lead: cell, admin: cell, disabled: cell });

type Ids = { article: number; claim: number; editor: number };

const PAGES: Record<string, { path: (ids: Ids) => string; expect: Expectations }> = {
  "/": { path: () => "/", expect: { ...everyone({ redirect: "/articles" }), anonymous: "signin" } },
  "/signin": { path: () => "/signin", expect: { ...everyone({ redirect: "/articles" }), anonymous: 200, disabled: 200 } },
  "/articles": { path: () => "/articles", expect: page("editor") },
  "/articles/new": { path: () => "/articles/new", expect: page("editor") },
  "/articles/[id]": { path: (ids) => `/articles/${ids.article}`, expect: page("editor") },
  "/articles/[id]/history": { path: (ids) => `/articles/${ids.article}/history`, expect: page("editor") },
  "/settings": { path: () => "/settings", expect: page("editor") },
  "/search": { path: () => "/search?q=gang", expect: page("editor") },
  "/dashboard": { path: () => "/dashboard", expect: page("lead") },
  "/export": { path: () => "/export", expect: page("lead") },
  "/admin/users": { path: () => "/admin/users", expect: page("admin") },
};

type ApiRow = { path: (ids: Ids) => string; body?: unknown; expect: Expectations };
const API: Record<string, ApiRow> = {
  "GET /api/health": { path: () => "/api/health", expect: everyone(200) },
  "GET /api/auth/[...nextauth]": { path: () => "/api/auth/providers", expect: everyone(200) },
  // Without the CSRF token Auth.js refuses every POST, signed in or not.
  "POST /api/auth/[...nextauth]": { path: () => "/api/auth/session", expect: everyone(400) },
  "GET /api/me": { path: () => "/api/me", expect: api("editor", 200) },
  "GET /api/articles": { path: () => "/api/articles", expect: api("editor", 200) },
  "POST /api/articles": { path: () => "/api/articles", body: {}, expect: api("editor", 400) },
  "GET /api/articles/[id]": { path: (ids) => `/api/articles/${ids.article}`, expect: api("editor", 200) },
  "GET /api/articles/[id]/export": { path: (ids) => `/api/articles/${ids.article}/export?format=json`, expect: api("editor", 200) },
  "POST /api/articles/[id]/reset": { path: (ids) => `/api/articles/${ids.article}/reset`, body: {}, expect: api("lead", 400) },
  "GET /api/claims/[id]": { path: (ids) => `/api/claims/${ids.claim}`, expect: api("editor", 200) },
  "GET /api/claims/[id]/history": { path: (ids) => `/api/claims/${ids.claim}/history`, expect: api("editor", 200) },
  "POST /api/claims/[id]/verdict": { path: (ids) => `/api/claims/${ids.claim}/verdict`, body: {}, expect: api("editor", 400) },
  "POST /api/claims/[id]/evidence": { path: (ids) => `/api/claims/${ids.claim}/evidence`, body: {}, expect: api("editor", 400) },
  "DELETE /api/claims/[id]/evidence/[evidenceId]": { path: (ids) => `/api/claims/${ids.claim}/evidence/987654321`, expect: api("editor", 404) },
  "POST /api/claims/[id]/comments": { path: (ids) => `/api/claims/${ids.claim}/comments`, body: {}, expect: api("editor", 400) },
  "POST /api/claims/[id]/assign": { path: (ids) => `/api/claims/${ids.claim}/assign`, body: {}, expect: api("editor", 400) },
  "GET /api/claims/[id]/matches": { path: (ids) => `/api/claims/${ids.claim}/matches`, expect: api("editor", 200) },
  "POST /api/claims/[id]/matches": { path: (ids) => `/api/claims/${ids.claim}/matches`, body: {}, expect: api("editor", 200) },
  "POST /api/claims/[id]/reuse": { path: (ids) => `/api/claims/${ids.claim}/reuse`, body: {}, expect: api("editor", 400) },
  "POST /api/claims/[id]/matches/[matchedClaimId]/dismiss": { path: (ids) => `/api/claims/${ids.claim}/matches/987654321/dismiss`, body: {}, expect: api("editor", 404) },
  "GET /api/search": { path: () => "/api/search?q=gang", expect: api("editor", 200) },
  "GET /api/dashboard": { path: () => "/api/dashboard", expect: api("lead", 200) },
  "GET /api/export": { path: () => "/api/export?format=json&status=supported&from=2000-01-01&to=2000-01-02", expect: api("lead", 200) },
  "GET /api/users": { path: () => "/api/users", expect: api("admin", 200) },
  "POST /api/users": { path: () => "/api/users", body: {}, expect: api("admin", 400) },
  "PATCH /api/users/[id]": { path: (ids) => `/api/users/${ids.editor}`, body: {}, expect: api("admin", 400) },
};

const ACTIONS: Record<string, Expectations> = {
  "app/signin/actions.ts#signInAction": everyone("allowed"),
  "app/signin/actions.ts#signOutAction": everyone("signin"),
  "app/settings/actions.ts#createTokenAction": action("editor"),
  "app/settings/actions.ts#revokeTokenAction": action("editor"),
  "app/articles/new/actions.ts#pasteArticleAction": action("editor"),
  "app/articles/new/actions.ts#uploadArticleAction": action("editor"),
  "app/articles/new/actions.ts#importUrlAction": action("editor"),
  "app/articles/[id]/actions.ts#setVerdictAction": action("editor"),
  "app/articles/[id]/actions.ts#assignAction": action("editor"),
  "app/articles/[id]/actions.ts#addEvidenceAction": action("editor"),
  "app/articles/[id]/actions.ts#removeEvidenceAction": action("editor"),
  "app/articles/[id]/actions.ts#addCommentAction": action("editor"),
  "app/articles/[id]/actions.ts#resetArticleAction": action("lead"),
  "app/articles/[id]/actions.ts#mergeWithNextAction": action("editor"),
  "app/articles/[id]/actions.ts#splitClaimAction": action("editor"),
  "app/articles/[id]/actions.ts#setSpanAction": action("editor"),
  "app/articles/[id]/actions.ts#makeClaimAction": action("editor"),
  "app/articles/[id]/actions.ts#setCheckworthyAction": action("editor"),
  "app/articles/[id]/actions.ts#retireClaimAction": action("editor"),
  "app/articles/[id]/actions.ts#reuseVerdictAction": action("editor"),
  "app/articles/[id]/actions.ts#dismissMatchAction": action("editor"),
  "app/articles/[id]/actions.ts#findEarlierChecksAction": action("editor"),
  "app/articles/[id]/actions.ts#loadLiveArticleAction": action("editor"),
  "app/articles/[id]/actions.ts#loadClaimDetailAction": action("editor"),
  "app/articles/[id]/actions.ts#loadMatchesAction": action("editor"),
  "app/admin/users/actions.ts#addUserAction": action("admin"),
  "app/admin/users/actions.ts#changeRoleAction": action("admin"),
  "app/admin/users/actions.ts#setDisabledAction": action("admin"),
  "app/admin/users/actions.ts#resetPasswordAction": action("admin"),
};

test("every page, route handler and server action has a row in the matrix", () => {
  expect(pageRoutes().filter((r) => r !== "/_not-found")).toEqual(Object.keys(PAGES).sort());
  expect(apiRoutes()).toEqual(Object.keys(API).sort());
  expect(serverActions()).toEqual(Object.keys(ACTIONS).sort());
});

test.describe("authorization matrix", () => {
  const contexts = {} as Record<Who, APIRequestContext>;
  let ids: Ids;

  test.beforeAll(async ({ playwright, baseURL }) => {
    const make = () => playwright.request.newContext({ baseURL, maxRedirects: 0 });
    contexts.anonymous = await make();
    for (const role of ["editor", "lead", "admin"] as const) {
      contexts[role] = await make();
      await apiSignIn(contexts[role], DEMO[role].email);
    }
    // A lead whose account is disabled after signing in: the session must stop working.
    const email = `disabled-${Date.now()}@claimdesk.local`;
    const created = await contexts.admin.post("/api/users", { data: { email, name: "Dee Disabled", role: "lead", password: "a-long-enough-password" } });
    expect(created.status()).toBe(201);
    contexts.disabled = await make();
    await apiSignIn(contexts.disabled, email, "a-long-enough-password");
    expect((await contexts.disabled.get("/api/me")).status()).toBe(200);
    const user = (await created.json()) as { id: number };
    expect((await contexts.admin.patch(`/api/users/${user.id}`, { data: { disabled: true } })).status()).toBe(200);

    const list = (await (await contexts.editor.get("/api/articles")).json()) as { articles: { id: number; title: string }[] };
    const article = list.articles.find((a) => a.title === SEED_TITLES[0])!.id;
    const detail = (await (await contexts.editor.get(`/api/articles/${article}`)).json()) as { claims: { id: number }[] };
    const me = (await (await contexts.editor.get("/api/me")).json()) as { id: number };
    ids = { article, claim: detail.claims[0].id, editor: me.id };
  });

  test.afterAll(async () => {
    for (const context of Object.values(contexts)) await context.dispose();
  });

  function expectCell(res: APIResponse, cell: Cell, label: string, body = "") {
    if (cell === "signin" || typeof cell === "object") {
      expect([302, 303, 307], label).toContain(res.status());
      const target = cell === "signin" ? "/signin" : cell.redirect;
      expect(new URL(res.headers().location, "http://x").pathname, label).toBe(target);
    } else if (cell === "allowed") {
      expect(res.status(), label).toBe(200);
      expect(body, label).not.toMatch(/Your session has ended|This needs the \w+ role/);
    } else if (cell === "needs-role") {
      expect(body, label).toMatch(/This needs the \w+ role/);
    } else if (cell === "session-ended") {
      expect(body, label).toMatch(/Your session has ended/);
    } else {
      expect(res.status(), label).toBe(cell);
    }
  }

  test("pages", async () => {
    for (const [route, row] of Object.entries(PAGES)) {
      for (const who of WHO) {
        const res = await contexts[who].get(row.path(ids));
        expectCell(res, row.expect[who], `${who} GET ${route}`);
      }
    }
  });

  test("route handlers", async () => {
    for (const [key, row] of Object.entries(API)) {
      const method = key.split(" ")[0];
      for (const who of WHO) {
        const res = await contexts[who].fetch(row.path(ids), { method, ...(row.body !== undefined && { data: row.body }) });
        expectCell(res, row.expect[who], `${who} ${key}`);
      }
    }
  });

  test("server actions, called the way the browser calls them", async ({ playwright, baseURL }) => {
    const idsByAction = actionIds();
    for (const [key, row] of Object.entries(ACTIONS)) {
      const id = idsByAction.get(key);
      expect(id, `${key} is in the build`).toBeTruthy();
      const [file] = key.split("#");
      const pagePath = `/${file.split("/").slice(1, -1).join("/")}`.replace("[id]", String(ids.article));
      for (const who of WHO) {
        // Signing out must not end the sessions the other cells use.
        const context = key.endsWith("#signOutAction") ? await playwright.request.newContext({ baseURL, maxRedirects: 0 }) : contexts[who];
        if (key.endsWith("#signOutAction") && who !== "anonymous" && who !== "disabled") await apiSignIn(context, DEMO[who].email);
        const res = await context.post(pagePath, {
          headers: { "next-action": id!, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
          data: JSON.stringify([null, {}]),
        });
        const text = await res.text();
        if (key.endsWith("#signOutAction")) {
          expect(res.headers()["x-action-redirect"] ?? res.headers().location ?? "", `${who} ${key}`).toContain("/signin");
          if (who !== "anonymous" && who !== "disabled") expect((await context.get("/api/me")).status()).toBe(401);
          await context.dispose();
          continue;
        }
        expectCell(res, row[who], `${who} ${key}`, text);
      }
    }
  });
});

test("security headers on pages and API responses; session cookie flags", async ({ request, playwright, baseURL }) => {
  for (const path of ["/signin", "/api/health", "/api/articles", "/articles"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const headers = res.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  }
  const plain = await playwright.request.newContext({ baseURL });
  const res = await apiSignIn(plain, DEMO.editor.email);
  const cookie = res.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("authjs.session-token="))!.value;
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  expect(cookie).not.toMatch(/Secure/i);
  await plain.dispose();

  // Behind an https proxy the cookie is Secure (and __Secure- prefixed).
  const secure = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const csrf = (await (await secure.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await secure.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: DEMO.editor.email, password: "claimdesk-demo", callbackUrl: "/articles" },
    maxRedirects: 0,
  });
  const secureCookie = signIn.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token="));
  expect(secureCookie?.value).toMatch(/^__Secure-authjs\.session-token=.*;.*Secure/i);
  expect(secureCookie?.value).toMatch(/HttpOnly/i);
  await secure.dispose();
});
