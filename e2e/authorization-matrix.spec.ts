import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { apiSignIn, appRequest } from "./support/api";
import { actionIds, apiRoutes, pageRoutes, serverActions } from "./support/routes";
import { action, API, everyone, PAGES, WHO, type Cell, type Expectations, type Ids, type Who } from "./support/route-table";
import { DEMO, SEED_TITLES } from "./support/users";

/**
 * Every page, route handler and server action × every kind of visitor. A route or action
 * added without a row fails the first test, so nothing ships unclassified.
 */

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
  "app/articles/[id]/actions.ts#addVersionAction": action("editor"),
  "app/articles/[id]/actions.ts#confirmRecheckAction": action("editor"),
  "app/articles/[id]/actions.ts#restoreOrphanAction": action("editor"),
  "app/articles/[id]/actions.ts#confirmVerdictAction": action("editor"),
  "app/articles/[id]/actions.ts#sendBackVerdictAction": action("editor"),
  "app/articles/[id]/publish-actions.ts#publishReportAction": action("lead"),
  "app/articles/[id]/publish-actions.ts#withdrawReportAction": action("admin"),
  "app/articles/[id]/rescore-actions.ts#rescoreArticleAction": action("lead"),
  "app/model/actions.ts#retrainAction": action("lead"),
  "app/model/actions.ts#loadTrainingAction": action("lead"),
  "app/admin/desk/actions.ts#updateDeskSettingsAction": action("admin"),
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
    const make = () => appRequest(playwright, baseURL, { maxRedirects: 0 });
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
        const context = key.endsWith("#signOutAction") ? await appRequest(playwright, baseURL, { maxRedirects: 0 }) : contexts[who];
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
