import { expect, test, type Route } from "@playwright/test";
import { actionIds } from "./support/routes";
import { createArticleAs, createArticleViaApi, signedInRequest } from "./support/api";
import { ReviewPage } from "./support/review-page";
import { signInAs } from "./support/sign-in-page";
import { DEMO, SEED_TITLES } from "./support/users";

const BODY = [
  "Council approves budget",
  "The city council approved a budget of $310 million on Tuesday, up 12% from last year.",
  "Mayor Ana Ruiz said the plan would hire 400 new teachers by 2026.",
  "Critics argued that the police budget grew faster than the school budget.",
].join("\n\n");

test("two reviewers on one claim: the second gets the conflict and both events are kept in order", async ({ browser, playwright, baseURL }) => {
  const { api, id } = await createArticleAs(playwright, baseURL, DEMO.editor.email, { title: `Conflict ${Date.now()}`, body: BODY });
  const claimText = "The city council approved a budget of $310 million";

  const editorContext = await browser.newContext();
  const leadContext = await browser.newContext();
  const editor = new ReviewPage(await editorContext.newPage());
  const lead = new ReviewPage(await leadContext.newPage());
  await signInAs(editor.page, "editor");
  await signInAs(lead.page, "lead");
  await editor.goto(id);
  await lead.goto(id);
  await editor.select(claimText);
  await lead.select(claimText);

  // Hold back the editor's background refresh (a server action), so the editor acts on what they saw.
  const refreshId = actionIds().get("app/articles/[id]/actions.ts#loadLiveArticleAction");
  const holdRefresh = (route: Route) => (route.request().headers()["next-action"] === refreshId ? route.abort() : route.fallback());
  await editor.page.route(`**/articles/${id}`, holdRefresh);
  await lead.note().fill("The budget was $301 million, not $310 million.");
  await lead.verdictButton("Disputed").click();
  await lead.expectStatus(claimText, "disputed");

  // The editor still sees the old version and tries Supported.
  await editor.verdictButton("Supported").click();
  const conflict = editor.panel().getByTestId("conflict");
  await expect(conflict).toContainText(`Changed by ${DEMO.lead.name}`);
  await expect(conflict).toContainText("now Disputed");
  await editor.page.unroute(`**/articles/${id}`, holdRefresh);

  // Applying theirs on top writes a new event; the lead's verdict stays in the history.
  await conflict.getByRole("button", { name: "Apply mine on top" }).click();
  await editor.expectStatus(claimText, "supported");
  const events = editor.historyEvents().filter({ hasText: "Verdict" });
  await expect(events).toHaveCount(2);
  await expect(events.nth(0)).toContainText(DEMO.lead.name);
  await expect(events.nth(0)).toContainText("Unreviewed → Disputed");
  await expect(events.nth(1)).toContainText(DEMO.editor.name);
  await expect(events.nth(1)).toContainText("Disputed → Supported");

  // The lead's page picks up the change without a reload.
  await lead.expectStatus(claimText, "supported");
  await editorContext.close();
  await leadContext.close();
  await api.dispose();
});

test("keyboard review of a whole seed article, without the mouse", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const list = (await (await api.get("/api/articles")).json()) as { articles: { id: number; title: string }[] };
  const seed = list.articles.find((a) => a.title === SEED_TITLES[1])!;
  // A fresh copy of the seed article: other specs review the demo copy at the same time.
  const { article } = (await (await api.get(`/api/articles/${seed.id}`)).json()) as { article: { title: string; body: string } };
  const copy = await createArticleViaApi(api, { title: `${article.title} (keyboard review)`, body: article.body });
  await signInAs(page, "lead");
  const review = new ReviewPage(page);
  await review.goto(copy.id);

  const checkworthy = page.locator("mark[data-checkworthy='true']");
  const count = await checkworthy.count();
  expect(count).toBeGreaterThan(0);

  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcuts")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcuts")).toBeHidden();

  // The first unreviewed check-worthy claim is selected on load, and each verdict moves on to the
  // next one in the queue: go through all of them with the keyboard alone.
  for (let i = 0; i < count; i++) {
    const selectedId = await review.panel().getAttribute("data-claim-id");
    const key = ["s", "d", "n"][i % 3];
    await page.keyboard.press(key);
    if (key !== "s") {
      await expect(review.note()).toBeFocused();
      await page.keyboard.type(`Checked by keyboard (${i})`);
      await page.keyboard.press("Enter");
    }
    await expect(page.locator(`mark[data-claim-id='${selectedId}']`)).not.toHaveAttribute("data-status", "unreviewed");
    if (i < count - 1) await expect(review.panel()).not.toHaveAttribute("data-claim-id", selectedId!);
  }
  await expect(page.locator("mark[data-checkworthy='true'][data-status='unreviewed']")).toHaveCount(0);
  await expect(page.getByText(`${count} of ${count} check-worthy claims reviewed`)).toBeVisible();

  // "a" assigns the selected claim to me.
  await page.keyboard.press("a");
  await expect(review.panel().getByTestId("assignee-select")).toHaveValue(await lookupUserId(api, DEMO.lead.email));
  await api.dispose();
});

