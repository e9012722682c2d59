import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { LIVE_BLOG_TEXT, WIRE_TEXT } from "./fixtures/long-live-blog";
import { ComparePage } from "./pages/compare-page";
import { HomePage } from "./pages/home-page";

/** Adds the live blog and its wire story (stamped so runs do not meet); their names and ids. */
async function addLiveBlogAndWire(page: Page) {
  const home = new HomePage(page);
  const stamp = Date.now();
  const blog = `Ashby Live ${stamp}`;
  const wire = `Ashby Wire ${stamp}`;
  await home.open();
  await home.addArticle({ title: "Ashby floods: live updates", outlet: blog, text: LIVE_BLOG_TEXT });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const blogId = page.url().match(/articles\/([^?#]+)/)?.[1];
  await home.open();
  await home.addArticle({ title: "Floods force hundreds from homes in Ashby", outlet: wire, text: WIRE_TEXT });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const wireId = page.url().match(/articles\/([^?#]+)/)?.[1];
  return { blog, wire, blogId, wireId };
}

// A live blog against its wire story: 234 updates the wire leaves out, more than the page carries at once (200),
// and the wire's one paragraph the blog leaves out. Every item must be reachable on the page, counted and numbered
// as the exports count and number them.
test("a comparison with more items than one page carries lists them all, over pages of items, as the exports do", async ({ page }) => {
  test.setTimeout(120_000);
  const { blog, wire, blogId, wireId } = await addLiveBlogAndWire(page);

  await page.goto(`/compare/${blogId}/${wireId}`);
  const compare = new ComparePage(page);
  const fromWire = compare.missingFrom(wire);
  const fromBlog = compare.missingFrom(blog);

  // The exports' count of items is the page's.
  const pending = page.waitForEvent("download");
  await page.getByRole("navigation", { name: "Export report" }).getByRole("link", { name: "JSON", exact: true }).click();
  const json = JSON.parse(await readFile((await (await pending).path())!, "utf8")) as { comparison: { items: Array<{ number: number }> } };
  const exported = json.comparison.items.length;
  expect(exported).toBe(235);
  await expect(page.getByRole("heading", { name: `Left out (${exported} items)` })).toBeVisible();
  await expect(compare.flags().getByText(`Reviewed 0 of ${exported}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: new RegExp(`^Missing from ${wire} · in ${blog} only · 234 items$`) })).toBeVisible();

  // On the keyboard: "Show" opens this page's 200 and focus goes to the first new one (item 11), in view.
  const show = fromWire.getByRole("button", { name: `Show items 1–200 of the 234 missing from ${wire}` });
  await show.focus();
  await page.keyboard.press("Enter");
  await expect(fromWire.locator("ol > li")).toHaveCount(200);
  const focused = page.locator(":focus");
  await expect(focused).toContainText(/^Item 11\./);
  await expect(focused).toBeInViewport();

  // The rest are one link away, numbered on from 200, and the short side stays whole.
  const pages = page.getByRole("navigation", { name: `Pages of items missing from ${wire}` });
  await expect(pages).toContainText("this page lists items 1–200");
  await pages.getByRole("link", { name: "Items 201–234" }).click();
  // The server analyses the pair again for the other window: a long pair takes some seconds.
  await expect(page).toHaveURL(/[?&]items=2#missing-from-b$/, { timeout: 30_000 });
  await expect(pages.getByRole("link", { name: "Items 201–234" })).toHaveAttribute("aria-current", "page", { timeout: 30_000 });
  const numbers = await fromWire.locator("ol > li").evaluateAll((items) => items.map((li) => Number(li.textContent?.match(/Item (\d+)\./)?.[1])));
  expect(numbers).toEqual(Array.from({ length: 34 }, (_, k) => 201 + k));
  await expect(fromBlog.locator("ol > li")).toHaveCount(1);
  await expect(fromBlog.locator("ol > li")).toContainText("Item 235.");
  await expect(fromBlog.locator("ol > li")).toContainText("Imelda Sorensen");
  await expect(page.getByRole("heading", { name: `Left out (${exported} items)` })).toBeVisible();

  // Every number the export gives is on one of the two pages of items.
  expect(json.comparison.items.map((i) => i.number).sort((x, y) => x - y)).toEqual(Array.from({ length: exported }, (_, k) => k + 1));
});

// A shared link to an item on the second page of items ("#item:<key>", as "Copy link" gives) opens that page
// and the item, as a link to an item of the first page does.
test("a link to an item on another page of items opens that page, at the item", async ({ page }) => {
  test.setTimeout(120_000);
  const { wire, blogId, wireId } = await addLiveBlogAndWire(page);
  const report = await page.request.get(`/api/reports/comparison/${blogId}/${wireId}?format=json`);
  expect(report.ok()).toBe(true);
  const json = (await report.json()) as { comparison: { items: Array<{ id: string; number: number; title: string }> } };
  const item = json.comparison.items.find((i) => i.number === 220)!;
  // Item 220 is the wire's 220th gap: past the 200 the first page of items carries.
  expect(item.title).toMatch(/^Update \d+:/);

  await page.goto(`/compare/${blogId}/${wireId}#item:${encodeURIComponent(item.id)}`);
  // The server analyses the pair again for the other window: a long pair takes some seconds.
  await expect(page).toHaveURL(new RegExp(`[?&]items=2#item:${escapeRegExp(encodeURIComponent(item.id))}$`), { timeout: 30_000 });
  const pages = page.getByRole("navigation", { name: `Pages of items missing from ${wire}` });
  await expect(pages.getByRole("link", { name: "Items 201–234" })).toHaveAttribute("aria-current", "page", { timeout: 30_000 });

  // The item is selected in the list, its passage highlighted, focused and in view, with no "not found" note.
  const listed = new ComparePage(page).missingFrom(wire).getByRole("listitem").filter({ hasText: "Item 220." });
  await expect(listed.getByRole("button").first()).toHaveAttribute("aria-pressed", "true");
  await expect(listed).toBeInViewport();
  const update = item.title.match(/^Update \d+:/)![0];
  const focused = page.locator(":focus");
  await expect(focused).toContainText(update);
  await expect(focused).toHaveClass(/ring-amber-400/);
  await expect(focused).toBeInViewport();
  await expect(page.getByText("The linked item is not among")).toHaveCount(0);

  // A link to an item of the first page pasted into the address bar (the fragment changes, the page stays): back to the first page, at it.
  const fifth = json.comparison.items.find((i) => i.number === 5)!;
  await page.evaluate((hash) => (window.location.hash = hash), `#item:${encodeURIComponent(fifth.id)}`);
  await expect(page).toHaveURL(new RegExp(`/compare/${blogId}/${wireId}#item:${escapeRegExp(encodeURIComponent(fifth.id))}$`), { timeout: 30_000 });
  await expect(new ComparePage(page).missingFrom(wire).getByRole("listitem").filter({ hasText: "Item 5." }).getByRole("button").first()).toHaveAttribute("aria-pressed", "true", { timeout: 30_000 });
  // Its sentences are the focused, highlighted row (item 5 is a name, so its row is found by focus, not by its title).
  const row = page.getByRole("list", { name: "Aligned passages" }).locator(":focus");
  await expect(row).toHaveClass(/ring-amber-400/);
  await expect(row).toBeInViewport();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
