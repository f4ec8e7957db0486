import fs from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { createArticleViaApi, signedInRequest } from "./support/api";
import { ReviewPage } from "./support/review-page";
import { signInAs } from "./support/sign-in-page";
import { DEMO } from "./support/users";

/**
 * A newsroom's first day, end to end as one editor and one lead would walk it: sign in, open a
 * new article, review three claims by keyboard with the queue moving on, read each verdict card,
 * search with a plural, pick the article by its title on the dashboard, and export Markdown and
 * PDF and read them.
 */

async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
}

async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

test.setTimeout(180_000);

test("first day on the desk: keyboard review with the queue, verdict cards, plural search, article by title, Markdown and PDF", async ({ page, browser, playwright, baseURL }) => {
  const tag = `Harrowgate${Date.now().toString(36)}`;
  const title = `${tag} ferry contract`;
  const claims = [
    `The ${tag} ferry carried 1,240,000 passengers in 2025, up 8% on the year before, the port authority said.`,
    `The council paid 14.2 million euros for two new ferries, according to the contract published in March.`,
    `The operator's chief executive said the crossing was the busiest in Europe.`,
  ];
  const api = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const article = await createArticleViaApi(api, { title, body: `${title}\n\n${claims.join(" ")}` });
  await api.dispose();

  // Sign in and open the article from the list.
  await signInAs(page, "editor");
  await page.goto("/articles");
  await page.getByRole("link", { name: title }).click();
  const review = new ReviewPage(page);
  await expect(page.getByTestId("article-body")).toBeVisible();
  const unreviewed = page.getByTestId("review-queue").locator("[data-queue='unreviewed']");
  await expect(unreviewed).toContainText("(3)");

  // Three verdicts by keyboard alone; after each, the panel moves on to the next unreviewed claim.
  const verdicts = [
    { key: "s", status: "supported", note: null, words: "1,240,000 passengers" },
    { key: "d", status: "disputed", note: "The contract says 12.4 million euros.", words: "14.2 million euros" },
    { key: "n", status: "needs_source", note: "Which ranking says busiest?", words: "busiest in Europe" },
  ] as const;
  const judged: { id: string; status: string; note: string | null; number: string }[] = [];
  for (const [i, v] of verdicts.entries()) {
    const id = (await review.panel().getAttribute("data-claim-id"))!;
    const number = /Claim (\d+) ·/.exec((await review.panel().getByText(/^Claim \d+ · version/).textContent()) ?? "")![1]!;
    await expect(review.panel().getByTestId("claim-text")).toContainText(v.words);
    await page.keyboard.press(v.key);
    if (v.note) {
      await expect(review.note()).toBeFocused();
      await page.keyboard.type(v.note);
      await page.keyboard.press("Enter");
    }
    await expect(page.locator(`mark[data-claim-id='${id}']`)).toHaveAttribute("data-status", v.status);
    await expect(unreviewed).toContainText(`(${2 - i})`);
    if (i < verdicts.length - 1) await expect(review.panel()).not.toHaveAttribute("data-claim-id", id);
    judged.push({ id, status: v.status, note: v.note, number });
  }
  await expect(page.getByText("3 of 3 check-worthy claims reviewed")).toBeVisible();

  // Each claim shows its verdict as a card: status, the note, who.
  for (const j of judged) {
    await page.locator(`mark[data-claim-id='${j.id}']`).click();
    const card = review.panel().getByTestId("verdict-card");
    await expect(card).toHaveAttribute("data-status", j.status);
    await expect(card).toContainText(DEMO.editor.name);
    if (j.note) await expect(card.getByTestId("verdict-card-note")).toHaveText(j.note);
  }

  // Search with a plural finds the singular ("ferries" → "ferry").
  await page.getByRole("searchbox", { name: "Search claims" }).fill(`${tag} ferries`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?/);
  await expect(page.getByTestId("search-result").filter({ hasText: claims[0]!.slice(0, 30) })).toHaveCount(1);

  // The lead picks the article by its title on the dashboard (type-ahead), not by a number.
  const leadContext = await browser.newContext({ baseURL });
  const lead = await leadContext.newPage();
  await signInAs(lead, "lead");
  await lead.goto("/dashboard");
  const picker = lead.getByTestId("filter-article");
  await picker.getByRole("combobox", { name: "Article" }).fill(`${tag} ferry`);
  await picker.getByRole("listbox", { name: "Articles" }).getByRole("option", { name: new RegExp(title) }).click();
  await expect(picker.getByTestId("filter-article-chosen")).toHaveText(title);
  await lead.getByTestId("filter-apply").click();
  await expect(lead).toHaveURL(new RegExp(`articleId=${article.id}`));
  const table = lead.getByTestId("articles-table");
  await expect(table.getByRole("link", { name: title })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2); // the header and this article

  // The lead exports Markdown and PDF from the article page, and reads them.
  await table.getByRole("link", { name: title }).click();
  await expect(lead.getByTestId("article-body")).toBeVisible();
  const menu = lead.getByTestId("export-menu");
  await menu.getByRole("button", { name: "Export" }).click();
  const markdown = await download(lead, menu.getByRole("link", { name: /^Markdown/ }));
  expect(markdown.name).toMatch(/\.md$/);
  const md = markdown.bytes.toString("utf8");
  for (const text of [title, "Supported", "Disputed", "Needs a source", "The contract says 12.4 million euros.", "1,240,000 passengers", "14.2 million euros"]) expect(md).toContain(text);
  expect(md).not.toMatch(/14\\\.2|1\\,240/); // ordinary prose is not escaped
  expect(md).not.toMatch(/Position: characters|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/); // read as text: dates in words
  // One claim number everywhere: the desk's "Claim N" is the report's.
  const labels = { supported: "Supported", disputed: "Disputed", needs_source: "Needs a source" } as const;
  const headings = judged.map((j) => `Claim ${j.number}: ${labels[j.status as keyof typeof labels]}`);
  for (const h of headings) expect(md).toContain(h);

  // The menu stays open after a download.
  await expect(menu.getByRole("button", { name: "Export" })).toHaveAttribute("aria-expanded", "true");
  const pdf = await download(lead, menu.getByRole("link", { name: /^PDF/ }));
  expect(pdf.name).toMatch(/\.pdf$/);
  const text = (await pdfText(pdf.bytes)).replace(/\s+/g, " ");
  for (const t of [title, "Which ranking says busiest?", "The contract says 12.4 million euros.", ...headings]) expect(text).toContain(t);
  expect(text).toMatch(/Reviewed by Elena Editor on \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} UTC/); // dates in words
  expect(text).not.toMatch(/Position: characters|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  await leadContext.close();
});
