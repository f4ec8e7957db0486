import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
/** One throwaway database per port, so parallel runs on one machine never share a file. */
export const E2E_DATABASE = `data/e2e-${PORT}.db`;

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Debian's chromium: Playwright never downloads a browser on this machine.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "e2e", testIgnore: /\.after\.spec\.ts$/ },
    // Runs once the other specs are done: it checksums the whole database, so nothing else may write meanwhile.
    { name: "after", testMatch: /\.after\.spec\.ts$/, dependencies: ["e2e"] },
  ],
  webServer: {
    // A throwaway database per run, seeded with the demo data on first request.
    // Idle keep-alive sockets stay open for the run: with the default (5 s) a request context left idle
    // while a test drives the browser could reuse a socket the server was closing (read ECONNRESET, once in CI).
    command: `rm -f ${E2E_DATABASE} ${E2E_DATABASE}-wal ${E2E_DATABASE}-shm && node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1 --keepAliveTimeout 600000`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      AUTH_SECRET: "test-only-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
      DATABASE_URL: E2E_DATABASE,
      IMPORT_ALLOW_PRIVATE_URLS: "1",
      IMPORT_TIMEOUT_MS: "2000",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(PORT),
    },
  },
});
