import { expect, test } from "@playwright/test";
import { openInquiryStory } from "./inquiry-story";

test("a keyboard user reaches every story item, gets past the coverage table, and hears which item each review is for", async ({ page }) => {
  test.setTimeout(120_000);
  await openInquiryStory(page);
  const flags = page.getByRole("list", { name: "Story flags" });
  await expect(flags).toBeVisible();

  // Each review names its item, as the page numbers it.
  const first = flags.locator(":scope > li").first();
  const firstTitle = (await first.locator("span.min-w-0").first().innerText()).trim();
  const name = await first.getByRole("combobox", { name: /^Review item 1: / }).getAttribute("aria-label");
  expect(name?.startsWith(`Review item 1: ${firstTitle.slice(0, 30)}`)).toBe(true);

  // Show all: focus goes to the first newly shown item, in view, not left on the button it pushed down.
  const showAll = page.getByRole("button", { name: /^Show all \d+ items$/ });
  await showAll.focus();
  await page.keyboard.press("Enter");
  await expect(flags.locator(":scope > li")).not.toHaveCount(10);
  const eleventh = flags.locator(":scope > li").nth(10);
  await expect(eleventh.locator(":focus")).toHaveCount(1);
  await expect(page.locator(":focus")).toBeInViewport();
  // The next Tab stays in that item (its review), not past the list.
  await page.keyboard.press("Tab");
  await expect(eleventh.locator(":focus")).toHaveCount(1);

  // Past the coverage table in one Tab and Enter: its skip link comes just before it.
  const matrix = page.getByRole("table", { name: /Coverage matrix/ });
  const skip = page.getByRole("link", { name: "Skip the coverage table" });
  await skip.focus();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(matrix.locator(":focus")).toHaveCount(1);
  await page.keyboard.press("Shift+Tab");
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("End of the coverage table")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("table") === null)).toBe(true);
});
