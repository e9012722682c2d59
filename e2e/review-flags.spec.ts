import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ComparePage } from "./pages/compare-page";

test.describe("omission items on the demo comparison", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /Compare ANI with Republic World/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
  });

  test("lists what each outlet leaves out with the reasons in outlet names, and a click takes both columns to it", async ({ page }) => {
    const compare = new ComparePage(page);
    const fromRepublic = compare.missingFrom("Republic World");
    const surprisingly = fromRepublic.getByRole("listitem").filter({ hasText: "Surprisingly, in the US version" }).filter({ hasText: "Passage" });
    await expect(surprisingly).toHaveCount(1);
    // The reason names the outlets, never "A" or "B".
    await expect(surprisingly).toContainText("Only in ANI");
    await expect(surprisingly).not.toContainText(/\b(in|from) [AB]\b/);
    await expect(surprisingly).toContainText(/High|Medium|Low/);
    await expect(compare.missingFrom("ANI").getByRole("listitem").filter({ has: page.locator("strong", { hasText: /^Kishi$/ }) })).toHaveCount(1);

    await surprisingly.getByRole("button").first().click();
    const row = compare.rowWith("Surprisingly, in the US version");
    await expect(row).toBeFocused();
    await expect(row).toBeInViewport();
  });

  test("leads each side with its top ten items, and Show all is one click away", async ({ page }) => {
    const fromAni = new ComparePage(page).missingFrom("ANI");
    await expect(fromAni.getByRole("listitem")).toHaveCount(10);
    const showAll = fromAni.getByRole("button", { name: /^Show all \d+ missing from ANI$/ });
    const total = Number((await showAll.textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(10);
    await showAll.click();
    await expect(fromAni.getByRole("listitem")).toHaveCount(total);
  });

  test("a review made in one order shows on the same item after Swap A and B", async ({ page }) => {
    const flags = new ComparePage(page).flags();
    const kishiFlag = () => flags.getByRole("listitem").filter({ has: page.locator("strong", { hasText: /^Kishi$/ }) });
    await kishiFlag().getByRole("combobox", { name: "Review" }).selectOption("needs-check");
    await expect(kishiFlag().getByRole("status")).toHaveText("Saved");

    await page.getByRole("link", { name: "Swap A and B" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Republic World vs ANI");
    await expect(new ComparePage(page).missingFrom("ANI").getByRole("listitem").filter({ has: page.locator("strong", { hasText: /^Kishi$/ }) })).toHaveCount(1);
    await expect(kishiFlag().getByRole("combobox", { name: "Review" })).toHaveValue("needs-check");

    // Cleared in the swapped order, it is cleared in the first order too.
    await kishiFlag().getByRole("combobox", { name: "Review" }).selectOption("none");
    await expect(kishiFlag().getByRole("status")).toHaveText("Saved");
    await page.getByRole("link", { name: "Swap A and B" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
    await expect(kishiFlag().getByRole("combobox", { name: "Review" })).toHaveValue("none");
  });

  test("a review is saved, survives a reload, and dismissed items can be hidden", async ({ page }) => {
    const flags = new ComparePage(page).flags();
    const kishiFlag = () => flags.getByRole("listitem").filter({ has: page.locator("strong", { hasText: /^Kishi$/ }) });
    const kishi = kishiFlag();
    await kishi.getByRole("button", { name: "Add note" }).click();
    await kishi.getByLabel("Review note").fill("Kishi attended the earlier 2+2, not these talks");
    await kishi.getByLabel("Review note").blur();
    await expect(kishi.getByRole("status")).toHaveText("Saved");
    await kishi.getByRole("combobox", { name: "Review" }).selectOption("dismissed");
    // Dismissed items are hidden by default.
    await expect(kishiFlag()).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
    await expect(kishiFlag()).toHaveCount(0);
    await flags.getByLabel(/Hide dismissed/).uncheck();
    await flags.getByRole("button", { name: /^Show all \d+ missing from ANI$/ }).click();
    const back = kishiFlag();
    await expect(back.getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");
    await expect(back.getByLabel("Review note")).toHaveValue("Kishi attended the earlier 2+2, not these talks");

    // Reviews appear in the report, and dismissed items are left out of it by default.
    const pending = page.waitForEvent("download");
    await page.getByRole("navigation", { name: "Export report" }).getByRole("link", { name: "Markdown", exact: true }).click();
    const md = await readFile(await (await pending).path(), "utf8");
    expect(md).not.toMatch(/Name “Kishi”/);
    expect(md).toContain("(1 dismissed item hidden)");

    await back.getByRole("combobox", { name: "Review" }).selectOption("none");
    await expect(back.getByRole("status")).toHaveText("Saved");
  });
});
