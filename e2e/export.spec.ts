import fs from "node:fs";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { signedInRequest, type ApiClaim } from "./support/api";
import { ReviewPage } from "./support/review-page";
import { signInAs } from "./support/sign-in-page";
import { DEMO, SEED_TITLES } from "./support/users";

// "Bukele meets Milei" belongs to this spec: only these two claims are judged, and no other test
// changes the article (a dashboard test may read its counts afterwards).
const SEED = SEED_TITLES[0];
const SUPPORTED = "Bukele and Milei first met during Bukele’s inauguration in June 2024";
const DISPUTED = "aggressive crackdown on gang violence";
const NOTE = "Arrest figures come only from the government and were not independently checked";

async function seedArticle(api: APIRequestContext): Promise<{ id: number; claims: ApiClaim[] }> {
  const list = (await (await api.get("/api/articles?limit=500")).json()) as { articles: { id: number; title: string }[] };
  const seed = list.articles.find((a) => a.title === SEED);
  expect(seed, `seed article "${SEED}"`).toBeTruthy();
  const detail = (await (await api.get(`/api/articles/${seed!.id}`)).json()) as { claims: ApiClaim[] };
  return { id: seed!.id, claims: detail.claims };
}

async function download(page: Page, link: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, "utf8") };
}

test("an editor reviews two claims of a seed article and exports the report in every format", async ({ page, playwright, baseURL }) => {
  const api = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const { id } = await seedArticle(api);
  await signInAs(page, "editor");
  const review = new ReviewPage(page);
  await review.goto(id);

  await review.select(SUPPORTED);
  await review.verdictButton("Supported").click();
  await review.expectStatus(SUPPORTED, "supported");
  await review.select(DISPUTED);
  await review.note().fill(NOTE);
  await review.verdictButton("Disputed").click();
  await review.expectStatus(DISPUTED, "disputed");

  const menu = page.getByTestId("export-menu");
  const toggle = menu.getByRole("button", { name: "Export" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const markdownLink = menu.getByRole("link", { name: /^Markdown/ });
  await expect(markdownLink).toBeVisible();
  // Escape closes the menu and gives focus back to its button, without judging the claim.
  await markdownLink.focus();
  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(markdownLink).toBeHidden();
  await expect(toggle).toBeFocused();
  await review.expectStatus(DISPUTED, "disputed");

  await toggle.click();
  const markdown = await download(page, markdownLink);
  expect(markdown.name).toMatch(/^claimdesk-bukele-meets-milei-\d{8}\.md$/);
  for (const text of [SUPPORTED, DISPUTED, NOTE, "Supported", "Disputed", DEMO.editor.name]) expect(markdown.text).toContain(text);

  await expect(menu.getByRole("link", { name: /^Printable HTML/ })).not.toHaveAttribute("download");
  await expect(menu.getByRole("link", { name: /^PDF/ })).toHaveAttribute("download", "");
  await menu.getByLabel("Verified claims only").check();
  const csvLink = menu.getByRole("link", { name: /^CSV/ });
  await expect(csvLink).toHaveAttribute("href", `/api/articles/${id}/export?format=csv&verified=1`);
  const csv = await download(page, csvLink);
  expect(csv.name).toMatch(/\.csv$/);
  const lines = csv.text.split("\r\n").filter(Boolean);
  expect(lines[0]).toContain("claim_id,start,end,text");
  // A verified report holds claims with a verdict only (another spec may judge more of this article).
  expect(lines.length).toBeGreaterThanOrEqual(3);
  for (const line of lines.slice(1)) expect(line).toMatch(/,(supported|disputed|needs_source),/);
  expect(csv.text).toContain(DISPUTED);
  expect(csv.text).toContain(NOTE);

  const claimReview = await api.get(`/api/articles/${id}/export?format=claimreview`);
  expect(claimReview.status()).toBe(200);
  expect(claimReview.headers()["content-type"]).toContain("application/ld+json");
  expect(claimReview.headers()["content-disposition"]).toMatch(/^attachment; filename="claimdesk-bukele-meets-milei-\d{8}\.jsonld"$/);
  const items = (await claimReview.json()) as { claimReviewed: string; url: string; reviewRating: { alternateName: string } }[];
  const supported = items.find((i) => i.claimReviewed.includes(SUPPORTED));
  const disputed = items.find((i) => i.claimReviewed.includes(DISPUTED));
  // The desk's own words for the verdict; no url until there is a public report page to point at
  // (never the sign-in-protected review page: e2e/publication.spec.ts checks the published case).
  expect(supported?.reviewRating.alternateName).toBe("Supported");
  expect(disputed?.reviewRating.alternateName).toBe("Disputed");
  expect(disputed?.url).toBeUndefined();

  const pdf = await api.get(`/api/articles/${id}/export?format=pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const html = await api.get(`/api/articles/${id}/export?format=html`);
  expect(html.status()).toBe(200);
  expect(html.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(await html.text()).toContain(NOTE);
  expect((await api.get(`/api/articles/${id}/export?format=html&download=1`)).headers()["content-disposition"]).toMatch(/^attachment;/);

  const unknown = await api.get(`/api/articles/${id}/export?format=docx`);
  expect(unknown.status()).toBe(400);
  expect(((await unknown.json()) as { error: string }).error).toContain("Unknown export format");
  expect((await api.get(`/api/articles/99999999/export?format=md`)).status()).toBe(404);
  await api.dispose();
});

test("bulk export API: leads only, streamed with a total count, filters validated", async ({ playwright, baseURL }) => {
  const editor = await signedInRequest(playwright, baseURL, DEMO.editor.email);
  const lead = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const { id, claims } = await seedArticle(lead);

  const refused = await editor.get("/api/export?format=csv");
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: string }).error).toContain("lead");

  const all = await lead.get("/api/export?format=csv");
  expect(all.status()).toBe(200);
  expect(all.headers()["content-type"]).toContain("text/csv");
  expect(all.headers()["content-disposition"]).toMatch(/^attachment; filename="claimdesk-claims-\d{8}\.csv"$/);
  expect(Number(all.headers()["x-total-count"])).toBeGreaterThanOrEqual(claims.length);

  const one = await lead.get(`/api/export?format=json&articleId=${id}`);
  expect(one.status()).toBe(200);
  expect(Number(one.headers()["x-total-count"])).toBe(claims.length);
  const body = (await one.json()) as { claims: { articleId: number; text: string }[] };
  expect(body.claims).toHaveLength(claims.length);
  expect(body.claims.every((c) => c.articleId === id)).toBe(true);

  const bad = await lead.get("/api/export?format=csv&from=2025-02-30");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toContain("from must be a real date");
  expect((await lead.get("/api/export?format=csv&status=maybe")).status()).toBe(400);
  expect((await lead.get("/api/export?format=xml")).status()).toBe(400);
  await editor.dispose();
  await lead.dispose();
});

test("the bulk export page shows progress, offers the file, and says when nothing matches", async ({ page, playwright, baseURL }) => {
  const lead = await signedInRequest(playwright, baseURL, DEMO.lead.email);
  const { id, claims } = await seedArticle(lead);
  await lead.dispose();

  await signInAs(page, "editor");
  await page.goto("/export");
  await expect(page.getByTestId("forbidden")).toBeVisible();

  await page.context().clearCookies();
  await signInAs(page, "lead");
  await page.goto(`/export?articleId=${id}`);
  await expect(page.getByRole("heading", { name: "Bulk export" })).toBeVisible();
  const form = page.getByRole("form", { name: "Bulk export" });
  await form.getByLabel("Format").selectOption("csv");
  await expect(form.getByTestId("export-article-chosen")).toBeVisible(); // the article is picked by title now
  await form.getByRole("button", { name: "Start export" }).click();

  const status = page.getByTestId("export-status");
  await expect(status.getByRole("status")).toHaveText("Export finished.");
  await expect(page.getByTestId("export-progress")).toContainText(`${claims.length} of ${claims.length} rows`);
  const bar = status.getByRole("progressbar", { name: "Rows exported" });
  await expect(bar).toHaveAttribute("max", String(claims.length));
  await expect(bar).toHaveAttribute("value", String(claims.length));
  const file = await download(page, page.getByTestId("export-download"));
  expect(file.name).toMatch(/^claimdesk-claims-\d{8}\.csv$/);
  expect(file.text.split("\r\n").filter(Boolean)).toHaveLength(claims.length + 1);
  expect(file.text).toContain(SUPPORTED);

  await form.getByLabel("Claims added from").fill("2000-01-01");
  await form.getByLabel("to (inclusive)").fill("2000-01-02");
  await form.getByRole("button", { name: "Start export" }).click();
  await expect(page.getByTestId("export-empty")).toContainText("No claims match these filters");
  await expect(page.getByTestId("export-download")).toHaveCount(0);

  await form.getByLabel("Claims added from").fill("2000-01-03");
  await form.getByRole("button", { name: "Start export" }).click();
  await expect(page.getByTestId("export-error")).toContainText("The start date (from) is after the end date (to).");
});
