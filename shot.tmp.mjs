import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--disable-quic","--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const base = process.env.BASE ?? "http://127.0.0.1:3300";
await page.goto(base + "/signin");
await page.getByLabel("Email").fill(process.env.WHO ?? "lead@claimdesk.local");
await page.getByLabel("Password").fill("claimdesk-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/articles/);
for (const [i, path] of (process.env.PATHS ?? "/articles").split(",").entries()) {
  await page.goto(base + path);
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shot-${i}.png`, fullPage: true });
}
await browser.close();
