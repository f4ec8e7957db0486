import { expect, type Page } from "@playwright/test";

type ImportTab = "Paste text" | "Upload a file" | "From a URL";

/** The "Add an article" page with its three tabs. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/articles/new");
    await expect(this.page.getByRole("heading", { name: "Add an article" })).toBeVisible();
  }

  async tab(name: ImportTab) {
    await this.page.getByRole("tab", { name }).click();
    return this.page.getByRole("tabpanel", { name });
  }

  /** Opens the page on one of its tabs and returns that tab's panel. */
  async open(name: ImportTab) {
    await this.goto();
    return this.tab(name);
  }

  error() {
    return this.page.locator("[role=tabpanel]:not([hidden])").getByTestId("import-error");
  }

  /** Opens the page, pastes an article on the "Paste text" tab, adds it and returns the new article's id. */
  async pasteArticle(title: string, body: string): Promise<number> {
    const panel = await this.open("Paste text");
    await panel.getByLabel("Title").fill(title);
    await panel.getByLabel("Article text").fill(body);
    await panel.getByRole("button", { name: "Add and split into claims" }).click();
    return this.createdArticleId();
  }

  /** Waits for the redirect to the new article and returns its id. */
  async createdArticleId(): Promise<number> {
    await this.page.waitForURL(/\/articles\/\d+$/);
    return Number(new URL(this.page.url()).pathname.split("/").pop());
  }
}
