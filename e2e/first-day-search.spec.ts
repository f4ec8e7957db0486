import { expect, test } from "@playwright/test";
import { createArticleViaApi, signedInRequest } from "./support/api";
import { signInAs } from "./support/sign-in-page";
import { DEMO } from "./support/users";

/** Issue 17, items 2, 10 and 11: what a first day with ClaimDesk trips over in search and the dashboard. */

test("the header Search button answers a mouse click after typing, and never moves", async ({ page }) => {
  await signInAs(page, "editor");
  const form = page.getByRole("search", { name: "Search claims" }).first();
  const box = form.getByTestId("header-search");
  const button = form.getByRole("button", { name: "Search" });
  await box.click();
  await box.fill("gangs");
  const focused = await button.boundingBox();
  await page.locator("h1").first().click(); // focus leaves the box
  expect(await button.boundingBox()).toEqual(focused);

  await box.click();
  await button.click(); // with the mouse, focus leaving the box on mouse-down
  await expect(page).toHaveURL(/\/search\?q=gangs$/);
  await expect(page.getByTestId("search-results")).toBeVisible();
});

test("search finds the plural and the singular alike, claims first, the other lines on request", async ({ page }) => {
  await signInAs(page, "editor");
  const total = async (q: string, scope = "") => {
    await page.goto(`/search?q=${q}${scope}`);
    return Number((await page.locator("#results-heading").textContent())!.replace(/[^\d]/g, ""));
  };
  const plural = await total("gangs");
  expect(plural).toBeGreaterThan(0);
  expect(await total("gang")).toBe(plural);

  // The default hides headlines and "SEE ALSO" lines, and says so.
  await page.goto("/search?q=gangs");
  await expect(page.getByTestId("search-scope")).toHaveValue("claims");
  await expect(page.getByTestId("search-scope").locator("option:checked")).toHaveText("Check-worthy claims only");
  await expect(page.getByTestId("search-results")).not.toContainText("SEE ALSO");
  await expect(page.getByTestId("search-line-badge")).toHaveCount(0);
  await page.getByTestId("search-every-line").click();
  await expect(page).toHaveURL(/scope=all/);
  const results = page.getByTestId("search-results").locator("> li");
  const seeAlso = results.filter({ hasText: "SEE ALSO" });
  await expect(seeAlso).toHaveCount(1);
  await expect(seeAlso.getByTestId("search-line-badge")).toHaveText("Not check-worthy");
  // The lines come after every claim.
  const last = results.last();
  await expect(last.getByTestId("search-line-badge")).toBeVisible();
  await expect(results.first().getByTestId("search-line-badge")).toHaveCount(0);
});

test("the dashboard filters by an article picked by its title, by keyboard or mouse", async ({ page, playwright, baseURL }) => {
  const editor = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const stamp = Date.now().toString(36);
  const title = `Harbour dredging ${stamp} costs`;
  const { id } = await createArticleViaApi(editor, {
    title,
    body: "The port authority spent $40 million on dredging in 2023, its annual report said.\n\nShipping traffic rose 12% the following year.",
  });
  await createArticleViaApi(editor, { title: `Harbour tolls ${stamp}`, body: "Tolls rose 5% in 2024, the port authority said." });
  await editor.dispose();

  await signInAs(page, "lead");
  await page.goto("/dashboard");
  const picker = page.getByTestId("filter-article");
  const input = picker.getByRole("combobox", { name: "Article" });
  await input.fill(`dredging ${stamp}`);
  const listbox = picker.getByRole("listbox", { name: "Articles" });
  await expect(listbox.getByRole("option")).toHaveCount(1);
  await expect(listbox.getByRole("option").first()).toContainText(title);
  await input.press("ArrowDown"); // stays on the only title
  await input.press("Enter"); // picks it, does not send the form
  await expect(picker.getByTestId("filter-article-chosen")).toHaveText(title);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByTestId("filter-apply").click();
  await expect(page).toHaveURL(new RegExp(`articleId=${id}`));
  const table = page.getByTestId("articles-table");
  await expect(table.getByRole("link", { name: title })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(2); // the header and the article
  await expect(page.getByTestId("filter-article-chosen")).toHaveText(title);

  // Clear, then pick the other one with the mouse.
  await page.getByTestId("filter-article-clear").click();
  await expect(input).toBeFocused();
  await input.fill(`tolls ${stamp}`);
  await listbox.getByRole("option", { name: new RegExp(`Harbour tolls ${stamp}`) }).click();
  await expect(picker.getByTestId("filter-article-chosen")).toHaveText(`Harbour tolls ${stamp}`);
  await page.getByTestId("filter-apply").click();
  await expect(page).toHaveURL(/articleId=\d+/);
  await expect(page.getByTestId("articles-table").getByRole("link", { name: `Harbour tolls ${stamp}` })).toBeVisible();
  await expect(page.getByTestId("articles-table").getByRole("link", { name: title })).toHaveCount(0);

  // A title typed but not picked (as without JavaScript) is looked up; an unknown one says so.
  await page.goto(`/dashboard?article=${encodeURIComponent(`DREDGING ${stamp}`)}`);
  await expect(page).toHaveURL(new RegExp(`articleId=${id}`));
  await page.goto(`/dashboard?article=zeppelin-${stamp}`);
  await expect(page.getByText(`No article title contains “zeppelin-${stamp}”`)).toBeVisible();
});

test("without JavaScript the picker is a text box the dashboard looks up", async ({ page, browser }) => {
  await signInAs(page, "lead");
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const noJs = await context.newPage();
  await noJs.goto("/dashboard");
  await noJs.getByTestId("filter-article-input").fill("bukele MEETS");
  await noJs.getByTestId("filter-apply").click();
  await expect(noJs).toHaveURL(/articleId=\d+/);
  await expect(noJs.getByTestId("filter-article-chosen")).toHaveText("Bukele meets Milei");
  await context.close();
});

test("search says why a date range finds nothing, and keeps the dates", async ({ page }) => {
  await signInAs(page, "editor");
  await page.goto("/search");
  await page.getByLabel("Added from").fill("2026-12-05");
  await page.getByLabel("to", { exact: true }).fill("2026-12-01");
  await page.getByRole("button", { name: "Search", exact: true }).last().click();
  await expect(page.getByTestId("search-date-problem")).toHaveText("“Added from” (2026-12-05) is after “to” (2026-12-01), so no claim can match: swap the dates.");
  await expect(page.getByLabel("Added from")).toHaveValue("2026-12-05");
  await expect(page.getByTestId("search-empty")).toBeVisible();

  await page.goto("/search?q=gangs&from=2026-13-45");
  await expect(page.getByTestId("search-date-problem")).toHaveText("“2026-13-45” is not a date (YYYY-MM-DD): the “Added from” filter is ignored.");
  await expect(page.getByTestId("search-results")).toBeVisible();
});
