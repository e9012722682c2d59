import { expect, test } from "@playwright/test";
import { startFixtureServer } from "./fixture-server";

test("pasting three links (one broken) stores two articles and explains the failure", async ({ page }) => {
  const site = await startFixtureServer();
  try {
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill(
      [
        `Wire: ${site.origin}/news/japan-us-talks`,
        `${site.origin}/press/readout-motegi`,
        `${site.origin}/news/removed-story`,
      ].join("\n"),
    );
    await page.getByRole("button", { name: "Fetch articles" }).click();
    const progress = page.getByRole("list", { name: "Import progress" });
    await expect(progress.getByRole("listitem")).toHaveCount(3);
    await expect(progress.getByRole("listitem").filter({ hasText: "Added" })).toHaveCount(2, { timeout: 30_000 });
    const failed = progress.getByRole("listitem").filter({ hasText: "Failed" });
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText("removed-story");
    await expect(failed).toContainText("404");
    await expect(failed.getByRole("button", { name: "Retry" })).toBeVisible();

    // The extracted article is clean: no menus, cookie banner, share bar or related stories.
    await progress.getByRole("listitem").filter({ hasText: "japan-us-talks" }).getByRole("link", { name: "Open" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Japan, U.S. agree to oppose unilateral change to status quo");
    await expect(page.getByText("agreed Monday in London")).toBeVisible();
    await expect(page.getByText("Caption")).toBeVisible();
    await expect(page.getByText("We use cookies")).toHaveCount(0);
    await expect(page.getByText("Typhoon nears Okinawa")).toHaveCount(0);
    await expect(page.getByText("Share on Facebook")).toHaveCount(0);
  } finally {
    await site.close();
  }
});

test("pasting the same link again reports it as already stored", async ({ page }) => {
  const site = await startFixtureServer();
  try {
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill(`${site.origin}/press/readout-motegi`);
    await page.getByRole("button", { name: "Fetch articles" }).click();
    const progress = page.getByRole("list", { name: "Import progress" });
    await expect(progress.getByRole("listitem").filter({ hasText: /Added|Already stored/ })).toHaveCount(1, { timeout: 30_000 });
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill(`${site.origin}/press/readout-motegi`);
    await page.getByRole("button", { name: "Fetch articles" }).click();
    await expect(page.getByRole("list", { name: "Import progress" }).getByRole("listitem").filter({ hasText: "Already stored" })).toHaveCount(1, { timeout: 30_000 });
  } finally {
    await site.close();
  }
});

test("text without any link gets a clear message", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: /^Links/ }).fill("see the ministry website for details");
  await page.getByRole("button", { name: "Fetch articles" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "http" })).toBeVisible();
});
