import { expect, test } from "@playwright/test";
import { createArticleAs } from "./support/api";
import { ReviewPage } from "./support/review-page";
import { signInAs } from "./support/sign-in-page";
import { DEMO } from "./support/users";

const V1 = [
  "The new bridge cost $310 million, the transport department said.",
  "",
  "It opened in March after four years of work.",
  "",
  "The mayor called it a triumph of engineering.",
  "",
  "Traffic on the old crossing fell 40% in the first month.",
].join("\n");

test("a new version with a corrected figure and a deleted sentence: changed since verdict, orphaned box, recheck clears the flag", async ({ page, playwright, baseURL }) => {
  const { api, id, claims } = await createArticleAs(playwright, baseURL, DEMO.editor.email, { title: `Bridge ${Date.now()}`, body: V1 });
  const cost = claims.find((c) => c.text.startsWith("The new bridge cost"))!;
  const traffic = claims.find((c) => c.text.startsWith("Traffic on the old crossing"))!;
  for (const [claim, status, note] of [
    [cost, "disputed", "The audit puts it at $428 million."],
    [traffic, "supported", null],
  ] as const) {
    expect((await api.post(`/api/claims/${claim.id}/verdict`, { data: { status, note, version: claim.version } })).status()).toBe(200);
  }

  await signInAs(page, "editor");
  const review = new ReviewPage(page);
  await review.goto(id);
  await page.getByTestId("new-version").getByText(/^New version/).click();
  await page.getByLabel("Paste the new text").check();
  const v2 = V1.replace("$310 million", "$428 million").replace("\n\nTraffic on the old crossing fell 40% in the first month.", "");
  await page.getByTestId("new-version-body").fill(v2);
  await page.getByRole("button", { name: "Add the new version" }).click();
  await expect(page.getByTestId("new-version-message")).toContainText("Version 2:");
  await expect(page.getByTestId("new-version-message")).toContainText("1 changed, 1 gone");

  // The changed claim is marked in the text and in the panel, with the old and new wording.
  const changed = page.locator(`mark[data-claim-id='${cost.id}']`);
  await expect(changed).toHaveAttribute("data-needs-recheck", "true");
  await expect(changed).toContainText("$428 million");
  const orphans = page.getByTestId("orphaned-claims");
  await expect(orphans.getByTestId("orphan")).toHaveCount(1);
  await expect(orphans).toContainText("Traffic on the old crossing fell 40%");

  await review.select("$428 million");
  const notice = review.panel().getByTestId("recheck-notice");
  await expect(notice).toContainText("Changed since verdict");
  await expect(notice.getByTestId("recheck-diff").locator("del")).toContainText("310");
  await expect(notice.getByTestId("recheck-diff").locator("ins")).toContainText("428");
  await notice.getByRole("button", { name: "Verdict still holds" }).click();
  await expect(review.panel().getByTestId("recheck-notice")).toHaveCount(0);
  await expect(changed).not.toHaveAttribute("data-needs-recheck", "true");
  await expect(review.panel().getByTestId("verdict-card")).toHaveAttribute("data-status", "disputed");

  // The API agrees, and the versions page lists both with a diff.
  const detail = (await (await api.get(`/api/articles/${id}`)).json()) as { article: { version: number; body: string }; claims: { id: number; needsRecheck: boolean }[] };
  expect(detail.article.version).toBe(2);
  expect(detail.article.body).toBe(v2);
  expect(detail.claims.find((c) => c.id === cost.id)?.needsRecheck).toBe(false);
  await page.getByTestId("versions-link").click();
  await expect(page.getByTestId("version")).toHaveCount(2);
  await expect(page.getByTestId("version-diff").locator("del")).toContainText(["310"]);
  await api.dispose();
});

test("the versions API answers with the claims each outcome touched", async ({ playwright, baseURL }) => {
  const { api, id, claims } = await createArticleAs(playwright, baseURL, DEMO.editor.email, { title: `Live blog ${Date.now()}`, body: "09:30 Police closed the road.\n\n09:10 Crowds gathered near the square." });
  const added = await api.post(`/api/articles/${id}/versions`, { data: { body: "10:05 The road reopened at 10am, police said.\n\n09:30 Police closed the road.\n\n09:10 Crowds gathered near the square." } });
  expect(added.status()).toBe(201);
  const result = (await added.json()) as { version: number; kept: number[]; moved: number[]; changed: number[]; orphaned: number[]; added: number[] };
  expect(result.version).toBe(2);
  expect([...result.kept, ...result.moved].sort()).toEqual(claims.map((c) => c.id).sort());
  expect(result).toMatchObject({ changed: [], orphaned: [] });
  expect(result.added.length).toBeGreaterThan(0);
  const same = await api.post(`/api/articles/${id}/versions`, { data: { body: "10:05 The road reopened at 10am, police said.\n\n09:30 Police closed the road.\n\n09:10 Crowds gathered near the square." } });
  expect(same.status()).toBe(200);
  expect(await same.json()).toMatchObject({ version: 2, unchanged: true });
  expect((await api.post(`/api/articles/${id}/versions`, { data: { body: "" } })).status()).toBe(400);
  expect((await api.post(`/api/articles/${id}/versions`, { data: { nothing: 1 } })).status()).toBe(400);
  await api.dispose();
});

test("the as-of view before the article was added says so and shows no text", async ({ page, playwright, baseURL }) => {
  const { api, id } = await createArticleAs(playwright, baseURL, DEMO.editor.email, { title: `Bridge before ${Date.now()}`, body: V1 });
  await signInAs(page, "editor");
  await page.goto(`/articles/${id}/history?at=2020-01-01T00:00:00`);
  await expect(page.getByTestId("as-of-summary")).toContainText("The article did not exist yet at 2020-01-01 00:00:00 UTC");
  await expect(page.getByTestId("as-of-body")).toHaveText("No text before the article was added.");

  await page.goto(`/articles/${id}/history`);
  await expect(page.getByTestId("as-of-summary")).toContainText("(text of version 1)");
  await expect(page.getByTestId("as-of-body")).toContainText("The new bridge cost $310 million");
});
