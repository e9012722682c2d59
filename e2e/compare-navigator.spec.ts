import { expect, test, type Page } from "@playwright/test";
import { ComparePage } from "./pages/compare-page";
import { HomePage } from "./pages/home-page";

async function openDemo(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /Compare ANI with Republic World/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
  return new ComparePage(page);
}

const categories = (compare: ComparePage) => compare.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute("data-category")));

test.describe("the difference navigator", () => {
  test("filters rows by kind of difference and by importance", async ({ page }) => {
    const compare = await openDemo(page);
    await compare.showEverything();
    const kinds = page.getByRole("group", { name: "Kinds of difference" });
    expect(await categories(compare)).toContain("only-a");

    await kinds.getByRole("button", { name: /^Only in ANI/ }).click();
    await expect(kinds.getByRole("button", { name: /^Only in ANI/ })).toHaveAttribute("aria-pressed", "false");
    expect(await categories(compare)).not.toContain("only-a");
    expect(await categories(compare)).toContain("only-b");

    // Differences only: nothing that reads the same in both (a curly quote is not a difference).
    await page.getByRole("button", { name: "Differences only" }).click();
    const shown = await categories(compare);
    expect(shown).not.toContain("same");
    expect(shown.length).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Everything" }).click();
    await page.getByLabel("Importance").selectOption("high");
    // Only rows that hold the evidence of a high-importance omission item.
    const high = await compare.rows().evaluateAll((rows) => rows.map((r) => r.getAttribute("data-importance")));
    expect(high.length).toBeGreaterThan(0);
    expect(high.every((importance) => importance === "high")).toBe(true);
    await page.getByLabel("Importance").selectOption("any");
    expect(await compare.rows().count()).toBeGreaterThan(high.length);
  });

  test("collapses runs that read the same in both, with a count, and unfolds them on request", async ({ page }) => {
    await openDemo(page);
    const fold = page.getByRole("button", { name: /^\d+ passages read the same in both — show them$/ });
    await expect(fold.first()).toBeVisible();
    const sameBefore = await page.locator('li[data-category="same"]').count();
    await fold.first().click();
    await expect(page.locator('li[data-category="same"]')).not.toHaveCount(sameBefore);
  });

  test("the overview ruler shows where the differences are and jumps there", async ({ page }) => {
    const compare = await openDemo(page);
    const ruler = page.getByTestId("overview-ruler");
    await expect(ruler.locator('[data-category="only-b"]').first()).toBeVisible();
    await expect(ruler.locator('[data-category="only-a"]').first()).toBeVisible();
    const mark = ruler.locator('[data-category="only-b"]').last();
    await mark.click();
    const focused = page.locator("li:focus");
    await expect(focused).toHaveAttribute("data-category", "only-b");
    await expect(focused).toBeInViewport();
    await expect(focused).toContainText("only in Republic World");
    await expect(compare.rows().first()).not.toBeInViewport();
  });

  test("shows an inline redline: A's words struck, B's underlined, in one column", async ({ page }) => {
    const compare = await openDemo(page);
    await compare.showEverything();
    await page.getByRole("button", { name: "Inline redline" }).click();
    await expect(page.getByRole("button", { name: "Inline redline" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByRole("heading", { name: "Inline redline: ANI → Republic World" })).toBeVisible();
    const closing = compare.rowWith("across the Taiwan Strait").first();
    await expect(closing.locator("del").filter({ hasText: "World in its report" })).toHaveCount(1);
    await expect(closing.locator("ins").filter({ hasText: "stated" })).toHaveCount(1);
    // One column: the row is not split in two.
    await expect(closing).not.toHaveClass(/grid-cols-2/);
  });

  test("reads either article in its own order, and j / k still step through the differences", async ({ page }) => {
    const compare = await openDemo(page);
    await compare.showEverything();
    const order = (side: "a" | "b") => compare.rows().evaluateAll((rows, s) => rows.map((r) => r.getAttribute(`data-${s}`)).filter((v) => v !== null).map(Number), side);
    const inA = await order("a");
    expect(inA).toEqual([...inA].sort((x, y) => x - y));

    await page.getByRole("link", { name: "Republic World's order" }).click();
    await expect(page).toHaveURL(/order=b/);
    await expect(page.getByRole("link", { name: "Republic World's order" })).toHaveAttribute("aria-current", "true");
    await compare.showEverything();
    const inB = await order("b");
    expect(inB.length).toBeGreaterThan(10);
    expect(inB).toEqual([...inB].sort((x, y) => x - y));
    // A moved passage now leaves its marker in ANI's column.
    await expect(page.locator('li[id^="moved-a-"]').first()).toBeVisible();

    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("j");
    const first = await page.locator("li:focus").getAttribute("id");
    await page.keyboard.press("j");
    await expect(page.locator("li:focus")).not.toHaveAttribute("id", first ?? "");
    await page.keyboard.press("k");
    await expect(page.locator("li:focus")).toHaveAttribute("id", first ?? "");
  });
});

test("an item whose sentences are on another page of a long comparison opens there, selected, with its link in the address", async ({ page }) => {
  const home = new HomePage(page);
  const adjectives = ["new", "old", "narrow", "wide", "quiet", "busy", "steep"];
  const works = ["drain", "bridge", "footpath", "culvert", "bus shelter", "lamp post", "cycle lane", "retaining wall", "pavement", "crossing", "sea wall"];
  const streets = ["Mill", "Church", "Station", "Harbour", "Market", "Bridge", "Castle", "Quarry", "Orchard", "Tannery", "Chapel", "Foundry", "Wharf"];
  const verbs = ["repaired", "inspected", "resurfaced", "replaced", "repainted"];
  // 450 short paragraphs both report: more rows than one page holds (400).
  const shared = Array.from({ length: 450 }, (_, i) => `The ${adjectives[i % 7]} ${works[i % 11]} on ${streets[i % 13]} Street was ${verbs[i % 5]} in week ${i + 1} of the works programme.`);
  const stamp = Date.now();
  await home.open();
  await home.addArticle({ title: "Works programme, all weeks", outlet: `Borough Ledger ${stamp}`, text: [...shared, "Auditor Greta Lindqvist said the final ledger entry for the works programme had no signature."].join("\n\n") });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const fullId = page.url().match(/articles\/([^?]+)/)?.[1];
  await home.open();
  await home.addArticle({ title: "Works programme", outlet: `Parish Courier ${stamp}`, text: shared.join("\n\n") });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const partId = page.url().match(/articles\/([^?]+)/)?.[1];

  await page.goto(`/compare/${fullId}/${partId}`);
  await expect(page.getByRole("navigation", { name: "Pages of this comparison" }).first()).toBeVisible();
  const compare = new ComparePage(page);
  await expect(compare.rowWith("Auditor Greta Lindqvist")).toHaveCount(0);
  const item = compare.missingFrom(`Parish Courier ${stamp}`).getByRole("listitem").filter({ hasText: "Auditor Greta Lindqvist" });
  await item.getByRole("button").first().click();
  await expect(page).toHaveURL(/[?&]page=2#item:/);
  const row = compare.rowWith("Auditor Greta Lindqvist");
  await expect(row).toBeFocused();
  await expect(row).toBeInViewport();
  await expect(compare.missingFrom(`Parish Courier ${stamp}`).getByRole("listitem").filter({ hasText: "Auditor Greta Lindqvist" }).getByRole("button").first()).toHaveAttribute("aria-pressed", "true");

  // The page links go where they say.
  const pages = page.getByRole("navigation", { name: "Pages of this comparison" }).first();
  await pages.getByRole("link", { name: "1", exact: true }).click();
  await expect(page.getByText("on page 1 of 2")).toBeVisible();
  await expect(compare.rowWith("Auditor Greta Lindqvist")).toHaveCount(0);
  await pages.getByRole("link", { name: "2", exact: true }).click();
  await expect(page.getByText("on page 2 of 2")).toBeVisible();
  await expect(compare.rowWith("Auditor Greta Lindqvist")).toHaveCount(1);
});
