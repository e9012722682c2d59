import { expect, test } from "@playwright/test";
import { ComparePage } from "./pages/compare-page";
import { HomePage } from "./pages/home-page";

test.describe("the demo story compared side by side", () => {
  test.beforeEach(async ({ page }) => {
    const home = new HomePage(page);
    await home.open();
    await page.getByRole("link", { name: /Compare ANI with Republic World/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
    await expect(page).toHaveTitle("ANI vs Republic World · Lacuna");
    await new ComparePage(page).showEverything();
  });

  test("aligns the NHK quote across both reports and highlights the changed attribution", async ({ page }) => {
    const compare = new ComparePage(page);
    // The quote opens the same way in both: an aligned pair, not "only in".
    const opening = compare.rowWith("Motegi and Blinken").filter({ hasText: "discussed China" }).first();
    await expect(opening).toHaveAttribute("aria-label", /pair/);
    // Its closing sentence carries the attribution: ANI's struck out, the rewrite's marked as added, in one row.
    const closing = compare.rowWith("across the Taiwan Strait").first();
    await expect(closing).toHaveAttribute("aria-label", /pair/);
    await expect(closing).toContainText("the NHK");
    await expect(closing.locator("del").filter({ hasText: "World in its report" })).toHaveCount(1);
    await expect(closing.locator("ins").filter({ hasText: "stated" })).toHaveCount(1);
  });

  test("sums up how the passages relate in plain, grammatical words", async ({ page }) => {
    const summary = page.getByText(/passages in ANI and \d+ in Republic World/);
    await expect(summary).toContainText(/\b1 is reworded\b/);
    await expect(summary).not.toContainText(/\b1 are\b/);
  });

  test("shows ANI's remark on the US readout as only in ANI", async ({ page }) => {
    const compare = new ComparePage(page);
    const row = compare.rowWith("Surprisingly, in the US version of the meeting's readout");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("only in ANI");
  });

  test("leads what the rewrite leaves out with ANI's remark that the US readout never mentions China, and says why", async ({ page }) => {
    const missing = page.getByRole("region", { name: /^Missing from Republic World/ });
    const first = missing.getByRole("listitem").first();
    await expect(first).toContainText("no mention of China in the State Department");
    await expect(first).toContainText("says an account leaves something out");
  });

  test("shows the trilateral meeting with Gen. Won In-Choul as only in the second report, unsplit", async ({ page }) => {
    const compare = new ComparePage(page);
    const row = compare.rowWith("Gen. Won In-Choul");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("only in Republic World");
    await expect(row).toContainText("Gen. Mark Milley, chairman of the US Joint Chiefs of Staff");
  });

  test("strips the ANI page chrome", async ({ page }) => {
    const aligned = new ComparePage(page).rows();
    await expect(aligned.filter({ hasText: "Open in App" })).toHaveCount(0);
    await expect(aligned.filter({ hasText: "Related Stories" })).toHaveCount(0);
    await expect(aligned.filter({ hasText: "Disclaimer" })).toHaveCount(0);
  });

  test("differences only hides identical rows and j jumps to the next difference", async ({ page }) => {
    const compare = new ComparePage(page);
    const all = await compare.rows().count();
    await expect(page.locator('li[aria-label^="identical pair"]').first()).toBeVisible();
    await page.getByRole("button", { name: "Differences only" }).click();
    await expect(page.getByRole("button", { name: "Differences only" })).toHaveAttribute("aria-pressed", "true");
    // The seed story has identical sentences (inside the NHK quotation): they are hidden now.
    await expect(compare.rows()).not.toHaveCount(all);
    await expect(page.locator('li[aria-label^="identical pair"]')).toHaveCount(0);
    await page.keyboard.press("j");
    await expect(page.locator("li:focus")).toHaveCount(1);
  });
});

test("the demo story of two reports sends the analyst to their comparison for what each leaves out", async ({ page }) => {
  await new HomePage(page).open();
  await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).first().click();
  // Two reports give no majority to miss: the story says so instead of "nothing is missing" beside a matrix with gaps.
  const leftOut = page.getByRole("region", { name: "Left out across the story" });
  await expect(leftOut).toContainText("What each of the 2 independent reports leaves out that the other carries");
  await expect(leftOut).toContainText("With two independent reports");
  await expect(leftOut).not.toContainText("Nothing that most sources report");
  // …and shows what each of the two leaves out, as their comparison ranks it.
  await expect(leftOut.getByRole("list", { name: "Missing from Republic World" }).getByRole("listitem").first()).toContainText("no mention of China in the State Department");
  await expect(leftOut.getByRole("list", { name: "Missing from ANI" })).toContainText(/Won In-Choul|Milley|three parties/);
  await expect(leftOut.getByRole("link", { name: "Compare ANI with Republic World" })).toHaveAttribute("href", /^\/compare\//);

  // Each previewed item opens in the comparison: selected in the panel, its sentence in view.
  await leftOut.getByRole("list", { name: "Missing from Republic World" }).getByRole("link", { name: /no mention of China in the State Department/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
  const compare = new ComparePage(page);
  const item = compare.missingFrom("Republic World").getByRole("listitem").filter({ hasText: "no mention of China in the State Department" }).filter({ hasText: "Passage" });
  await expect(item.getByRole("button").first()).toHaveAttribute("aria-pressed", "true");
  const row = compare.rowWith("no mention of China in the State Department");
  await expect(row).toBeFocused();
  await expect(row).toBeInViewport();
  await expect(page).toHaveURL(/#item:/);
});
