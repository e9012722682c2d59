import { expect, test } from "@playwright/test";
import { INQUIRY_BRIEF } from "./fixtures/harbour-inquiry";
import { openInquiryStory } from "./inquiry-story";
import { ArticlePage } from "./pages/article-page";
import { HomePage } from "./pages/home-page";

// A story review's key names the reports that leave its finding out, so it
// moves when a report joins; the move waits for the story's next view or its
// background job (due 10 s after the join). An Activity entry's link opened
// in between must still land on the finding, not on the key it had.

test("an Activity entry's link opens the reviewed item right after a report joins the story, before the story is viewed", async ({ page }) => {
  test.setTimeout(150_000);
  const { title, stamp } = await openInquiryStory(page);

  // The top item (a witness the brief leaves out) is confirmed; its key names the brief.
  const flags = page.getByRole("list", { name: "Story flags" });
  const top = flags.locator(":scope > li").first();
  await expect(top).toContainText(/absent from Coast Brief/);
  // What it is about, as the item quotes it (its number may change when the report joins).
  const itemTitle = /“[^”]+”/.exec(await top.innerText())![0];
  const keyBefore = (await top.getAttribute("data-item"))!;
  await top.getByRole("combobox", { name: /^Review item 1: / }).selectOption("confirmed");
  await expect(top.getByRole("status")).toHaveText("Saved");

  // Another brief joins from its own page (the story is not opened): the brief's first witness, and a line of its own.
  // It leaves the item out too, so the item's key now names both briefs.
  const home = new HomePage(page);
  await home.open();
  await home.addArticle({
    title: `Inquiry opens with the harbourmaster ${stamp}`,
    outlet: `Estuary Notes ${stamp}`,
    text: `${INQUIRY_BRIEF.split("\n\n")[0]}\n\nThe inquiry's chair, Judge Imelda Crowthorne, said the hearings would resume on 3 March with evidence from the port's insurers.`,
  });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  await new ArticlePage(page).fileUnderStory(title);

  // At once, from the log: the entry's link opens the story at the finding under its new key.
  await page.goto("/activity?what=reviews");
  const entry = page.getByRole("list", { name: "Activity, newest first" }).getByRole("listitem").first();
  await expect(entry).toContainText("e2e-editor confirmed item 1, ");
  await expect(entry).toContainText(`in the story “${title}”`);
  await entry.getByRole("link", { name: "open the item" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const keyAfter = decodeURIComponent(new URL(page.url()).hash.replace(/^#item:/, ""));
  expect(keyAfter).not.toBe(keyBefore);
  const opened = flags.locator(`li[data-item="${keyAfter}"]`);
  await expect(opened).toContainText(itemTitle);
  await expect(opened).toContainText(/absent from Coast Brief.*Estuary Notes|absent from Estuary Notes.*Coast Brief/);
  await expect(opened.getByRole("combobox", { name: /^Review item \d+: / })).toHaveValue("confirmed");
  await expect(opened).toBeInViewport();
});
