import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { startFixtureServer } from "./fixture-server";

const run = promisify(execFile);

/** The CLI on the database the running server uses (playwright.config.ts sets it). */
function lacuna(...args: string[]) {
  return run(process.execPath, ["--import", "tsx", "--conditions=react-server", "cli/lacuna.ts", ...args], {
    env: { ...process.env, LACUNA_DATABASE: "data/e2e.db", LACUNA_ALLOW_LOOPBACK_FETCH: "1" },
    maxBuffer: 20 * 1024 * 1024,
  });
}

test("the CLI adds, ingests, reports and migrates while the server runs, and the pages show its work", async ({ page }) => {
  // Five cold CLI processes: slow on a shared 2-core machine.
  test.setTimeout(300_000);
  const scratch = mkdtempSync(path.join(tmpdir(), "lacuna-cli-e2e-"));
  const site = await startFixtureServer();
  try {
    // The server has the database open; nothing below may need an exclusive lock.
    await page.goto("/");
    const text = path.join(scratch, "harbour.txt");
    writeFileSync(
      text,
      "Harbour reopens after storm repairs\n\nThe northern harbour reopened to fishing boats on Monday, six weeks after a winter storm tore away part of its outer wall.\n\nEngineers said the rebuilt section had been raised by almost a metre and anchored with steel piles driven into the bedrock.",
    );
    const added = await lacuna("add", text, "--outlet", "Coastal Ledger", "--title", "Harbour reopens after storm repairs");
    const { articleId } = JSON.parse(added.stdout) as { articleId: string };
    await page.goto(`/articles/${articleId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbour reopens after storm repairs");

    const ingested = await lacuna("ingest", `${site.origin}/region/rail-tunnel-reopens`);
    const link = JSON.parse(ingested.stdout.trim()) as { state: string; articleId: string };
    expect(link.state).toBe("done");
    await page.goto(`/articles/${link.articleId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alpine rail tunnel reopens after landslide clear-up");

    const seeded = await lacuna("seed-demo");
    expect(seeded.stderr + seeded.stdout).not.toMatch(/SocketTimeout|WASM_ERROR/);
    const migrated = await run(process.execPath, ["--import", "tsx", "prisma/migrate.ts", "deploy"], { env: { ...process.env, LACUNA_DATABASE: "data/e2e.db" } });
    expect(migrated.stderr).toMatch(/is up to date/);
    const report = await lacuna("report", articleId, link.articleId, "--format", "md");
    expect(report.stdout).toContain("## Sources");
  } finally {
    await site.close();
    rmSync(scratch, { recursive: true, force: true });
  }
});
