import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";

async function openDemoComparison(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /Compare ANI with Republic World/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
}

async function download(page: Page, nav: string, format: string) {
  const pending = page.waitForEvent("download");
  await page.getByRole("navigation", { name: nav }).getByRole("link", { name: format, exact: true }).click();
  const file = await pending;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

test.describe("a comparison report downloads in every format", () => {
  test("Markdown reads like an analyst's note", async ({ page }) => {
    await openDemoComparison(page);
    const { name, bytes } = await download(page, "Export report", "Markdown");
    expect(name).toMatch(/^2021-05-04-.*ani-vs-republic-world\.md$/);
    const md = bytes.toString("utf8");
    expect(md).toContain("## Sources");
    expect(md).toContain("Surprisingly, in the US version");
    expect(md).toMatch(/~~.+~~/);
  });

  test("HTML is self-contained and runs nothing", async ({ page }) => {
    await openDemoComparison(page);
    const { name, bytes } = await download(page, "Export report", "HTML");
    expect(name).toMatch(/\.html$/);
    const html = bytes.toString("utf8");
    expect(html).toContain("<style");
    expect(html).not.toMatch(/<script|<link[^>]+stylesheet|src="http/i);
    expect(html).toContain("Won In-Choul");
  });

  test("PDF, JSON and CSV are real files with the comparison inside", async ({ page }) => {
    await openDemoComparison(page);
    const pdf = await download(page, "Export report", "PDF");
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const json = await download(page, "Export report", "JSON");
    const parsed = JSON.parse(json.bytes.toString("utf8")) as { comparison?: { alignments: unknown[] }; alignments?: unknown[] };
    expect((parsed.comparison?.alignments ?? parsed.alignments ?? []).length).toBeGreaterThan(0);

    const csv = await download(page, "Export report", "CSV");
    const [header, ...rows] = csv.bytes.toString("utf8").trim().split(/\r?\n/);
    expect(header).toContain("row_type");
    expect(rows.some((r) => r.startsWith("flag"))).toBe(true);
    expect(rows.some((r) => r.startsWith("alignment"))).toBe(true);
  });
});

test("a story report downloads from the story page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).click();
  await expect(page.getByRole("heading", { name: "Coverage matrix" })).toBeVisible();
  const { name, bytes } = await download(page, "Export story report", "Markdown");
  expect(name).toMatch(/\.md$/);
  expect(bytes.toString("utf8")).toContain("Blinken–Motegi talks in London");
});
