import { defineConfig, devices } from "@playwright/test";
import { EDITOR_STATE } from "./e2e/accounts";

// End-to-end tests drive Debian's Chromium (Playwright cannot download its own
// browser offline; scripts/ensure-chromium.sh installs it) against a production
// build on its own port and its own database file, never the user's.
// LACUNA_E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.LACUNA_E2E_PORT ?? 3100);
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const browser = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1440, height: 900 },
  launchOptions: { executablePath: process.env.LACUNA_CHROMIUM ?? "/usr/bin/chromium", args: chromiumArgs },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    acceptDownloads: true,
  },
  projects: [
    // Signs in once; every spec then runs as the test editor (specs about accounts start signed out themselves).
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { ...browser } },
    {
      name: "chromium",
      dependencies: ["setup"],
      use: { ...browser, storageState: EDITOR_STATE },
    },
  ],
  webServer: {
    command: `node scripts/e2e-server.mjs ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    // Migrating, seeding and making the test accounts runs the CLI four times: slow on a busy 2-core machine.
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      LACUNA_DATABASE: "data/e2e.db",
      LACUNA_ALLOW_LOOPBACK_FETCH: "1",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
