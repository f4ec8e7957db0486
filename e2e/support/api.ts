import { expect, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./users";

/** The standard Auth.js credentials flow, as a script would use it. */
export async function apiSignIn(request: APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.ok()).toBeTruthy();
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, callbackUrl: "/articles" },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
  return res;
}

type RequestFactory = { request: { newContext: (o: { baseURL?: string; extraHTTPHeaders?: Record<string, string>; maxRedirects?: number }) => Promise<APIRequestContext> } };

/**
 * A request context that calls the API the way the app's own pages do: cookie-authenticated
 * writes carry the app's Origin (the API refuses them from anywhere else).
 */
export function appRequest(playwright: RequestFactory, baseURL: string | undefined, options: { maxRedirects?: number } = {}) {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: baseURL ? { origin: new URL(baseURL).origin } : {}, ...options });
}

/** A request context signed in as the given user. */
export async function signedInRequest(playwright: RequestFactory, baseURL: string | undefined, email: string) {
  const request = await appRequest(playwright, baseURL);
  await apiSignIn(request, email);
  return request;
}

export type ApiClaim = { id: number; text: string; start: number; end: number; status: string; version: number; checkworthy: boolean; assigneeId: number | null };

/** Adds an article through the JSON API, so each test reviews claims no other test touches. */
export async function createArticleViaApi(request: APIRequestContext, input: { title: string; body: string; language?: string }) {
  const res = await request.post("/api/articles", { data: input });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: number };
  const claims = await waitForMatching(request, id);
  return { id, claims };
}

/** Signs `email` in and adds an article as that user: the request context (the caller disposes of it) and the article. */
export async function createArticleAs(playwright: RequestFactory, baseURL: string | undefined, email: string, input: { title: string; body: string; language?: string }) {
  const api = await signedInRequest(playwright, baseURL, email);
  return { api, ...(await createArticleViaApi(api, input)) };
}

type MatchingState = { claims: ApiClaim[]; matching: { checkworthy: number; matched: number; running: boolean } };

/**
 * Claim memory matches a new article in the background after the import answers: wait until it
 * has looked at every check-worthy claim, so a spec never races it (the database checksums of the
 * after-specs, "Checked before" lists). Returns the article's claims.
 */
export async function waitForMatching(request: APIRequestContext, articleId: number, { untilEveryClaim = true, timeout = 10_000 } = {}): Promise<ApiClaim[]> {
  let state: MatchingState | undefined;
  await expect
    .poll(async () => {
      state = (await (await request.get(`/api/articles/${articleId}`)).json()) as MatchingState;
      return !state.matching.running && (!untilEveryClaim || state.matching.matched >= state.matching.checkworthy);
    }, { message: `matching of article ${articleId}`, timeout })
    .toBe(true);
  return state!.claims;
}

/**
 * Waits until the server's background work is done: matching of every article (the other specs
 * leave some running) and any check-worthiness retrain. An after-spec checksums the database, so
 * it must start from a database nothing is still writing to. `lead` must be a lead's context.
 */
export async function waitForBackgroundWork(lead: APIRequestContext): Promise<void> {
  for (let offset = 0; ; offset += 500) {
    const { articles } = (await (await lead.get(`/api/articles?limit=500&offset=${offset}`)).json()) as { articles: { id: number }[] };
    // Every claim matched, not only "not running": a job started by a server action may not show
    // as running to a route handler (Next.js can load the runner's module once per bundle).
    for (const { id } of articles) await waitForMatching(lead, id, { timeout: 240_000 });
    if (articles.length < 500) break;
  }
  await expect
    .poll(async () => ((await (await lead.get("/api/model")).json()) as { training: unknown }).training, { message: "the retrain running", timeout: 120_000 })
    .toBeNull();
}
