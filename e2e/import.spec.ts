import { expect, test } from "@playwright/test";
import { startFixtureServer } from "./support/fixture-server";
import { ImportPage } from "./support/import-page";
import { ReviewPage } from "./support/review-page";
import { signInAs } from "./support/sign-in-page";

const PASTED = [
  "Rail ridership rebounds",
  "Rail ridership reached 48 million trips in 2023, up 15% from 2022, the transport ministry said.",
  "The minister said 120 new trains would enter service by March 2025.",
  "Fares are lower than in most European capitals, according to a survey by the consumer group Viajeros.",
  "<script>alert('x')</script> Commuters seemed happy.",
].join("\n\n");

test.beforeEach(async ({ page }) => {
  await signInAs(page, "editor");
});

test("paste an article: claims are highlighted and markup stays text", async ({ page }) => {
  const importPage = new ImportPage(page);
  const panel = await importPage.open("Paste text");
  await panel.getByLabel("Title").fill("Rail ridership rebounds");
  await panel.getByRole("button", { name: "Add and split into claims" }).click();
  await expect(importPage.error()).toHaveText("The article text is empty.");
  await expect(panel.getByLabel("Title")).toHaveValue("Rail ridership rebounds"); // nothing typed is lost

  await panel.getByLabel("Article text").fill(PASTED);
  await expect(importPage.error()).toHaveCount(0); // the old refusal goes once the form is edited
  await panel.getByRole("button", { name: "Add and split into claims" }).click();
  await importPage.createdArticleId();

  const review = new ReviewPage(page);
  await expect(page.getByTestId("article-title")).toHaveText("Rail ridership rebounds");
  await expect(review.claim("Rail ridership reached 48 million trips in 2023")).toHaveAttribute("data-checkworthy", "true");
  await expect(review.claim("The minister said 120 new trains")).toHaveAttribute("data-checkworthy", "true");
  await expect(page.getByTestId("article-body")).toContainText("<script>alert('x')</script> Commuters seemed happy.");
  await expect(page.getByTestId("article-body").locator("script")).toHaveCount(0);
});

test("merge two claims and split one back", async ({ page }) => {
  await new ImportPage(page).pasteArticle("Merge and split", PASTED);

  const review = new ReviewPage(page);
  const first = "Rail ridership reached 48 million trips in 2023";
  const second = "The minister said 120 new trains would enter service by March 2025.";
  await review.select(first);
  await review.panel().getByRole("button", { name: "Merge with next" }).click();
  const merged = review.claim(first);
  await expect(merged).toContainText(second);
  await expect(review.panel().getByTestId("history-event").filter({ hasText: "Merged" })).toHaveCount(1);

  // Put the cursor where the second sentence starts and split there.
  const splitBox = review.panel().getByLabel(/Split: put the cursor/);
  const text = await splitBox.inputValue();
  const at = text.indexOf("The minister");
  await splitBox.focus();
  await splitBox.evaluate((el: HTMLTextAreaElement, pos) => el.setSelectionRange(pos, pos), at);
  await review.panel().getByRole("button", { name: "Split at cursor" }).click();
  await expect(review.claim(first)).not.toContainText("The minister");
  await expect(review.claim(second)).toHaveCount(1);
  await expect(review.panel().getByTestId("history-event").filter({ hasText: "Split" })).toHaveCount(1);
});

test("upload a Markdown file; binary and unsupported files are refused", async ({ page }) => {
  const importPage = new ImportPage(page);
  let panel = await importPage.open("Upload a file");
  await panel.getByLabel(/File/).setInputFiles({ name: "photo.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 fake") });
  await panel.getByRole("button", { name: "Upload and split into claims" }).click();
  await expect(importPage.error()).toContainText('Unsupported file type ".pdf"');

  panel = await importPage.tab("Upload a file");
  await panel.getByLabel(/File/).setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0xff]) });
  await panel.getByRole("button", { name: "Upload and split into claims" }).click();
  await expect(importPage.error()).toContainText("binary file");

  panel = await importPage.tab("Upload a file");
  await panel.getByLabel(/File/).setInputFiles("e2e/fixtures/upload.md");
  await panel.getByRole("button", { name: "Upload and split into claims" }).click();
  await importPage.createdArticleId();
  await expect(page.getByTestId("article-title")).toHaveText("Water prices rise");
  const body = page.getByTestId("article-body");
  await expect(body).toContainText("Water bills in the region rose by 15% in 2024");
  await expect(body).not.toContainText("**");
  await expect(new ReviewPage(page).claim("Water bills in the region rose by 15% in 2024")).toHaveAttribute("data-checkworthy", "true");
});

