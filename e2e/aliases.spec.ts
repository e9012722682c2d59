import { expect, test } from "@playwright/test";

test("an analyst adds an alias and sees it listed with the built-in ones", async ({ page }) => {
  await page.goto("/aliases");
  await expect(page.getByText("Republic of Korea", { exact: false }).first()).toBeVisible();
  await page.getByRole("textbox", { name: "Entity", exact: true }).fill("Antony Blinken");
  await page.getByRole("textbox", { name: "Alias", exact: true }).fill("Tony Blinken");
  await page.getByRole("button", { name: "Add alias" }).click();
  await expect(page.getByRole("status").filter({ hasText: "now counts as Antony Blinken" })).toBeVisible();
  const mine = page.getByRole("region", { name: "Your aliases" });
  await expect(mine).toContainText("Tony Blinken");
  await mine.getByRole("button", { name: "Remove alias Tony Blinken" }).click();
  await expect(mine).toContainText("None yet.");
});
