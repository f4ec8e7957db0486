import { expect, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, type DemoRole } from "./users";

/** The sign-in screen, driven the way a person uses it. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/signin");
  }

  async submit(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    const answered = this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/signin");
    await this.page.getByRole("button", { name: "Sign in" }).click();
    // Wait for the answer before the next step: a form is reset when its action settles.
    await answered;
    await expect(this.page.getByRole("button", { name: "Signing in…" })).toHaveCount(0);
  }

  error() {
    return this.page.getByTestId("signin-error");
  }
}

export async function signInAs(page: Page, role: DemoRole) {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.submit(DEMO[role].email, DEMO_PASSWORD);
  await expect(page.getByTestId("current-user")).toContainText(DEMO[role].name);
}
