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
