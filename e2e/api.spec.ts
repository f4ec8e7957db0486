import { expect, test } from "@playwright/test";
import { apiSignIn, appRequest } from "./support/api";
import { DEMO, SEED_TITLES } from "./support/users";

test("health answers without a session", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
});

test("the API refuses requests without a session", async ({ request }) => {
  for (const path of ["/api/articles", "/api/articles/1"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(401);
    expect(await res.json()).toEqual({ error: expect.any(String) });
  }
});

for (const role of ["editor", "lead", "admin"] as const) {
  test(`${role}: credentials sign-in gives a cookie the API accepts`, async ({ playwright, baseURL }) => {
    const request = await appRequest(playwright, baseURL);
    await apiSignIn(request, DEMO[role].email);
    const res = await request.get("/api/articles");
    expect(res.status()).toBe(200);
    const { articles } = (await res.json()) as { articles: { id: number; title: string }[] };
    expect(articles.map((a) => a.title)).toEqual(expect.arrayContaining([...SEED_TITLES]));

    const seed = articles.find((a) => a.title === SEED_TITLES[0])!;
    const detail = await request.get(`/api/articles/${seed.id}`);
    expect(detail.status()).toBe(200);
    const body = (await detail.json()) as { article: { body: string }; claims: { text: string; start: number; end: number }[] };
    expect(body.claims.length).toBeGreaterThan(5);
    for (const claim of body.claims) expect(body.article.body.slice(claim.start, claim.end)).toBe(claim.text);

    expect((await request.get("/api/articles/999999")).status()).toBe(404);
    expect((await request.get("/api/articles/abc")).status()).toBe(404);
    await request.dispose();
  });
}
