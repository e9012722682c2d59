import { expect, test } from "@playwright/test";
import { startFixtureServer } from "./fixture-server";

test("a readout that never mentions China stands out once it joins the story", async ({ page, context }) => {
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
    const flags = page.getByRole("list", { name: "Story flags" });
    const china = flags.getByRole("listitem").filter({ hasText: /“China” mentioned by 2 of 3 sources; absent from Department Press Office/ });
    await expect(china).toBeVisible();
    await expect(china).toContainText(/High|Medium|Low/);

    // Gaps come first in the matrix, in a strong colour; presence is quiet.
    const matrix = page.getByRole("table", { name: /Coverage matrix/ });
    const firstRow = matrix.getByRole("row").nth(1);
    await expect(firstRow.getByRole("button", { name: /: absent$/ }).first()).toBeVisible();
    const chinaRow = matrix.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^name\s*China$/ }) });
    await expect(chinaRow.getByRole("button", { name: /absent$/ })).toHaveCount(1);

    // A cell opens the sentences behind it.
    await chinaRow.getByRole("button", { name: /^China in ANI: \d+ mentions?$/ }).click();
    const evidence = page.getByRole("region", { name: /Sentences behind “China”/ });
    await expect(evidence).toContainText("Department Press Office: absent");
    await expect(evidence.getByRole("listitem").filter({ hasText: /^ANI:/ })).toContainText("China");

    // So does a story flag.
    await chinaRow.getByRole("button", { name: /absent$/ }).click();
    await china.getByRole("button", { name: "Show the sentences" }).click();
    await expect(page.getByRole("region", { name: /Sentences behind “China”/ })).toBeVisible();

    // Reviewing a flag is counted, and the count holds after a reload.
    const progress = page.getByText(/^Reviewed \d+ of \d+$/);
    const before = Number((await progress.innerText()).match(/\d+/)?.[0]);
    // A second tab of the story, opened before the review and not reloaded.
    const stale = await context.newPage();
    await stale.goto(page.url());
    const staleChina = stale.getByRole("list", { name: "Story flags" }).getByRole("listitem").filter({ hasText: /“China” mentioned by 2 of 3 sources/ });
    await expect(staleChina.getByRole("combobox", { name: "Review" })).toHaveValue("none");
    await china.getByRole("combobox", { name: "Review" }).selectOption("confirmed");
    await expect(china.getByRole("status")).toHaveText("Saved");
    // Its change does not undo the confirmation: it is told, shows it, and may keep it.
    await staleChina.getByRole("combobox", { name: "Review" }).selectOption("needs-check");
    const notice = staleChina.getByRole("alert");
    await expect(notice).toContainText("changed this review");
    await expect(notice).toContainText("Confirmed");
    await expect(staleChina.getByRole("combobox", { name: "Review" })).toHaveValue("confirmed");
    await notice.getByRole("button", { name: "Keep theirs" }).click();
    await expect(notice).toHaveCount(0);
    await stale.close();
    await expect(progress).toHaveText(new RegExp(`^Reviewed ${before + 1} of`));
    await page.reload();
    await expect(progress).toHaveText(new RegExp(`^Reviewed ${before + 1} of`));
    // Who confirmed it, and when, stand beside the review.
    await expect(china).toContainText(/by e2e-editor · \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d/);

    // Dismissed, it stays in view (folded) with its note field open to say why, until the page is reloaded.
    await china.getByRole("combobox", { name: "Review" }).selectOption("dismissed");
    await expect(china.getByRole("status")).toHaveText("Saved");
    await expect(china).toContainText("Dismissed: it stays here until you reload the page");
    await china.getByLabel("Review note").fill("The readout covers the Quad, not China");
    await china.getByLabel("Review note").press("Enter");
    await expect(china.getByRole("status")).toHaveText("Saved");
    await page.reload();
    await expect(china).toHaveCount(0);

    // The Activity log names the story and the item; its link opens the story at it, shown although dismissed.
    await page.goto("/activity?what=reviews");
    const entry = page.getByRole("list", { name: "Activity, newest first" }).getByRole("listitem").first();
    await expect(entry).toContainText(/e2e-editor added a note to item \d+, “.*China.*”, in the story “Blinken–Motegi talks in London, May 2021”: “The readout covers the Quad, not China”/);
    await entry.getByRole("link", { name: "open the item" }).click();
    await expect(page.getByRole("heading", { name: "Left out across the story" })).toBeVisible();
    await expect(page.getByLabel(/Hide dismissed/)).not.toBeChecked();
    await expect(china.getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");
    await expect(china).toBeInViewport();
    await expect(page.getByRole("region", { name: /Sentences behind “China”/ })).toBeVisible();

    await china.getByRole("combobox", { name: "Review" }).selectOption("none");
    await expect(china.getByRole("status")).toHaveText("Saved");
  } finally {
    await site.close();
  }
});
