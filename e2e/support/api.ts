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
  const detail = await request.get(`/api/articles/${id}`);
  const { claims } = (await detail.json()) as { claims: ApiClaim[] };
  return { id, claims };
}
