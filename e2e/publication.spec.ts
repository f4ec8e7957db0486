import { createHash } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { appRequest, createArticleViaApi, signedInRequest } from "./support/api";
import { ReviewPage } from "./support/review-page";
import { SignInPage, signInAs } from "./support/sign-in-page";
import { DEMO, DEMO_PASSWORD } from "./support/users";

const BODY = [
  "The new bridge cost $310 million, the transport department said.",
  "Traffic on the old crossing fell 40% in the first month.",
  "Tolls will rise to $4 in January, according to the city budget.",
].join(" ");

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

async function pageAs(browser: Browser, email: string, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.submit(email, DEMO_PASSWORD);
  await expect(page.getByTestId("current-user")).toContainText(name);
  return page;
}

test("a disputed verdict is confirmed by a second reviewer, the lead publishes, a reader reads it, and a correction becomes version 2 while version 1 stays as it was", async ({ browser, page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  const admin = await signedInRequest(playwright, baseURL, DEMO.admin.email);
  const second = { email: `rita-${Date.now()}@claimdesk.local`, name: "Rita Reviewer" };
  expect((await admin.post("/api/users", { data: { ...second, role: "editor", password: DEMO_PASSWORD } })).status()).toBe(201);

  const editorApi = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const title = `Bridge report ${Date.now()}`;
  const { id, claims } = await createArticleViaApi(editorApi, { title, body: BODY });
  const cost = claims.find((c) => c.text.startsWith("The new bridge cost"))!;
  for (const c of claims.filter((x) => x.checkworthy && x.id !== cost.id)) {
    expect((await editorApi.post(`/api/claims/${c.id}/verdict`, { data: { status: "supported", version: c.version } })).status()).toBe(200);
  }

  // Reviewer A disputes the cost on the desk: it now waits for a second reviewer.
  await signInAs(page, "editor");
  const review = new ReviewPage(page);
  await review.goto(id, cost.id);
  await review.note().fill("The audit puts the cost at $428 million.");
  await review.verdictButton("Disputed").click();
  // The desk shows the notice once the verdict is saved; only then reload (navigating away sooner can cancel the save).
  await expect(review.panel().getByTestId("confirmation-notice")).toContainText("Awaiting confirmation");
  await review.goto(id, cost.id);
  await expect(review.panel().getByTestId("confirmation-notice")).toContainText("Awaiting confirmation");
  await expect(review.panel().getByTestId("own-verdict")).toBeVisible();
  const { claim: own } = (await (await editorApi.get(`/api/claims/${cost.id}`)).json()) as { claim: { version: number; awaitingConfirmation: boolean } };
  expect(own.awaitingConfirmation).toBe(true);
  expect((await editorApi.post(`/api/claims/${cost.id}/confirm`, { data: { version: own.version } })).status()).toBe(403);

  // The lead cannot publish yet: the blocker names the claim. An editor may not publish at all.
  const leadApi = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const blocked = await leadApi.post(`/api/articles/${id}/publish`, { data: { note: "" } });
  expect(blocked.status()).toBe(409);
  expect(((await blocked.json()) as { blockers: { claimId: number; reason: string }[] }).blockers).toEqual([{ claimId: cost.id, reason: expect.stringMatching(/second reviewer/), code: "awaiting_confirmation" }]);
  expect((await editorApi.post(`/api/articles/${id}/publish`, { data: { note: "" } })).status()).toBe(403);

  // Reviewer B confirms it on the desk.
  const reviewerB = await pageAs(browser, second.email, second.name);
  const reviewB = new ReviewPage(reviewerB);
  await reviewB.goto(id, cost.id);
  await reviewB.panel().getByRole("button", { name: "Confirm Disputed" }).click();
  await expect(reviewB.panel().getByTestId("confirmation-notice")).toHaveCount(0);
  await expect(reviewB.panel().getByTestId("history-event").filter({ hasText: second.name }).last()).toBeVisible();

  // The lead signs off on the review page.
  const lead = await pageAs(browser, DEMO.lead.email, DEMO.lead.name);
  await new ReviewPage(lead).goto(id);
  await expect(lead.getByTestId("publication-status")).toContainText("Not published yet");
  await lead.getByRole("button", { name: "Sign off and publish…" }).click();
  await lead.getByLabel(/Sign-off note for version 1/).fill("Checked against the audit office's report.");
  await lead.getByRole("button", { name: "Publish version 1" }).click();
  await expect(lead.getByTestId("publication-status")).toContainText("Published: version 1");
  const v1Url = await lead.getByTestId("publication-status").getByRole("link", { name: "Public page" }).getAttribute("href");
  expect(v1Url).toMatch(/^\/reports\/bridge-report-\d+\/v\/1$/);
  const slugPath = v1Url!.replace(/\/v\/1$/, "");

  // An anonymous reader: no sign-in, the claims with verdicts, notes, who signed off, the JSON-LD.
  const reader = await (await browser.newContext()).newPage();
  const response = await reader.goto(slugPath);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByTestId("signed-off")).toContainText(`signed off by ${DEMO.lead.name}`);
  await expect(reader.getByText("Checked against the audit office's report.")).toBeVisible();
  const costClaim = reader.locator(`#claim-${cost.id}`);
  await expect(costClaim).toHaveAttribute("data-status", "disputed");
  await expect(costClaim).toContainText("The audit puts the cost at $428 million.");
  await expect(costClaim).toContainText(`confirmed by ${second.name}`); // the two-person rule, shown to readers
  await expect(reader.getByTestId("current-user")).toHaveCount(0);
  const ld = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!) as { url: string; reviewRating: { alternateName: string } }[];
  expect(ld.find((r) => r.url.endsWith(`${v1Url}#claim-${cost.id}`))?.reviewRating.alternateName).toBe("Disputed");
  const v1Hash = (await reader.getByTestId("sha256").textContent())!;
  const anon = await appRequest(playwright, baseURL);
  const v1Bytes = await (await anon.get(`${v1Url}/report.json`)).body();
  expect(sha256(v1Bytes)).toBe(v1Hash);

  // The verdict changes: the review page says the public report is out of date.
  const { claim: now } = (await (await editorApi.get(`/api/claims/${cost.id}`)).json()) as { claim: { version: number } };
  expect((await editorApi.post(`/api/claims/${cost.id}/verdict`, { data: { status: "supported", note: "The audit office corrected its report: $310 million.", version: now.version } })).status()).toBe(200);
  await expect(lead.getByTestId("changed-since-published")).toContainText("The report has changed since version 1 was published");
  const detail = (await (await leadApi.get(`/api/articles/${id}`)).json()) as { article: { publication: { version: number; changedSincePublished: boolean } } };
  expect(detail.article.publication).toMatchObject({ version: 1, changedSincePublished: true });

  // Version 2 through the API: 201 with the address and the hash of the stored bytes.
  const published = await leadApi.post(`/api/articles/${id}/publish`, { data: { note: "Corrected after the audit office's revision." } });
  expect(published.status()).toBe(201);
  const v2 = (await published.json()) as { version: number; url: string; sha256: string };
  expect(v2.version).toBe(2);
  expect(sha256(await (await anon.get(`${v2.url}/report.json`)).body())).toBe(v2.sha256);

  await reader.goto(slugPath);
  const corrections = reader.getByTestId("corrections");
  await expect(corrections).toContainText("Disputed → Supported");
  await expect(corrections).toContainText("The audit office corrected its report");
  await reader.goto(v1Url!);
  await expect(reader.getByTestId("superseded")).toContainText("superseded by version 2");
  await expect(reader.locator(`#claim-${cost.id}`)).toHaveAttribute("data-status", "disputed");
  expect(sha256(await (await anon.get(`${v1Url}/report.json`)).body())).toBe(v1Hash);

  // An admin withdraws it: the page says so; nothing is deleted.
  expect((await admin.post(`/api/articles/${id}/withdraw`, { data: { reason: "The bridge article was retracted by its publisher." } })).status()).toBe(200);
  await reader.goto(slugPath);
  await expect(reader.getByTestId("withdrawn")).toContainText("This report was withdrawn on");
  await expect(reader.getByTestId("withdrawn")).toContainText("retracted by its publisher");
  expect(sha256(await (await anon.get(`${v1Url}/report.json`)).body())).toBe(v1Hash);
  expect((await anon.get(`${slugPath}/v/3`)).status()).toBe(404);

  for (const context of [admin, editorApi, leadApi, anon]) await context.dispose();
});

