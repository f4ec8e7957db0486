import { expect, test } from "@playwright/test";
import { ImportPage } from "./support/import-page";
import { signInAs } from "./support/sign-in-page";

/** One paragraph of long sentences: about 1.1 MB in all, far fewer claims than the per-article cap. */
function longArticle(bytes: number): string {
  const sentence = `The council's transport committee reported that ${"bus ridership on the northern corridor rose again ".repeat(9)}in the third quarter. `;
  return sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes).trim().replace(/[^.]*$/, "");
}

test.describe("one size limit for every way in", () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, "editor");
  });

  test("pasting more than the limit is refused in the browser and the text stays in the box", async ({ page }) => {
    const imports = new ImportPage(page);
    const panel = await imports.open("Paste text");
    await expect(panel).toContainText("Up to 2,000,000 characters of text.");
    await panel.getByLabel("Title").fill("Too long");
    const text = "a".repeat(2_000_001);
    await panel.getByLabel("Article text").fill(text);
    let posted = false;
    page.on("request", (r) => {
      if (r.method() === "POST") posted = true;
    });
    await panel.getByRole("button", { name: "Add and split into claims" }).click();
    await expect(imports.error()).toContainText("The text is 2,000,001 characters long; an article can have up to 2,000,000.");
    expect(posted).toBe(false);
    expect(await panel.getByLabel("Article text").inputValue()).toHaveLength(2_000_001);
  });

  test("an upload over 1 MB goes through; an empty choice or a file over the limit is refused before sending", async ({ page }) => {
    test.setTimeout(120_000);
    const imports = new ImportPage(page);
    let panel = await imports.open("Upload a file");
    await expect(panel).toContainText("Up to 5 MB.");
    await panel.getByRole("button", { name: "Upload and split into claims" }).click();
    await expect(imports.error()).toHaveText("Choose a file to upload.");
    await panel.getByLabel(/^File/).setInputFiles({ name: "huge.txt", mimeType: "text/plain", buffer: Buffer.alloc(5_000_001, 97) });
    await panel.getByRole("button", { name: "Upload and split into claims" }).click();
    await expect(imports.error()).toHaveText("“huge.txt” is 5.1 MB; a file can be up to 5 MB. Nothing was sent.");

    const body = longArticle(1_100_000);
    expect(Buffer.byteLength(body)).toBeGreaterThan(1_048_576);
    panel = await imports.tab("Upload a file");
    await panel.getByLabel(/^File/).setInputFiles({ name: "ridership.txt", mimeType: "text/plain", buffer: Buffer.from(body) });
    await panel.getByLabel(/^Title/).fill("Ridership report (long)");
    await panel.getByRole("button", { name: "Upload and split into claims" }).click();
    const id = await imports.createdArticleId();
    expect(id).toBeGreaterThan(0);
    await expect(page.getByTestId("article-title")).toHaveText("Ridership report (long)");
  });
});
