import { expect, test } from "@playwright/test";
import { SignInPage, signInAs } from "./support/sign-in-page";
import { DEMO, DEMO_PASSWORD, SEED_TITLES, type DemoRole } from "./support/users";

test.describe("signing in", () => {
  for (const role of ["editor", "lead", "admin"] as DemoRole[]) {
    test(`${role} signs in, sees both seed articles and signs out`, async ({ page }) => {
      await signInAs(page, role);
      await expect(page).toHaveURL(/\/articles$/);
      const list = page.getByTestId("article-list");
      for (const title of SEED_TITLES) await expect(list.getByRole("link", { name: title, exact: true })).toBeVisible();
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page).toHaveURL(/\/signin/);
      await page.goto("/articles");
      await expect(page).toHaveURL(/\/signin/);
    });
  }

  test("a wrong password shows a clear message and no session", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.submit(DEMO.editor.email, "not-the-password");
    await expect(signIn.error()).toHaveText(/Wrong email or password/);
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByTestId("current-user")).toHaveCount(0);
  });

  test("repeated failures for one email are rate-limited", async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    const email = `nobody-${Date.now()}@claimdesk.local`;
    for (let i = 0; i < 5; i++) {
      await signIn.submit(email, `wrong-${i}`);
      await expect(signIn.error()).toHaveText(/Wrong email or password/);
    }
    await signIn.submit(email, "wrong-again");
    await expect(signIn.error()).toHaveText(/Too many failed sign-ins/);
  });

  test("signed-out visitors are sent to sign-in from every page", async ({ page }) => {
    for (const path of ["/articles", "/admin/users", "/settings", "/articles/1"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/signin/);
    }
  });
});

test.describe("roles", () => {
  test("an editor is refused the admin page with a 403", async ({ page }) => {
    await signInAs(page, "editor");
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toContainText("You don’t have access");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users", exact: true })).toHaveCount(0);
  });

  test("a lead is refused the admin page too", async ({ page }) => {
    await signInAs(page, "lead");
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
  });

  test("an admin adds a user, who can then sign in; disabling locks them out", async ({ page, browser }) => {
    await signInAs(page, "admin");
    await page.getByRole("link", { name: "Users" }).click();
    const email = `reviewer-${Date.now()}@claimdesk.local`;
    const form = page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Name").fill("Rita Reviewer");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Initial password").fill("short");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByTestId("add-user-message")).toHaveText(/at least 10 characters/);
    await expect(form.getByLabel("Email")).toHaveValue(email); // what was typed survives the error
    await form.getByLabel("Initial password").fill("a-long-enough-password");
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByTestId("add-user-message")).toHaveText(`Added Rita Reviewer (${email}).`);

    const other = await browser.newContext();
    const reviewerPage = await other.newPage();
    const signIn = new SignInPage(reviewerPage);
    await signIn.goto();
    await signIn.submit(email, "a-long-enough-password");
    await expect(reviewerPage.getByTestId("current-user")).toContainText("Rita Reviewer");

    // Disabling asks first; cancelling changes nothing. The admin's own row has no Disable button.
    await expect(page.getByTestId(`user-row-${DEMO.admin.email}`).getByRole("button", { name: /Disable/ })).toHaveCount(0);
    const row = page.getByTestId(`user-row-${email}`);
    await row.getByRole("button", { name: "Disable…" }).click();
    await row.getByRole("button", { name: "Cancel" }).click();
    await expect(row).toContainText("Active");
    await expect(row.getByTestId("disable-message")).toHaveCount(0);
    await row.getByRole("button", { name: "Disable…" }).click();
    await expect(row.getByRole("group", { name: "Confirm disabling Rita Reviewer" })).toContainText("They are signed out at once.");
    await row.getByRole("button", { name: "Disable", exact: true }).click();
    await expect(row.getByTestId("disable-message")).toHaveText("Rita Reviewer is disabled.");

    // The disabled user's existing session stops working on the next request.
    await reviewerPage.goto("/articles");
    await expect(reviewerPage).toHaveURL(/\/signin/);
    await other.close();
  });

  test("the demo password is the one documented", async ({ request }) => {
    expect(DEMO_PASSWORD).toBe("claimdesk-demo");
    const res = await request.get("/api/health");
    expect(await res.json()).toEqual({ ok: true });
  });
});
