import { expect, test, type APIRequestContext } from "@playwright/test";
import { createArticleViaApi, signedInRequest, type ApiClaim } from "./support/api";
import { ReviewPage } from "./support/review-page";
import { signInAs } from "./support/sign-in-page";
import { DEMO, SEED_TITLES } from "./support/users";

const BULLRICH_SECOND =
  "Then in mid June, an Argentine delegation headed by the Minister of Security, Patricia Bullrich, traveled to El Salvador to finalize an agreement between the two nations to combat transnational crime.";
const BULLRICH_FIRST =
  "Earlier this year, Argentina’s Security Minister Patricia Bullrich visited El Salvador to sign agreements aimed at strengthening collaboration against organized crime, including joint training programs for security forces.";

type Match = { claimId: number; articleId: number; articleTitle: string; text: string; status: string; similarity: number; same: boolean; reason: string | null };

async function seedArticle(api: APIRequestContext, title: string) {
  const list = (await (await api.get("/api/articles?limit=500")).json()) as { articles: { id: number; title: string }[] };
  const article = list.articles.find((a) => a.title === title);
  expect(article, `seed article "${title}"`).toBeTruthy();
  const detail = (await (await api.get(`/api/articles/${article!.id}`)).json()) as { claims: ApiClaim[] };
  return { id: article!.id, claims: detail.claims };
}

async function currentVersion(api: APIRequestContext, claimId: number): Promise<number> {
  const res = await api.get(`/api/claims/${claimId}`);
  expect(res.ok()).toBeTruthy();
  const body = (await res.json()) as { claim: { version: number } };
  return body.claim.version;
}

test("a seed claim shows its earlier check in the other article, and the verdict is reused with its history", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const first = await seedArticle(api, SEED_TITLES[0]);
  const second = await seedArticle(api, SEED_TITLES[1]);
  const source = first.claims.find((c) => c.text === BULLRICH_FIRST)!;
  const target = second.claims.find((c) => c.text === BULLRICH_SECOND)!;
  expect(source).toBeTruthy();
  expect(target).toBeTruthy();

  // Matched when the second article was split: the API lists the first article's claim.
  const matches = (await (await api.get(`/api/claims/${target.id}/matches`)).json()) as Match[];
  const match = matches.find((m) => m.claimId === source.id)!;
  expect(match).toMatchObject({ articleId: first.id, articleTitle: SEED_TITLES[0], text: BULLRICH_FIRST, same: false });
  expect(match.reason).toBeTruthy();

  // The first article's claim gets a verdict, a note and evidence.
  const note = `Confirmed by Argentina's Ministry of Security (${Date.now()}).`;
  const verdict = await api.post(`/api/claims/${source.id}/verdict`, { data: { status: "supported", note, version: await currentVersion(api, source.id) } });
  expect(verdict.status(), await verdict.text()).toBe(200);
  const evidence = await api.post(`/api/claims/${source.id}/evidence`, {
    data: { url: "https://www.argentina.gob.ar/noticias/bullrich-el-salvador", title: "Ministry of Security: Bullrich in El Salvador" },
  });
  expect(evidence.status(), await evidence.text()).toBe(201);

  await signInAs(page, "editor");
  const review = new ReviewPage(page);
  await review.goto(second.id, target.id);
  await expect(review.panel().getByTestId("claim-text")).toContainText("Patricia Bullrich, traveled to El Salvador");

  const checked = review.panel().getByTestId("checked-before");
  await expect(checked.getByRole("heading", { name: /Checked before/ })).toBeVisible();
  const item = checked.getByTestId("checked-before-item").filter({ hasText: "Patricia Bullrich visited El Salvador" });
  await expect(item.getByTestId("match-article")).toHaveText(SEED_TITLES[0]);
  await expect(item.getByTestId("match-kind")).toHaveText("Related");
  await expect(item.getByTestId("match-similarity")).toHaveText(`${Math.round(match.similarity * 100)}% similar`);
  await expect(item.getByTestId("match-note")).toHaveText(note);
  await expect(item.locator("[data-status='supported']")).toBeVisible();
  await expect(item.getByRole("link", { name: "Ministry of Security: Bullrich in El Salvador" })).toBeVisible();
  // Related, not the same claim: the reason is shown and there is no one-click reuse.
  await expect(item.getByTestId("match-reason")).toHaveText(`Not the same claim: ${match.reason}`);
  await expect(item.getByRole("button", { name: "Reuse verdict" })).toHaveCount(0);

  // Reuse after acknowledging the difference. Another spec may review this seed claim at the
  // same time: after a conflict, reload and try again on the fresh version.
  for (let attempt = 0; ; attempt++) {
    await item.getByRole("button", { name: "Reuse anyway…" }).click();
    const confirm = item.getByTestId("reuse-confirm");
    await expect(confirm.getByRole("button", { name: "Reuse this verdict" })).toBeDisabled();
    await confirm.getByRole("checkbox", { name: /I have read the difference/ }).check();
    await confirm.getByRole("button", { name: "Reuse this verdict" }).click();
    const outcome = await Promise.race([
      item.getByTestId("match-reused").waitFor().then(() => "reused" as const),
      review.panel().getByTestId("checked-before-message").waitFor().then(() => "error" as const),
      review.panel().getByTestId("conflict").waitFor().then(() => "error" as const),
    ]);
    if (outcome === "reused") break;
    expect(attempt, "reuse kept conflicting").toBeLessThan(2);
    await review.goto(second.id, target.id);
  }
  await review.expectStatus("Patricia Bullrich, traveled to El Salvador", "supported");
  // The history says where the verdict came from (the last such event: a re-run adds another).
  const reused = review.historyEvents().filter({ hasText: "Reused earlier verdict" }).last();
  await expect(reused).toContainText(note);
  await expect(reused).toContainText(`Reused from claim #${source.id} in “${SEED_TITLES[0]}”.`);
  await expect(reused.getByTestId("history-actor")).toHaveText(DEMO.editor.name);
  await expect(review.panel().getByTestId("evidence-item").filter({ hasText: "Ministry of Security: Bullrich in El Salvador" })).toHaveCount(1);

  // The API agrees: one reused event, and the match remembers it.
  const history = (await (await api.get(`/api/claims/${target.id}/history`)).json()) as { kind: string; toStatus: string | null }[];
  expect(history.filter((e) => e.kind === "reused").at(-1)).toMatchObject({ toStatus: "supported" });
  const after = (await (await api.get(`/api/claims/${target.id}/matches`)).json()) as (Match & { reused: boolean })[];
  expect(after.find((m) => m.claimId === source.id)?.reused).toBe(true);
  await api.dispose();
});

