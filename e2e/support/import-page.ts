import { expect, type Page } from "@playwright/test";

/** The "Add an article" page with its three tabs. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/articles/new");
    await expect(this.page.getByRole("heading", { name: "Add an article" })).toBeVisible();
  }

  async tab(name: "Paste text" | "Upload a file" | "From a URL") {
    await this.page.getByRole("tab", { name }).click();
    return this.page.getByRole("tabpanel", { name });
  }

  error() {
    return this.page.locator("[role=tabpanel]:not([hidden])").getByTestId("import-error");
  }

  /** Waits for the redirect to the new article and returns its id. */
  async createdArticleId(): Promise<number> {
    await this.page.waitForURL(/\/articles\/\d+$/);
    return Number(new URL(this.page.url()).pathname.split("/").pop());
  }
}