test("sending a verdict back needs a note and returns the claim to unreviewed; the admin changes the rule", async ({ browser, page, playwright, baseURL }) => {
  const editorApi = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const { id, claims } = await createArticleViaApi(editorApi, { title: `Send back ${Date.now()}`, body: BODY });
  const tolls = claims.find((c) => c.text.startsWith("Tolls will rise"))!;
  expect((await editorApi.post(`/api/claims/${tolls.id}/verdict`, { data: { status: "disputed", note: "The budget says $3.50.", version: tolls.version } })).status()).toBe(200);

  await signInAs(page, "lead");
  const review = new ReviewPage(page);
  await review.goto(id, tolls.id);
  const notice = review.panel().getByTestId("confirmation-notice");
  await notice.getByRole("button", { name: "Send back…" }).click();
  await notice.getByRole("button", { name: "Send back", exact: true }).click();
  await expect(notice.getByRole("alert")).toContainText("Say why");
  await notice.getByTestId("send-back-note").fill("The budget line is for trucks, not cars.");
  await notice.getByRole("button", { name: "Send back", exact: true }).click();
  await expect(review.panel().getByTestId("verdict-card")).toHaveAttribute("data-status", "unreviewed");
  await expect(review.historyEvents().last()).toHaveAttribute("data-kind", "sent_back");

  // Only admins set the rule; with "all" a Supported verdict waits too.
  const leadApi = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  expect((await leadApi.put("/api/settings", { data: { twoPersonRule: "all" } })).status()).toBe(403);
  const adminApi = await signedInRequest(playwright, baseURL, DEMO.admin.email);
  expect((await adminApi.put("/api/settings", { data: { twoPersonRule: "sometimes" } })).status()).toBe(400);
  try {
    const adminPage = await pageAs(browser, DEMO.admin.email, DEMO.admin.name);
    await adminPage.goto("/admin/desk");
    await adminPage.getByLabel(/Every verdict/).check();
    await adminPage.getByRole("button", { name: "Save" }).click();
    await expect(adminPage.getByTestId("form-message")).toContainText("Every verdict now needs a second reviewer.");
    const { claim: fresh } = (await (await editorApi.get(`/api/claims/${tolls.id}`)).json()) as { claim: { version: number } };
    const supported = await editorApi.post(`/api/claims/${tolls.id}/verdict`, { data: { status: "supported", version: fresh.version } });
    expect(((await supported.json()) as { awaitingConfirmation: boolean }).awaitingConfirmation).toBe(true);
  } finally {
    expect((await adminApi.put("/api/settings", { data: { twoPersonRule: "disputed" } })).status()).toBe(200);
  }
  for (const context of [editorApi, leadApi, adminApi]) await context.dispose();
});

