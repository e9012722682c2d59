import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Serious and critical WCAG 2.1 A/AA violations found by axe on the page as it is now. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
}

/** The demo story's ids, read from the home page's links. */
async function demoIds(page: Page) {
  await page.goto("/");
  const compare = await page.getByRole("link", { name: /Compare ANI with Republic World/ }).getAttribute("href");
  const story = await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).getAttribute("href");
  const [, , a, b] = new URL(compare ?? "", "http://x").pathname.split("/");
  return { compare: compare ?? "", story: story ?? "", articleA: `/articles/${a}`, articleB: `/articles/${b}` };
}

test.describe("every page passes axe with no serious or critical violations", () => {
  test("home, aliases, the account and activity pages and a missing page", async ({ page }) => {
    for (const path of ["/", "/aliases", "/account", "/activity", "/articles/no-such-article"]) {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });

  test("an article page", async ({ page }) => {
    const { articleA, articleB } = await demoIds(page);
    for (const path of [articleA, articleB]) {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
  });

  test("the compare page, side by side, inline, in B's order and with every item shown", async ({ page }) => {
    // axe over every row and item of the page takes a while on a shared 2-core machine.
    test.setTimeout(240_000);
    const { compare } = await demoIds(page);
    await page.goto(compare);
    expect(await seriousViolations(page), "side by side").toEqual([]);
    await page.getByRole("button", { name: "Inline redline" }).click();
    while ((await page.getByRole("button", { name: /^Show all \d+ missing from/ }).count()) > 0) await page.getByRole("button", { name: /^Show all \d+ missing from/ }).first().click();
    while ((await page.getByRole("button", { name: /passages read the same in both/ }).count()) > 0) await page.getByRole("button", { name: /passages read the same in both/ }).first().click();
    expect(await seriousViolations(page), "inline, all items").toEqual([]);
    await page.goto(`${compare}?order=b`);
    expect(await seriousViolations(page), "B's order").toEqual([]);
  });

  test("the story page, with a cell's sentences open", async ({ page }) => {
    test.setTimeout(180_000);
    const { story } = await demoIds(page);
    await page.goto(story);
    expect(await seriousViolations(page), "story").toEqual([]);
    await page.getByRole("table", { name: /Coverage matrix/ }).getByRole("button").first().click();
    await expect(page.getByRole("region", { name: /^Sentences behind “/ })).toBeVisible();
    expect(await seriousViolations(page), "story with sentences").toEqual([]);
  });
});

test("the compare page's controls are reachable with the keyboard alone", async ({ page }) => {
  const { compare } = await demoIds(page);
  await page.goto(compare);
  const reached = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.tagName.toLowerCase()}:${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}` : "";
    });
    reached.add(name);
  }
  const all = [...reached].join("\n");
  for (const control of ["Side by side", "Inline redline", "Collapse unchanged runs", "Differences only", "Previous difference", "Next difference"]) {
    if (control === "Collapse unchanged runs") expect(all).toMatch(/^input:/m);
    else expect(all).toContain(control);
  }
  // And into the flags panel: the first item is a button (its number read as "Item 1.").
  expect(all).toMatch(/^button:Item 1\./m);
});
