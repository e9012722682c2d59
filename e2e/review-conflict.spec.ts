import { expect, test, type Page } from "@playwright/test";
import { ArticlePage } from "./pages/article-page";
import { ComparePage } from "./pages/compare-page";
import { HomePage } from "./pages/home-page";
import { openStoryOfItsOwn } from "./story-of-its-own";

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
  await expect(item(page, id).getByRole("status")).toHaveText("Saved");

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

/** Three reports of one harbour's reopening; the third names neither the harbourmaster nor Hammerfest, which the story flags. */
function harbourReports(stamp: number) {
  return [
    {
      title: "Harbour in Tromsø reopens after storm repairs",
      outlet: `Arctic Ledger ${stamp}`,
      text: `The harbour in Tromsø reopened on Tuesday after three weeks of repairs to the storm-damaged quay, the port authority said.\n\nHarbourmaster Ingrid Solberg said the new breakwater would protect the fishing fleet through the winter. The repairs cost 40 million kroner, paid by the state.\n\nFishermen had landed their catch in Hammerfest while the quay was closed, adding a day to each trip. Ledger report ${stamp}.`,
    },
    {
      title: "Fishing fleet returns as Tromsø quay opens again",
      outlet: `Fjord Courier ${stamp}`,
      text: `Trawlers were back at the quay in Tromsø on Tuesday when the port opened again after a storm last month tore away part of the pier.\n\n"The breakwater is stronger than before," Ingrid Solberg, the harbourmaster, told reporters. Boats had been sent to Hammerfest during the works.\n\nLocal crews welcomed the reopening, which came a week earlier than planned. Courier report ${stamp}.`,
    },
    {
      title: "Port of Tromsø open for business",
      outlet: `Council Bulletin ${stamp}`,
      text: `Ships can use the port of Tromsø again from Tuesday, following repairs that took three weeks, according to a statement from the town council.\n\nThe council said the works were finished ahead of schedule and under budget. Ferry services to the islands will resume on Wednesday. Bulletin ${stamp}.`,
    },
  ];
}

test("on a story's flags too, a tab loaded before another editor's dismissal does not undo it with a note", async ({ page, context }) => {
  const stamp = Date.now();
  const story = `Tromsø harbour ${stamp}`;
  const [first, ...others] = harbourReports(stamp);
  await openStoryOfItsOwn(page, { title: story, article: first! });
  for (const report of others) {
    await new HomePage(page).open();
    await new HomePage(page).addArticle(report);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(report.title);
    await new ArticlePage(page).fileUnderStory(story);
  }
  await new ArticlePage(page).openStory(story);
  const flag = (tab: Page) => tab.getByRole("list", { name: "Story flags" }).getByRole("listitem").filter({ hasText: /“Ingrid Solberg” mentioned by 2 of 3 sources/ });
  await expect(flag(page)).toHaveCount(1);

  // The second tab, opened now and not reloaded after the first tab's change.
  const stale = await context.newPage();
  await stale.goto(page.url());
  await expect(flag(stale).getByRole("combobox", { name: "Review" })).toHaveValue("none");

  await flag(page).getByRole("combobox", { name: "Review" }).selectOption("dismissed");
  await expect(flag(page).getByRole("status")).toHaveText("Saved");

  const note = "Ask the Courier for the council's figures";
  await flag(stale).getByRole("button", { name: "Add note" }).click();
  await flag(stale).getByLabel("Review note").fill(note);
  await flag(stale).getByLabel("Review note").blur();

  // The stale tab is told who changed what, shows their review, and still holds the note typed.
  const notice = flag(stale).getByRole("alert");
  await expect(notice).toContainText("e2e-editor changed this review");
  await expect(notice).toContainText("Dismissed");
  await expect(notice).toContainText("Your note was not saved");
  await expect(flag(stale).getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");
  await expect(flag(stale).getByLabel("Review note")).toHaveValue(note);

  // The dismissal survived, without the note.
  await page.reload();
  await page.getByLabel(/Hide dismissed/).uncheck();
  await expect(flag(page).getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");
  await expect(flag(page).getByRole("button", { name: "Add note" })).toBeVisible();

  // Saving over theirs is a deliberate choice: the note is added to their dismissal.
  await notice.getByRole("button", { name: "Save mine over theirs" }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await page.getByLabel(/Hide dismissed/).uncheck();
  await expect(flag(page).getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");
  await expect(flag(page).getByLabel("Review note")).toHaveValue(note);
});
