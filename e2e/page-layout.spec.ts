import { expect, test, type Page } from "@playwright/test";
import { accounts } from "./accounts";

/** How far the page scrolls past its content: the blank-scroll bug made this thousands of pixels. */
async function blankScroll(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector("main");
    const contentBottom = main ? main.getBoundingClientRect().bottom + window.scrollY : 0;
    return { scrollHeight: document.documentElement.scrollHeight, contentBottom: Math.round(contentBottom) };
  });
}

test.use({ viewport: { width: 1366, height: 900 } });

test("the compare and story pages at 1366 × 900 end where their content ends, and the sticky bar hides nothing", async ({ page }, testInfo) => {
  await page.goto("/");
  const compareHref = await page.getByRole("link", { name: /Compare ANI with Republic World/ }).getAttribute("href");
  const storyHref = await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).getAttribute("href");

  await page.goto(compareHref ?? "/");
  while ((await page.getByRole("button", { name: /^Show all \d+ missing from/ }).count()) > 0) await page.getByRole("button", { name: /^Show all \d+ missing from/ }).first().click();
  const compare = await blankScroll(page);
  expect(compare.scrollHeight - compare.contentBottom).toBeLessThan(80);
  await page.screenshot({ path: testInfo.outputPath("compare-1366x900.png"), fullPage: true });

  // Scrolled, the sticky bar is opaque and carries the column headers with it.
  await page.mouse.wheel(0, 1500);
  const header = page.getByRole("heading", { name: "A · ANI" });
  await expect(header).toBeInViewport();
  const background = await header.evaluate((el) => getComputedStyle(el.parentElement!.parentElement!).backgroundColor);
  expect(background).not.toMatch(/rgba\(.*, 0(\.\d+)?\)$/);
  await page.screenshot({ path: testInfo.outputPath("compare-scrolled-1366x900.png") });

  await page.goto(storyHref ?? "/");
  const story = await blankScroll(page);
  expect(story.scrollHeight - story.contentBottom).toBeLessThan(80);
  await page.screenshot({ path: testInfo.outputPath("story-1366x900.png"), fullPage: true });
});

test.describe("on a phone, 390 px wide", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the home, compare and story pages fit the screen and every header link stays on it", async ({ page }, testInfo) => {
    await page.goto("/");
    const compareHref = await page.getByRole("link", { name: /Compare ANI with Republic World/ }).getAttribute("href");
    const storyHref = await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).first().getAttribute("href");
    for (const [name, href] of [["home", "/"], ["compare", compareHref ?? "/"], ["story", storyHref ?? "/"]] as const) {
      await page.goto(href);
      const width = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(width.scroll, `${name} page scrolls sideways`).toBeLessThanOrEqual(width.client);
      const header = page.getByRole("navigation", { name: "Main" });
      for (const link of ["Stories & articles", "Add article", "Aliases", "Activity"]) await expect(header.getByRole("link", { name: link, exact: true })).toBeInViewport({ ratio: 1 });
      await expect(header.getByRole("link", { name: accounts.editor.username, exact: true })).toBeInViewport({ ratio: 1 });
      await expect(header.getByText("editor", { exact: true })).toBeInViewport({ ratio: 1 });
      await expect(header.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
      await page.screenshot({ path: testInfo.outputPath(`${name}-390.png`) });
    }
  });
});
