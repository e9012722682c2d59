import { expect, test, type Page } from "@playwright/test";
import { ComparePage } from "./pages/compare-page";

/** The demo comparison's item about Blinken and Lloyd, found by its id so it is the same item in both tabs. */
function item(page: Page, id: string) {
  return new ComparePage(page).flags().locator(`li[data-item="${id}"]`);
}

/** Every item in view, dismissed ones and those below each side's top ten included. */
async function showEveryItem(page: Page) {
  const flags = new ComparePage(page).flags();
  await flags.getByLabel(/Hide dismissed/).uncheck();
  for (const showAll of await flags.getByRole("button", { name: /^Show all \d+ missing from/ }).all()) await showAll.click();
}

test("a tab loaded before another editor's dismissal does not undo it: it is told, shows theirs and keeps its note", async ({ page, context }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Compare ANI with Republic World/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
  const first = new ComparePage(page).flags().locator("li[data-item]").filter({ hasText: /Blinken and Lloyd/ }).first();
  const id = (await first.getAttribute("data-item"))!;
  expect(id).toBeTruthy();

  // The second tab, opened now and not reloaded after the first tab's change.
  const stale = await context.newPage();
  await stale.goto(page.url());
  await expect(item(stale, id).getByRole("combobox", { name: "Review" })).toHaveValue("none");

  await item(page, id).getByRole("combobox", { name: "Review" }).selectOption("dismissed");
  // Dismissed items are hidden: gone once the save is done.
  await expect(item(page, id)).toHaveCount(0);

  const note = "Check the Pentagon readout";
  await item(stale, id).getByRole("button", { name: "Add note" }).click();
  await item(stale, id).getByLabel("Review note").fill(note);
  await item(stale, id).getByLabel("Review note").blur();

  // The stale tab is told who changed what, shows their review, and still holds the note typed.
  const notice = item(stale, id).getByRole("alert");
  await expect(notice).toContainText("e2e-editor changed this review");
  await expect(notice).toContainText("Dismissed");
  await expect(notice).toContainText("Your note was not saved");
  await expect(item(stale, id).getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");
  await expect(item(stale, id).getByLabel("Review note")).toHaveValue(note);
  await expect(item(stale, id).getByRole("status")).toHaveCount(0);

  // The dismissal survived: a fresh look at the comparison shows it, without the note.
  await page.reload();
  await showEveryItem(page);
  await expect(item(page, id).getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");
  await expect(item(page, id).getByRole("button", { name: "Add note" })).toBeVisible();

  // Saving over theirs is a deliberate choice: the note is added to their dismissal.
  await notice.getByRole("button", { name: "Save mine over theirs" }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await showEveryItem(page);
  await expect(item(page, id).getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");
  await expect(item(page, id).getByLabel("Review note")).toHaveValue(note);

  // The demo comparison as the other tests know it: the review cleared.
  await item(page, id).getByRole("combobox", { name: "Review" }).selectOption("none");
  await expect(item(page, id).getByRole("status")).toHaveText("Saved");
});
