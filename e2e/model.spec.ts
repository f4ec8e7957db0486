import { expect, test } from "@playwright/test";
import { createArticleViaApi, signedInRequest } from "./support/api";
import { ReviewPage } from "./support/review-page";
import { signInAs } from "./support/sign-in-page";
import { DEMO } from "./support/users";

/**
 * Learning from the desk: an editor's "not check-worthy" is a label; a lead retrains on the Model
 * page, watches its progress and sees a new version in use; a newly imported article is scored by
 * it (each claim names it); rescoring an article is an explicit step that leaves verdicts alone.
 */

type ApiClaim = { id: number; text: string; checkworthy: boolean; modelVersion: string | null; status: string; score: number };

const LABELLED = "The regional parliament approved 412 new footbridges in 2019, the ministry said.";

test("mark a sentence not check-worthy, retrain as lead, and a newly imported article carries the new version", async ({ browser, playwright, baseURL }) => {
  // The first retrain in a server process also reads and tags the corpus (tens of seconds on a busy machine).
  test.setTimeout(240_000);
  const editorApi = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const leadApi = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const stamp = Date.now();
  const { id: labelledArticle } = await createArticleViaApi(editorApi, {
    title: `Footbridges ${stamp}`,
    body: `${LABELLED}\n\nCritics said the money would have been better spent on roads.`,
  });
  const before = (await (await leadApi.get("/api/model")).json()) as { inUse: { version: string }; deskLabels: { en: { notCheckworthy: number } } };

  // The editor marks the sentence not check-worthy on the review desk.
  const editorContext = await browser.newContext();
  const desk = new ReviewPage(await editorContext.newPage());
  await signInAs(desk.page, "editor");
  await desk.goto(labelledArticle);
  await desk.select("The regional parliament approved 412");
  await expect(desk.panel().getByTestId("score-reasons")).toContainText("· check-worthy");
  await desk.panel().getByRole("button", { name: "Mark not check-worthy" }).click();
  await expect(desk.panel().getByTestId("score-reasons")).toContainText("not check-worthy");
  await expect(desk.panel().getByTestId("score-model")).toHaveText(`Scored by model ${before.inUse.version}`);
  await editorContext.close();

  // The lead sees the label on the Model page, retrains, and watches the progress to the end.
  const leadContext = await browser.newContext();
  const page = await leadContext.newPage();
  await signInAs(page, "lead");
  await page.getByRole("link", { name: "Model", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Check-worthiness model" })).toBeVisible();
  const inUse = page.getByTestId("model-in-use");
  await expect(inUse).toHaveText(before.inUse.version);
  await expect(page.getByTestId("figures-dev-f1").locator('[data-lang="en"]')).toHaveText(/^0\.\d{3}$/);
  await expect(page.getByTestId("desk-labels-en").locator('[data-label="not-checkworthy"]')).toHaveText(String(before.deskLabels.en.notCheckworthy + 1));

  await page.getByTestId("retrain-button").click();
  const progress = page.getByTestId("retrain-progress");
  const bar = progress.getByRole("progressbar");
  const message = page.getByTestId("retrain-message");
  await expect(progress).toBeVisible();
  await expect(bar).toHaveAttribute("aria-valuenow", /^\d+$/);
  await expect(page.getByTestId("retrain-phase")).toHaveText(/\w/);
  const first = Number(await bar.getAttribute("aria-valuenow"));
  // A second retrain while this one runs is refused, with the reason.
  const second = await leadApi.post("/api/model/retrain", { data: {} });
  expect(second.status()).toBe(409);
  expect(((await second.json()) as { error: string }).error).toMatch(/A retrain is already running: cw-desk-\d+/);

  // The bar moves on (the page polls the server once a second), then the retrain is over.
  // Bounded polling of what the page shows; nothing here depends on how fast it goes.
  await expect
    .poll(async () => ((await message.count()) > 0 ? 100 : Number((await bar.getAttribute("aria-valuenow").catch(() => null)) ?? 100)), {
      timeout: 200_000,
      intervals: [500, 1000],
    })
    .toBeGreaterThan(first);
  await expect(message).toContainText("is trained and now in use", { timeout: 200_000 });
  await expect(progress).toHaveCount(0);
  await expect(inUse).not.toHaveText(before.inUse.version);
  const version = (await inUse.textContent())!.trim();
  expect(version).toMatch(/^cw-desk-\d+$/);
  await expect(page.getByTestId("model-row").first()).toHaveAttribute("data-version", version);
  await expect(page.getByTestId("model-row").first()).toContainText("in use");

  // A newly imported article is scored by the new model: every claim says so.
  const { id: fresh } = await createArticleViaApi(editorApi, {
    title: `After the retrain ${stamp}`,
    body: "Unemployment fell to 4.1% in March, the statistics office said.\n\nSubscribe to our newsletter.",
  });
  const detail = (await (await editorApi.get(`/api/articles/${fresh}`)).json()) as { claims: ApiClaim[] };
  expect(detail.claims.length).toBeGreaterThan(0);
  for (const claim of detail.claims) expect(claim.modelVersion).toBe(version);

  // The older article still names the model that scored it, until a lead rescores it.
  const old = (await (await leadApi.get(`/api/articles/${labelledArticle}`)).json()) as { claims: ApiClaim[] };
  const labelled = old.claims.find((c) => c.text === LABELLED)!;
  expect(labelled).toMatchObject({ checkworthy: false, modelVersion: before.inUse.version });
  const review = new ReviewPage(page);
  await review.goto(labelledArticle);
  await page.getByTestId("rescore").locator("summary").click();
  await expect(page.getByTestId("rescore-model")).toHaveText(version);
  await page.getByTestId("rescore-button").click();
  await expect(page.getByTestId("rescore-message")).toContainText(`with ${version}`);
  const after = (await (await leadApi.get(`/api/articles/${labelledArticle}`)).json()) as { claims: ApiClaim[] };
  // The editor's mark stays whatever the new score; the claims the new model scores differently carry its version.
  expect(after.claims.find((c) => c.id === labelled.id)).toMatchObject({ checkworthy: false, modelVersion: version });
  expect(after.claims.filter((c) => c.modelVersion === version).length).toBeGreaterThan(0);
  for (const claim of after.claims) {
    const was = old.claims.find((c) => c.id === claim.id)!;
    expect(claim.modelVersion).toBe(claim.score === was.score && claim.checkworthy === was.checkworthy ? was.modelVersion : version);
  }
  // The rescore is in the claim's history, in words.
  await review.goto(labelledArticle, labelled.id);
  const rescored = review.historyEvents().and(page.locator('[data-kind="rescored"]'));
  await expect(rescored).toHaveCount(1);
  await expect(rescored.locator("strong")).toHaveText("Rescored");
  await expect(rescored).toContainText(`Rescored with ${version}`);
  // Rescoring with a version that is no longer in use is refused.
  const stale = await leadApi.post(`/api/articles/${labelledArticle}/rescore`, { data: { modelVersion: before.inUse.version } });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { error: string }).error).toContain(`The model in use is now ${version}`);

  await leadContext.close();
  await editorApi.dispose();
  await leadApi.dispose();
});

test("an editor is refused the Model page and the model API", async ({ page, playwright, baseURL }) => {
  await signInAs(page, "editor");
  await expect(page.getByRole("link", { name: "Model", exact: true })).toHaveCount(0);
  const response = await page.goto("/model");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  const api = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  expect((await api.get("/api/model")).status()).toBe(403);
  const retrain = await api.post("/api/model/retrain", { data: {} });
  expect(retrain.status()).toBe(403);
  expect(((await retrain.json()) as { error: string }).error).toMatch(/\w/);
  await api.dispose();
});
