import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";

test("a story PDF is prepared in the background and offered when ready, also after a reload", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).first().click();
  const exports = page.getByRole("navigation", { name: "Export story report" });
  await exports.getByRole("button", { name: "Prepare PDF" }).click();
  // The page is free meanwhile: the file is rendered by the job queue, not by this request.
  const ready = exports.getByRole("link", { name: "Download PDF" });
  await expect(ready).toBeVisible({ timeout: 60_000 });

  await page.reload();
  await expect(ready).toBeVisible({ timeout: 30_000 });
  const pending = page.waitForEvent("download");
  await ready.click();
  const file = await pending;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
});
