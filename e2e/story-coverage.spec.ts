import { expect, test } from "@playwright/test";
import { startFixtureServer } from "./fixture-server";

test("a readout that never mentions China stands out once it joins the story", async ({ page }) => {
  const site = await startFixtureServer();
  try {
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill(`${site.origin}/press/readout-motegi`);
    await page.getByRole("button", { name: "Fetch articles" }).click();
    const row = page.getByRole("list", { name: "Import progress" }).getByRole("listitem").first();
    await expect(row).toContainText(/Added|Already stored/, { timeout: 30_000 });
    await row.getByRole("link", { name: "Open" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Secretary Blinken's Meeting with Japanese Foreign Minister Motegi");

    // Lacuna suggests the demo story for it; the analyst accepts with one click.
    const filing = page.getByRole("region", { name: "Story" });
    await expect(filing.getByRole("note")).toContainText("Blinken–Motegi talks in London, May 2021");
    await filing.getByRole("button", { name: "Add to this story" }).click();
    await expect(filing.getByRole("status")).toHaveText("Filed.");
    await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).first().click();

    await expect(page.getByRole("heading", { name: "Left out across the story" })).toBeVisible();
    await expect(page.getByText(/“China” mentioned by 2 of 3 sources; absent from Department Press Office/)).toBeVisible();
    const matrix = page.getByRole("table", { name: /Coverage matrix/ });
    const chinaRow = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^name\s*China$/ }) });
    await expect(chinaRow.getByLabel("absent")).toHaveCount(1);
  } finally {
    await site.close();
  }
});