test("a needs-a-source request with an owner and a past due date is overdue on the desk and the dashboard", async ({ browser, page, playwright, baseURL }) => {
  const editorApi = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const { id, claims } = await createArticleViaApi(editorApi, { title: `Overdue ${Date.now()}`, body: BODY });
  const traffic = claims.find((c) => c.text.startsWith("Traffic on the old crossing"))!;
  const me = (await (await editorApi.get("/api/me")).json()) as { id: number };
  const bad = await editorApi.post(`/api/claims/${traffic.id}/verdict`, { data: { status: "needs_source", note: "Which count?", version: traffic.version, dueAt: "2026-02-30" } });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toMatch(/real date/);

  await signInAs(page, "editor");
  const review = new ReviewPage(page);
  await review.goto(id, traffic.id);
  await review.verdictButton("Needs a source").click();
  await review.panel().getByTestId("source-owner").selectOption(String(me.id));
  await review.panel().getByTestId("source-due").fill("2020-01-15");
  await review.note().fill("Which traffic count: the city's or the operator's?");
  await review.note().press("Enter");
  await review.goto(id, traffic.id);
  await expect(review.panel().getByTestId("source-request-line")).toContainText(`Source: ${DEMO.editor.name}, due 15 January 2020`);
  await expect(review.panel().getByTestId("source-overdue")).toBeVisible();

  const lead = await pageAs(browser, DEMO.lead.email, DEMO.lead.name);
  await lead.goto(`/dashboard?articleId=${id}`);
  await expect(lead.getByTestId("total-overdue")).toHaveText("1");
  await expect(lead.getByTestId("overdue-sources")).toContainText("Traffic on the old crossing fell 40%");

  // At sign-off the lead is told what will be published as unsourced, and can go to it; it does not block.
  await new ReviewPage(lead).goto(id);
  await lead.getByRole("button", { name: "Sign off and publish…" }).click();
  const notice = lead.getByTestId("open-sources");
  await expect(notice).toContainText("1 claim will be published as “Needs a source”, 1 of them past its due date.");
  const claimNumber = claims.findIndex((c) => c.id === traffic.id) + 1;
  await notice.getByRole("button", { name: `Claim ${claimNumber} (overdue)` }).click();
  await expect(lead.getByTestId("claim-panel").getByTestId("claim-text")).toHaveText(traffic.text);
  await editorApi.dispose();
});
