import { expect, test, type Page } from "@playwright/test";

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
