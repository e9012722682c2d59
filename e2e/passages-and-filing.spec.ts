import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";

test("an article that reuses wire copy shows where its passages appear, and is filed through the story search", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const outlet = `Regional Courier ${Date.now()}`;
  await home.addArticle({
    title: "Tokyo and Washington close ranks in London",
    outlet,
    date: "2021-05-05",
    text: [
      "A regional paper carried the agency's copy on Wednesday under its own headline.",
      "They agreed to oppose any unilateral attempts to change the status quo in the East China and South China seas, the paper said, quoting the wire.",
      "Local business leaders said they would watch the talks closely.",
    ].join("\n\n"),
  });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();

  // The reused sentence is found in the demo's ANI report; the paper's own sentences are not listed.
  const reused = page.getByRole("region", { name: "Where else these passages appear" });
  await expect(reused.getByRole("link", { name: /^ANI: Japan, US agree to step up cooperation against China/ })).toBeVisible();
  await expect(reused.getByText("Local business leaders")).toHaveCount(0);
  // Above the passages, the articles that carry them, each one click from a side-by-side view.
  await expect(reused).toContainText("1 passage of this article appears elsewhere");
  await expect(reused.getByRole("link", { name: "Side by side with ANI, which carries 1 of these passages" })).toHaveAttribute("href", /^\/compare\//);
  await reused.getByRole("link", { name: /^Compare with ANI/ }).click();
  await expect(page).toHaveURL(/\/compare\//);
  await page.goBack();

  // Filing by searching the story's title: stories are searched, never all listed.
  const filing = page.getByRole("region", { name: "Story" });
  const search = filing.getByRole("combobox", { name: "Find a story" });
  await search.fill("Motegi talks");
  await filing.getByRole("option", { name: /Blinken–Motegi talks in London, May 2021/ }).click();
  await filing.getByRole("button", { name: "File", exact: true }).click();
  await expect(filing.getByRole("status")).toHaveText("Filed.");
  await expect(page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).first()).toBeVisible();

  // A search that matches nothing offers nothing to pick.
  await filing.getByRole("combobox", { name: "Move to another story" }).fill("no such story anywhere");
  await expect(filing.getByRole("option")).toHaveCount(0);

  // Deleting the article takes it out of the story again (the demo story stays as the other tests know it).
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page).not.toHaveURL(/\/articles\//);
  await page.goto("/");
  await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).first().click();
  await expect(page.getByRole("link", { name: "Tokyo and Washington close ranks in London" })).toHaveCount(0);
});
