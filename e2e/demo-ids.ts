import type { Page } from "@playwright/test";

/** The demo story's id and its two articles' ids, read from the home page as a person would find them. */
export async function demoIds(page: Page): Promise<{ storyId: string; a: string; b: string }> {
  await page.goto("/");
  const compare = await page.getByRole("link", { name: /Compare ANI with Republic World/ }).getAttribute("href");
  const story = await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).first().getAttribute("href");
  // The card's link carries the story (?story=…), so the compare page names the sides as the story does.
  const [, , a = "", b = ""] = new URL(compare ?? "", "http://x").pathname.split("/");
  return { storyId: (story ?? "").split("/")[2] ?? "", a, b };
}