test("import from a URL, and clear messages when a URL cannot be imported", async ({ page }) => {
  const fixtures = await startFixtureServer();
  try {
    const importPage = new ImportPage(page);
    await importPage.goto();
    const cases: [string, RegExp][] = [
      [fixtures.url("/missing"), /answered 404/],
      [fixtures.url("/no-article.html"), /No article text was found/],
      [fixtures.url("/image.png"), /not a web page/],
      [fixtures.url("/slow"), /did not answer in time/],
      ["http://127.0.0.1:9/closed", /Could not connect/],
      ["ftp://example.org/file.txt", /Only http and https/],
    ];
    for (const [url, message] of cases) {
      const panel = await importPage.tab("From a URL");
      await panel.getByLabel("Article URL").fill(url);
      await panel.getByRole("button", { name: "Import and split into claims" }).click();
      await expect(importPage.error()).toHaveText(message);
      await expect(panel.getByLabel("Article URL")).toHaveValue(url);
    }

    const panel = await importPage.tab("From a URL");
    await panel.getByLabel("Article URL").fill(fixtures.url("/article.html"));
    await panel.getByRole("button", { name: "Import and split into claims" }).click();
    await importPage.createdArticleId();
    await expect(page.getByTestId("article-title")).toHaveText(/Port traffic hits record/);
    await expect(page.getByTestId("article-meta")).toContainText("By Maria Lopez");
    await expect(page.getByTestId("article-meta")).toContainText("2024-05-02");
    const review = new ReviewPage(page);
    await expect(review.claim("handled 1.2 million containers in 2023")).toHaveAttribute("data-checkworthy", "true");
    await expect(page.getByTestId("article-body")).not.toContainText("window.tracking");
  } finally {
    await fixtures.close();
  }
});

test("select words in the text and make them a claim", async ({ page }) => {
  await new ImportPage(page).pasteArticle("Make a claim", PASTED);

  const review = new ReviewPage(page);
  const sentence = "The minister said 120 new trains would enter service by March 2025.";
  const words = "120 new trains would enter service";
  // Select the words the way a mouse drag does: a DOM range inside the sentence's text.
  await review.claim(sentence).locator("span[data-offset]").evaluate((el, target) => {
    const node = el.firstChild!;
    const start = node.textContent!.indexOf(target);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + target.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
  await expect(page.getByText(`${words.length} characters selected`)).toBeVisible();
  await page.getByRole("button", { name: "Make this a claim" }).click();
  // The selection lay inside one claim, so that claim is trimmed to it and keeps its history.
  await expect(review.panel().getByTestId("claim-text")).toHaveText(words);
  await expect(review.claim(words)).toHaveAttribute("data-checkworthy", "true");
  await expect(review.panel().getByTestId("history-event").filter({ hasText: "Span changed" })).toHaveCount(1);
  // The editor decided it, so the score line says so rather than "0.xx · check-worthy".
  const summary = review.panel().getByTestId("score-reasons").locator("summary");
  await expect(summary).toHaveText(/^Marked check-worthy by the desk \(model score \d\.\d\d\)$/);

  // A claim the model scored keeps the model's line; one marked by hand says who marked it, either way.
  await review.select("Rail ridership reached 48 million trips");
  await expect(summary).toHaveText(/^Check-worthiness \d\.\d\d · check-worthy$/);
  await review.select("Commuters seemed happy.");
  await expect(summary).toHaveText(/^Check-worthiness \d\.\d\d · not check-worthy$/);
  await review.panel().getByRole("button", { name: "Mark as a claim to check" }).click();
  await expect(summary).toHaveText(/^Marked check-worthy by the desk \(model score \d\.\d\d\)$/);
  await review.panel().getByRole("button", { name: "Mark not check-worthy" }).click();
  await expect(summary).toHaveText(/^Marked not check-worthy by the desk \(model score \d\.\d\d\)$/);
});
