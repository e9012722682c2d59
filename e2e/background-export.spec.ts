import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { openStoryOfItsOwn } from "./story-of-its-own";

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

test("a prepared story PDF is not offered once the story's summary changes: the page offers to prepare a new one", async ({ page, context }) => {
  // A story of its own, so the demo story's summary stays as the other specs expect it.
  const stamp = Date.now();
  await openStoryOfItsOwn(page, {
    title: `Ferry timetable ${stamp}`,
    article: { title: "Ferries keep winter timetable", outlet: "Sound Gazette", text: `The island ferry will keep its winter timetable until May (${stamp}), the operator said, citing a shortage of crew.` },
  });

  const summary = page.getByRole("region", { name: "Analyst's summary" });
  await page.getByRole("button", { name: "Write the analyst's summary" }).click();
  await page.getByRole("textbox", { name: "Analyst's summary" }).fill("The Gazette blames the crew shortage.");
  await page.getByRole("button", { name: "Save summary" }).click();
  await expect(summary).toContainText("The Gazette blames the crew shortage.");

  const exports = page.getByRole("navigation", { name: "Export story report" });
  await exports.getByRole("button", { name: "Prepare PDF" }).click();
  const ready = exports.getByRole("link", { name: "Download PDF" });
  await expect(ready).toBeVisible({ timeout: 60_000 });
  // The file's own address, as a bookmark or a link sent to a colleague keeps it.
  const address = await ready.getAttribute("href");
  expect(address).toBeTruthy();
  expect((await page.request.get(address!)).status()).toBe(200);

  await page.getByRole("button", { name: "Edit summary" }).click();
  await page.getByRole("textbox", { name: "Analyst's summary" }).fill("The operator, not the Gazette, cites the crew shortage.");
  await page.getByRole("button", { name: "Save summary" }).click();
  await expect(summary).toContainText("The operator, not the Gazette");

  await page.reload();
  await expect(exports.getByRole("status")).toContainText("The prepared PDF is out of date", { timeout: 30_000 });
  await expect(ready).toHaveCount(0);
  // A fresh load, in a tab that never prepared it (a colleague, the next morning), says so too.
  const fresh = await context.newPage();
  await fresh.goto(page.url());
  const freshExports = fresh.getByRole("navigation", { name: "Export story report" });
  await expect(freshExports.getByRole("status")).toContainText("The prepared PDF is out of date", { timeout: 30_000 });
  await expect(freshExports.getByRole("button", { name: "Prepare PDF" })).toBeEnabled();
  await expect(freshExports.getByRole("link", { name: "Download PDF" })).toHaveCount(0);
  await fresh.close();
  // The old address says why there is no file, instead of handing over the one the story has outgrown.
  const outdated = await page.request.get(address!);
  expect(outdated.status()).toBe(410);
  expect(await outdated.text()).toContain("The story has changed since this file was prepared, so it is out of date. Prepare it again from the story page.");
  // An address that names no ready file (expired, or mistyped) also answers with a page, not the API's JSON.
  const missing = await page.request.get("/api/exports/no-such-export/file");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("text/html");
  expect(await missing.text()).toContain("This export is not ready, or has expired.");
  await page.goto(address!);
  await page.getByRole("link", { name: "Open the story" }).click();
  await expect(exports.getByRole("button", { name: "Prepare PDF" })).toBeVisible();
  // Prepared again, the PDF is offered for the story as it is now.
  await exports.getByRole("button", { name: "Prepare PDF" }).click();
  await expect(ready).toBeVisible({ timeout: 60_000 });
  await expect(exports.getByRole("status")).toHaveCount(0);
});