async function lookupUserId(api: import("@playwright/test").APIRequestContext, email: string): Promise<string> {
  const res = await api.get("/api/me");
  const me = (await res.json()) as { id: number; email: string };
  expect(me.email).toBe(email);
  return String(me.id);
}

test("evidence can be added and removed, comments posted, bad input refused", async ({ page, playwright, baseURL }) => {
  const { api, id } = await createArticleAs(playwright, baseURL, DEMO.editor.email, { title: `Evidence ${Date.now()}`, body: BODY });
  const claimText = "Mayor Ana Ruiz said the plan would hire 400 new teachers";
  await signInAs(page, "editor");
  const review = new ReviewPage(page);
  await review.goto(id);
  await review.select(claimText);
  const panel = review.panel();

  const evidenceForm = panel.getByRole("form", { name: "Add evidence" });
  await evidenceForm.getByLabel("Source URL").fill("javascript:alert(1)");
  await evidenceForm.getByRole("button", { name: "Add evidence" }).click();
  // The browser's own URL check may stop it first; either way nothing is added.
  await expect(panel.getByTestId("evidence-item")).toHaveCount(0);

  await evidenceForm.getByLabel("Source URL").fill("https://example.org/budget-2026");
  await evidenceForm.getByLabel("Source title").fill("City budget 2026 <b>PDF</b>");
  await evidenceForm.getByLabel("Quoted passage").fill("We will hire 400 teachers.");
  await evidenceForm.getByRole("button", { name: "Add evidence" }).click();
  const item = panel.getByTestId("evidence-item");
  await expect(item).toHaveCount(1);
  await expect(item.getByRole("link", { name: "City budget 2026 <b>PDF</b>" })).toHaveAttribute("href", "https://example.org/budget-2026");
  await expect(item).toContainText("We will hire 400 teachers.");

  await panel.getByRole("button", { name: /Remove evidence/ }).click();
  await expect(panel.getByTestId("evidence-item")).toHaveCount(0);
  await expect(panel.getByTestId("history-event").filter({ hasText: "Evidence removed" })).toHaveCount(1);

  const commentForm = panel.getByRole("form", { name: "Add a comment" });
  await commentForm.getByLabel("Comment").fill("   ");
  await commentForm.getByRole("button", { name: "Post" }).click();
  await expect(panel.getByTestId("comment-error")).toHaveText("The comment is empty.");
  await commentForm.getByLabel("Comment").fill("Can someone call the mayor's office? <script>x</script>");
  await commentForm.getByRole("button", { name: "Post" }).click();
  await expect(panel.getByTestId("comment-list")).toContainText("Can someone call the mayor's office? <script>x</script>");

  // A note is required for Disputed.
  await review.verdictButton("Disputed").click();
  await expect(panel.getByTestId("verdict-error")).toContainText("A note is required");
  await review.expectStatus(claimText, "unreviewed");
  await api.dispose();
});

test("a typed note is kept per claim when moving away, and a queue opens on one of its claims", async ({ page, playwright, baseURL }) => {
  const { api, id } = await createArticleAs(playwright, baseURL, DEMO.editor.email, { title: `Drafts ${Date.now()}`, body: BODY });
  const budget = "The city council approved a budget of $310 million";
  const teachers = "Mayor Ana Ruiz said the plan would hire 400 new teachers";
  await signInAs(page, "editor");
  const review = new ReviewPage(page);
  await review.goto(id);

  await review.select(budget);
  await review.note().fill("Budget book p. 4 says $301 million; call the finance office.");
  await review.select(teachers);
  await expect(review.note()).toHaveValue("");
  await review.note().fill("Hiring plan: ask for the 2026 staffing table.");
  await review.select(budget);
  await expect(review.note()).toHaveValue("Budget book p. 4 says $301 million; call the finance office.");

  // A reload in the same tab keeps the drafts; saving a verdict ends that claim's draft only.
  await page.reload();
  await review.select(budget);
  await expect(review.note()).toHaveValue("Budget book p. 4 says $301 million; call the finance office.");
  await review.verdictButton("Disputed").click();
  await review.expectStatus(budget, "disputed");
  await review.select(budget);
  await expect(review.note()).toHaveValue("");
  await review.select(teachers);
  await expect(review.note()).toHaveValue("Hiring plan: ask for the 2026 staffing table.");

  // Shown: the disputed budget claim. Picking "Unreviewed" opens on that queue's first claim.
  await review.select(budget);
  const firstUnreviewed = await page.locator("mark[data-checkworthy='true'][data-status='unreviewed']").first().getAttribute("data-claim-id");
  await page.getByRole("radio", { name: /^Unreviewed/ }).click();
  await expect(review.panel()).toHaveAttribute("data-claim-id", firstUnreviewed!);
  await api.dispose();
});
