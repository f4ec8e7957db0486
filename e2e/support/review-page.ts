import { expect, type Page } from "@playwright/test";

/** The article review page: highlighted text on the left, the claim panel on the right. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  async goto(articleId: number, claimId?: number) {
    await this.page.goto(`/articles/${articleId}${claimId ? `?claim=${claimId}` : ""}`);
    await expect(this.page.getByTestId("article-body")).toBeVisible();
  }

  claim(text: string) {
    return this.page.locator("mark[data-claim-id]", { hasText: text });
  }

  panel() {
    return this.page.getByTestId("claim-panel");
  }

  async select(text: string) {
    await this.claim(text).click();
    await expect(this.panel().getByTestId("claim-text")).toContainText(text);
  }

  verdictButton(name: "Supported" | "Disputed" | "Needs a source") {
    return this.panel().getByRole("group", { name: "Verdict" }).getByRole("button", { name: new RegExp(`^${name}`) });
  }

  note() {
    return this.panel().getByTestId("verdict-note");
  }

  async expectStatus(text: string, status: string) {
    await expect(this.claim(text)).toHaveAttribute("data-status", status);
  }

  historyEvents() {
    return this.panel().getByTestId("history-event");
  }
}
