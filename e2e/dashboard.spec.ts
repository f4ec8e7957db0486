import { expect, test, type Page } from "@playwright/test";
import { createArticleViaApi, signedInRequest } from "./support/api";
import { signInAs } from "./support/sign-in-page";
import { DEMO, SEED_TITLES } from "./support/users";

type Dashboard = {
  totals: { articles: number; checkworthyClaims: number; byStatus: Record<string, number> };
  articles: { rows: { id: number; title: string }[] };
};

async function statusCount(page: Page, status: string): Promise<number> {
  return Number((await page.getByTestId(`status-count-${status}`).textContent())!.replace(/[^\d]/g, ""));
}

test("the lead sees the seed articles' figures, as the JSON API reports them", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const list = (await (await api.get("/api/articles")).json()) as { articles: { id: number; title: string }[] };
  const seed = list.articles.find((a) => a.title === SEED_TITLES[0])!;
  await signInAs(page, "lead");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard", exact: true }).click();
  await expect(page.getByTestId("dashboard")).toBeVisible();
  const table = page.getByTestId("articles-table");
  for (const title of SEED_TITLES) await expect(table.getByRole("link", { name: title })).toBeVisible();

  // Other specs review claims at the same time, so compare a fresh API read with a fresh page.
  await expect(async () => {
    const json = (await (await api.get(`/api/dashboard?articleId=${seed.id}`)).json()) as Dashboard;
    await page.goto(`/dashboard?articleId=${seed.id}`);
    await expect(page.getByTestId("total-checkworthy")).toHaveText(String(json.totals.checkworthyClaims));
    for (const status of ["unreviewed", "supported", "disputed", "needs_source"]) {
      expect(await statusCount(page, status)).toBe(json.totals.byStatus[status]);
    }
  }).toPass({ timeout: 30_000 });
  expect(Number(await page.getByTestId("total-checkworthy").textContent())).toBeGreaterThan(0);
  await api.dispose();
});

test("a verdict given in another tab shows in the counts after reload; filters live in the URL", async ({ page, browser, playwright, baseURL }) => {
  const editorApi = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const { id, claims } = await createArticleViaApi(editorApi, {
    title: `Dashboard ${Date.now()}`,
    body: "Exports rose 7% in 2024 to $12 billion, the trade ministry said.\n\nImports fell 3% over the same period, according to customs data.",
  });
  const target = claims.find((c) => c.checkworthy)!;

  await signInAs(page, "lead");
  await page.goto(`/dashboard?articleId=${id}`);
  const before = await statusCount(page, "disputed");
  expect(before).toBe(0);

  const other = await browser.newContext();
  const editorTab = await other.newPage();
  await signInAs(editorTab, "editor");
  await editorTab.goto(`/articles/${id}?claim=${target.id}`);
  await editorTab.getByTestId("verdict-note").fill("The ministry's own table says 5%.");
  await editorTab.getByRole("group", { name: "Verdict" }).getByRole("button", { name: /^Disputed/ }).click();
  await expect(editorTab.locator(`mark[data-claim-id='${target.id}']`)).toHaveAttribute("data-status", "disputed");
  await other.close();

  await page.reload();
  expect(await statusCount(page, "disputed")).toBe(1);
  const checkworthy = Number(await page.getByTestId("total-checkworthy").textContent());
  expect(await statusCount(page, "unreviewed")).toBe(checkworthy - 1);

  // Filters go into the URL, so the view can be shared and survives a reload.
  await page.getByTestId("filter-language").selectOption("en");
  await page.getByTestId("filter-apply").click();
  await expect(page).toHaveURL(/language=en/);
  await expect(page).toHaveURL(new RegExp(`articleId=${id}`));
  await page.reload();
  await expect(page.getByTestId("filter-language")).toHaveValue("en");
  expect(await statusCount(page, "disputed")).toBe(1);
  await editorApi.dispose();
});

test("editors are refused the dashboard and its API", async ({ page, playwright, baseURL }) => {
  await signInAs(page, "editor");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard", exact: true })).toHaveCount(0);
  const response = await page.goto("/dashboard");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  const api = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  expect((await api.get("/api/dashboard")).status()).toBe(403);
  await api.dispose();
});
