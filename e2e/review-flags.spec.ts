import { expect, test } from "@playwright/test";

test.describe("omission flags on the demo comparison", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /Compare ANI with Second report/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Second report");
  });

  test("lists what each side leaves out, and a click takes both columns to it", async ({ page }) => {
    const flags = page.getByRole("region", { name: /Left out/ });
    await expect(flags.getByRole("listitem").filter({ has: page.locator("strong", { hasText: /^Kishi$/ }) })).toHaveCount(1);
    await expect(flags.getByRole("listitem").filter({ hasText: "Won In-Choul" }).first()).toBeVisible();
    const surprisingly = flags.getByRole("listitem").filter({ hasText: "Surprisingly, in the US version" }).filter({ hasText: /^Passage/ });
    await expect(surprisingly).toContainText("missing from Second report");
    await surprisingly.getByRole("button").first().click();
    const row = page.getByRole("list", { name: "Aligned passages" }).getByRole("listitem").filter({ hasText: "Surprisingly, in the US version" });
    await expect(row).toBeFocused();
    await expect(row).toBeInViewport();
  });

  test("a review made in one order shows on the same flag after Swap A and B", async ({ page }) => {
    const flags = page.getByRole("region", { name: /Left out/ });
    const kishiFlag = () => flags.getByRole("listitem").filter({ has: page.locator("strong", { hasText: /^Kishi$/ }) });
    await kishiFlag().getByRole("combobox", { name: "Review" }).selectOption("needs-check");
    await expect(kishiFlag().getByRole("status")).toHaveText("Saved");

    await page.getByRole("link", { name: "Swap A and B" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Second report vs ANI");
    await expect(kishiFlag()).toContainText("missing from ANI");
    await expect(kishiFlag().getByRole("combobox", { name: "Review" })).toHaveValue("needs-check");

    // Cleared in the swapped order, it is cleared in the first order too.
    await kishiFlag().getByRole("combobox", { name: "Review" }).selectOption("none");
    await expect(kishiFlag().getByRole("status")).toHaveText("Saved");
    await page.getByRole("link", { name: "Swap A and B" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Second report");
    await expect(kishiFlag().getByRole("combobox", { name: "Review" })).toHaveValue("none");
  });

  test("a review is saved, survives a reload, and dismissed flags can be hidden", async ({ page }) => {
    const flags = page.getByRole("region", { name: /Left out/ });
    const kishiFlag = () => flags.getByRole("listitem").filter({ has: page.locator("strong", { hasText: /^Kishi$/ }) });
    const kishi = kishiFlag();
    await kishi.getByLabel("Review note").fill("Kishi attended the earlier 2+2, not these talks");
    await kishi.getByLabel("Review note").blur();
    await expect(kishi.getByRole("status")).toHaveText("Saved");
    await kishi.getByRole("combobox", { name: "Review" }).selectOption("dismissed");
    // Dismissed flags are hidden by default.
    await expect(kishiFlag()).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Second report");
    await expect(kishiFlag()).toHaveCount(0);
    await flags.getByLabel(/Hide dismissed/).uncheck();
    const back = kishiFlag();
    await expect(back.getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");
    await expect(back.getByLabel("Review note")).toHaveValue("Kishi attended the earlier 2+2, not these talks");

    // Reviews appear in the report, and dismissed flags are left out of it by default.
    const pending = page.waitForEvent("download");
    await page.getByRole("navigation", { name: "Export report" }).getByRole("link", { name: "Markdown", exact: true }).click();
    const file = await pending;
    const { readFile } = await import("node:fs/promises");
    const md = await readFile(await file.path(), "utf8");
    expect(md).not.toMatch(/\*\*entity\*\* “Kishi”/);
    expect(md).toContain("(1 dismissed flag hidden)");

    await back.getByRole("combobox", { name: "Review" }).selectOption("none");
    await expect(back.getByRole("status")).toHaveText("Saved");
  });
});
