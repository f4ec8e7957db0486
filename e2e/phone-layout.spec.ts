import { expect, test } from "@playwright/test";
import { signInAs } from "./support/sign-in-page";
import type { DemoRole } from "./support/users";

/**
 * At a phone's width no screen may scroll sideways: a wide table scrolls inside its own box, and
 * nothing hidden for screen readers may widen the page (a table with sr-only did, once).
 */
test.use({ viewport: { width: 390, height: 844 } });

const SCREENS: [DemoRole, string[]][] = [
  ["lead", ["/articles", "/articles/new", "/articles/1", "/dashboard", "/export", "/model", "/search?q=gangs", "/settings"]],
  ["admin", ["/admin/users", "/admin/desk"]],
];

for (const [role, paths] of SCREENS) {
  test(`no ${role} screen is wider than a phone`, async ({ page }) => {
    await signInAs(page, role);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator("h1").first()).toBeVisible();
      const width = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: document.documentElement.clientWidth }));
      expect(width.page, `${path} scrolls sideways`).toBeLessThanOrEqual(width.screen);
    }
  });
}
