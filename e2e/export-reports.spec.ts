import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { HomePage } from "./pages/home-page";
import { openStoryOfItsOwn } from "./story-of-its-own";

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

test("an item has the same number on the compare page and in the downloaded reports", async ({ page }) => {
  await openDemoComparison(page);
  // The first item ANI leaves out: the second group, so its number runs on from Republic World's.
  const missingFromB = page.getByRole("region", { name: /^Missing from Republic World\b/ }).locator("li[data-item]");
  const item = page.getByRole("region", { name: /^Missing from ANI\b/ }).locator("li[data-item]").first();
  const id = await item.getAttribute("data-item");
  const label = await item.getByText(/^Item \d+\.$/).textContent();
  const number = Number(label?.match(/\d+/)?.[0]);
  // Every item Republic World leaves out, dismissed ones too (other specs may have dismissed some): numbers never skip them.
  await page.getByLabel(/^Hide dismissed/).uncheck();
  const showAllB = page.getByRole("button", { name: /^Show all \d+ missing from Republic World$/ });
  if (await showAllB.isVisible()) await showAllB.click();
  expect(number).toBe((await missingFromB.count()) + 1);
  await expect(page.locator(`li[data-item="${id}"]`).getByText(/^Item \d+\.$/)).toHaveText(`Item ${number}.`);

  const json = JSON.parse((await download(page, "Export report", "JSON")).bytes.toString("utf8")) as { comparison: { items: Array<{ id: string; number: number }>; omissions: Array<{ item: string; itemNumber: number }> } };
  expect(json.comparison.items.find((i) => i.id === id)?.number).toBe(number);
  expect(json.comparison.omissions.filter((o) => o.item === id).map((o) => o.itemNumber)).toContain(number);

  const md = (await download(page, "Export report", "Markdown")).bytes.toString("utf8");
  const sideA = md.slice(md.indexOf("### Missing from ANI (A)"));
  expect(sideA.split("\n").find((line) => /^\d+\. \*\*/.test(line))).toMatch(new RegExp(`^${number}\\. `));

  const csv = (await download(page, "Export report", "CSV")).bytes.toString("utf8").split(/\r?\n/);
  expect(csv[0]!.split(",").slice(-2)).toEqual(["item_number", "review_text_changed"]);
  // item_number is the last column but one, counted from the end (other fields may hold quoted commas);
  // the last is empty for a flag no review made before a text change.
  const row = csv.find((line) => line.startsWith("flag,") && line.includes(`,${id},`));
  expect(row?.split(",").slice(-2)).toEqual([String(number), ""]);
});

test("a story report downloads from the story page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).click();
  await expect(page.getByRole("heading", { name: "Coverage matrix" })).toBeVisible();
  const { name, bytes } = await download(page, "Export story report", "Markdown");
  expect(name).toMatch(/\.md$/);
  expect(bytes.toString("utf8")).toContain("Blinken–Motegi talks in London");
});

/**
 * Three reports of one (made-up) event, the third leaving out what the other two carry: a
 * firefighting town, in their headlines, and the sentence that names it (one item of two
 * flags), the mayor, a line from the police. Not about the demo story's talks, so later specs' story suggestions stay theirs.
 */
const REPORTS = [
  {
    outlet: "Fjord Wire",
    title: "Harstad crews help fight Tromsø funicular fire",
    text: "A fire destroyed the funicular station in Tromsø on Sunday night, the city's transport company said.\n\nFirefighters from Harstad helped bring the blaze under control by dawn, the fire service said.\n\nMayor Gunnar Wilhelmsen said buses would replace the funicular for at least a month.\n\nNo one was hurt, police said.",
  },
  {
    outlet: "Arctic Post",
    title: "Tromsø funicular station burns down as Harstad crews help",
    text: "The funicular station in Tromsø burned down on Sunday night, according to the transport company.\n\nFirefighters from Harstad helped bring the blaze under control by dawn, the fire service said.\n\nBuses will replace the funicular for at least a month, Mayor Gunnar Wilhelmsen said.\n\nPolice said nobody was injured.",
  },
  {
    outlet: "North Radio",
    title: "Buses replace Tromsø funicular after fire",
    text: "Fire tore through the Tromsø funicular station late on Sunday, the transport company said.\n\nBuses will run instead of the funicular for at least a month, the city said.\n\nPolice reported no injuries.",
  },
];

test("a story's Markdown report lists as many items as its page", async ({ page }) => {
  const stamp = Date.now();
  const title = `Tromsø funicular fire ${stamp}`;
  // A line every report carries: new texts each run (not "already stored"), and no gap of its own.
  const [first, ...rest] = REPORTS.map((r) => ({ ...r, title: `${r.title} ${stamp}`, text: `${r.text}\n\nFiled under reference ${stamp}.` }));
  await openStoryOfItsOwn(page, { title, article: first! });
  const storyUrl = page.url();
  for (const article of rest) {
    const home = new HomePage(page);
    await home.open();
    await home.addArticle(article);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
    const filing = page.getByRole("region", { name: "Story" });
    await filing.getByRole("combobox", { name: "Find a story" }).fill(title);
    await filing.getByRole("option", { name: new RegExp(`^${title}`) }).click();
    await filing.getByRole("button", { name: "File", exact: true }).click();
    await expect(filing.getByRole("status")).toHaveText("Filed.");
  }

  await page.goto(storyUrl);
  const flags = page.getByRole("list", { name: "Story flags" });
  await expect(flags).toBeVisible();
  const showAll = page.getByRole("button", { name: /^Show all \d+ items$/ });
  if (await showAll.isVisible()) await showAll.click();
  const onPage = await flags.locator(":scope > li").count();
  expect(onPage).toBeGreaterThan(1);
  // Each item's number on the page, as "Item 3." reads to a screen reader.
  const pageNumbers = (await flags.locator(":scope > li").getByText(/^Item \d+\.$/).allTextContents()).map((t) => Number(t.match(/\d+/)?.[0]));

  const { bytes } = await download(page, "Export story report", "Markdown");
  const md = bytes.toString("utf8");
  const start = md.indexOf("## Left out across the story");
  const section = md.slice(start, md.indexOf("\n## ", start + 1));
  // One numbered entry per item of the page, 1…n, and the count line says the same.
  expect(section.match(/^\d+(?=\. \*\*)/gm)?.map(Number)).toEqual(Array.from({ length: onPage }, (_, i) => i + 1));
  expect(pageNumbers).toEqual(Array.from({ length: onPage }, (_, i) => i + 1));
  const counts = section.match(/Omissions: (\d+) items \((\d+) flags\)/);
  expect(Number(counts?.[1])).toBe(onPage);
  // The story's flags group into fewer items (a passage with the name inside it): what the export must not list one by one.
  expect(Number(counts?.[2])).toBeGreaterThan(onPage);
});