test("a reworded claim is the same claim with its word diff; a one-word flip is only related, with the reason", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const tag = `Vellmora${Date.now().toString(36)}`;
  const earlier = await createArticleViaApi(api, {
    title: `Council vote ${tag}`,
    body: `Council news\n\nThe ${tag} city council approved the merger of the two water utilities by 7 votes to 2 on Tuesday.`,
  });
  const source = earlier.claims.find((c) => c.text.includes("merger"))!;
  const verdict = await api.post(`/api/claims/${source.id}/verdict`, { data: { status: "supported", note: "Minutes of the meeting.", version: source.version } });
  expect(verdict.status(), await verdict.text()).toBe(200);
  const reworded = await createArticleViaApi(api, {
    title: `Utilities ${tag}`,
    body: `Water\n\nOn Tuesday the ${tag} city council voted 7 to 2 to approve the merger of the two water utilities.`,
  });
  const flipped = await createArticleViaApi(api, {
    title: `Blocked ${tag}`,
    body: `Water\n\nThe ${tag} city council blocked the merger of the two water utilities by 7 votes to 2 on Tuesday.`,
  });

  await signInAs(page, "editor");
  const review = new ReviewPage(page);
  const same = reworded.claims.find((c) => c.text.includes("merger"))!;
  await review.goto(reworded.id, same.id);
  const sameItem = review.panel().getByTestId("checked-before-item").filter({ hasText: `Council vote ${tag}` });
  await expect(sameItem.getByTestId("match-kind")).toHaveText("Same claim");
  await expect(sameItem.getByTestId("match-reason")).toHaveCount(0);
  await expect(sameItem.getByTestId("match-diff").locator("ins").first()).toBeVisible();
  await expect(sameItem.getByRole("button", { name: "Reuse verdict" })).toBeEnabled();
  await sameItem.screenshot({ path: "test-results/checked-before-same.png" });

  const flip = flipped.claims.find((c) => c.text.includes("merger"))!;
  await review.goto(flipped.id, flip.id);
  const relatedItem = review.panel().getByTestId("checked-before-item").filter({ hasText: `Council vote ${tag}` });
  await expect(relatedItem.getByTestId("match-kind")).toHaveText("Related");
  await expect(relatedItem.getByTestId("match-reason")).toContainText(/blocked.*approved|approved.*blocked/);
  // The deciding words are marked in the diff: "blocked" out, "approved" in.
  await expect(relatedItem.getByTestId("match-diff").locator("del[data-slot]")).toContainText("blocked");
  await expect(relatedItem.getByTestId("match-diff").locator("ins[data-slot]")).toContainText("approved");
  await expect(relatedItem.getByRole("button", { name: "Reuse verdict" })).toHaveCount(0);
  await expect(relatedItem.getByRole("button", { name: "Reuse anyway…" })).toBeVisible();
  await relatedItem.getByRole("button", { name: "Reuse anyway…" }).click();
  await relatedItem.screenshot({ path: "test-results/checked-before-related.png" });

  // The API refuses a related reuse that was not acknowledged, and changes nothing.
  const refused = await api.post(`/api/claims/${flip.id}/reuse`, { data: { sourceClaimId: source.id, version: flip.version } });
  expect(refused.status()).toBe(400);
  expect(((await refused.json()) as { error: string }).error).toMatch(/related, not the same claim/);
  expect(await currentVersion(api, flip.id)).toBe(flip.version);
  await api.dispose();
});

