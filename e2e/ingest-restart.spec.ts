/**
 * A real `next start` of its own (port LACUNA_E2E_PORT + 1, its own database),
 * killed with SIGKILL while a pasted batch is half done and started again:
 * the page that was open keeps following the batch, the restarted server's
 * worker finishes it, and a reload still shows it.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { startNewsSite } from "../scripts/load/news-site";
import { accounts, fillSignIn } from "./accounts";

const PORT = Number(process.env.LACUNA_E2E_PORT ?? 3100) + 1;
const DB = "data/e2e-restart.db";
const env = { ...process.env, LACUNA_DATABASE: DB, LACUNA_ALLOW_LOOPBACK_FETCH: "1", NEXT_TELEMETRY_DISABLED: "1", LACUNA_FETCH_PER_HOST: "2" };

async function startServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore" });
  const until = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return child;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error("the server exited at start");
    if (Date.now() > until) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test.beforeAll(() => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(DB + suffix, { force: true });
  expect(spawnSync(process.execPath, ["--import", "tsx", "prisma/migrate.ts", "deploy"], { env }).status).toBe(0);
  // This server has a database of its own: the test editor needs an account there too.
  const { username, password } = accounts.editor;
  const added = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "cli/lacuna.ts", "user", "add", username, "--role", "editor", "--password-stdin"], { env, input: password });
  expect(added.status).toBe(0);
});

/** Opens this server's home page signed in as the test editor (sessions live in its own database). */
async function openSignedIn(page: import("@playwright/test").Page): Promise<void> {
  await page.goto(`http://127.0.0.1:${PORT}/sign-in`);
  await fillSignIn(page, accounts.editor);
  await page.getByRole("button", { name: "Sign out" }).waitFor();
  await page.goto(`http://127.0.0.1:${PORT}/`);
}

test("a batch pasted before the server was killed finishes after it restarts", async ({ page }) => {
  test.setTimeout(180_000);
  const site = await startNewsSite();
  let server = await startServer();
  try {
    await openSignedIn(page);
    const links = Array.from({ length: 10 }, (_, i) => `${site.origins[0]}/article/${i + 1}?delay=1500`);
    await page.getByRole("textbox", { name: /^Links/ }).fill(links.join("\n"));
    await page.getByRole("button", { name: "Fetch articles" }).click();
    const rows = page.getByRole("list", { name: "Import progress" }).getByRole("listitem");
    await expect(rows).toHaveCount(10);
    await expect(rows.filter({ hasText: "Added" })).not.toHaveCount(0, { timeout: 60_000 });

    server.kill("SIGKILL");
    await new Promise((resolve) => server.once("exit", resolve));
    // The open page keeps asking while the server is down, then follows the restarted one.
    server = await startServer();
    await expect(rows.filter({ hasText: "Added" })).toHaveCount(10, { timeout: 90_000 });
    await expect(rows.filter({ hasText: /Failed|Queued|Fetching/ })).toHaveCount(0);

    // Started again from a reload: the finished batch is not shown twice, and the articles are listed.
    await page.reload();
    await expect(page.getByRole("link", { name: "Ministers meet in London, report 7" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Import progress" })).toHaveCount(0);
  } finally {
    server.kill("SIGTERM");
    await site.close();
  }
});

test("a batch still running is shown again after a reload", async ({ page }) => {
  test.setTimeout(120_000);
  const site = await startNewsSite();
  const server = await startServer();
  try {
    await openSignedIn(page);
    const links = Array.from({ length: 4 }, (_, i) => `${site.origins[0]}/article/${i + 50}?delay=2000`);
    await page.getByRole("textbox", { name: /^Links/ }).fill(links.join("\n"));
    await page.getByRole("button", { name: "Fetch articles" }).click();
    await expect(page.getByRole("list", { name: "Import progress" }).getByRole("listitem")).toHaveCount(4);
    await page.reload();
    const rows = page.getByRole("list", { name: "Import progress" }).getByRole("listitem");
    await expect(rows).toHaveCount(4);
    await expect(rows.filter({ hasText: "Added" })).toHaveCount(4, { timeout: 60_000 });
  } finally {
    server.kill("SIGTERM");
    await site.close();
  }
});