test("a match can be dismissed and stays dismissed", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const tag = `Quillmark${Date.now().toString(36)}`;
  const earlier = await createArticleViaApi(api, {
    title: `Earlier ${tag}`,
    body: `Harbour news\n\nThe ${tag} ferry terminal opened on Monday after six years of construction, the port authority said.`,
  });
  const later = await createArticleViaApi(api, {
    title: `Later ${tag}`,
    body: `Port update\n\nAfter six years of construction, the ${tag} ferry terminal opened on Monday.`,
  });
  const claim = later.claims.find((c) => c.text.includes("ferry terminal"))!;
  const earlierClaim = earlier.claims.find((c) => c.text.includes("ferry terminal"))!;

  await signInAs(page, "editor");
  const review = new ReviewPage(page);
  await review.goto(later.id, claim.id);
  const item = review.panel().getByTestId("checked-before-item").filter({ hasText: `Earlier ${tag}` });
  await expect(item).toBeVisible();
  await expect(item.getByTestId("match-kind")).toHaveText("Same claim");
  await expect(item.getByRole("button", { name: "Reuse verdict" })).toBeDisabled(); // no verdict yet
  await item.getByRole("button", { name: /^Dismiss/ }).click();
  await expect(item).toHaveCount(0);

  await review.goto(later.id, claim.id);
  await expect(review.panel().getByTestId("claim-text")).toContainText("ferry terminal");
  await expect(review.panel().getByTestId("checked-before-item").filter({ hasText: `Earlier ${tag}` })).toHaveCount(0);
  const matches = (await (await api.get(`/api/claims/${claim.id}/matches`)).json()) as Match[];
  expect(matches.map((m) => m.claimId)).not.toContain(earlierClaim.id);
  await api.dispose();
});

test("search finds a claim by its words, highlights them and filters the results", async ({ page, playwright, baseURL }) => {
  await signInAs(page, "editor");
  await page.goto("/search");
  await page.getByTestId("search-q").fill("gang members");
  await page.getByTestId("search-q").press("Enter");
  await expect(page).toHaveURL(/\/search\?q=gang\+members/);
  const result = page.getByTestId("search-result").filter({ hasText: "less than a third of those arrested are actual gang members" });
  await expect(result).toHaveCount(1);
  await expect(result.locator("mark")).toHaveText(["gang", "members"]);
  await expect(result).toContainText(SEED_TITLES[0]);

  // Filters live in the URL; a filter that excludes the claim empties the list.
  await page.goto("/search?q=gang+members&language=es");
  await expect(page.getByTestId("search-empty")).toBeVisible();

  // The result opens the claim in its article.
  await page.goto("/search?q=gang+members");
  await result.getByTestId("search-snippet").click();
  await expect(page.getByTestId("claim-panel").getByTestId("claim-text")).toContainText("actual gang members");

  // The JSON API answers the same search.
  const api = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const res = await api.get("/api/search?q=gang%20members&status=&page=1");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { total: number; results: { text: string; snippet: string; articleTitle: string }[] };
  const hit = body.results.find((r) => r.text.includes("actual gang members"))!;
  expect(body.total).toBeGreaterThanOrEqual(1);
  expect(hit.articleTitle).toBe(SEED_TITLES[0]);
  expect(hit.snippet).toContain("\u0002gang\u0003 \u0002members\u0003");
  expect((await api.get("/api/search?q=gang&status=bogus")).status()).toBe(400);
  await api.dispose();
});
