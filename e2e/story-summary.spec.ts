import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { accounts, EDITOR_STATE } from "./accounts";
import { HomePage } from "./pages/home-page";
import { openStoryOfItsOwn } from "./story-of-its-own";

test("an analyst's summary heads the story and its report, and a second editor's save never overwrites it unseen", async ({ page, browser }) => {
  const home = new HomePage(page);
  const stamp = Date.now();
  const title = `Pier strike ${stamp}`;
  await openStoryOfItsOwn(page, {
    title,
    article: { title: "Pier crews end strike", outlet: "Harbour Post", text: `Crews at the north pier ended a four-day strike on Thursday (${stamp}) after the port authority agreed a 6 percent pay rise, a union spokesman said.` },
  });
  const storyUrl = page.url();

  // Written as text: markup typed into it is shown, never run.
  await page.getByRole("button", { name: "Write the analyst's summary" }).click();
  await page.getByRole("textbox", { name: "Analyst's summary" }).fill("Only the Post gives the pay rise.\n\nNo outlet quotes the port authority. <img src=x onerror=alert(1)>");
  await page.getByRole("button", { name: "Save summary" }).click();
  const summary = page.getByRole("region", { name: "Analyst's summary" });
  await expect(summary).toContainText("Only the Post gives the pay rise.");
  await expect(summary).toContainText("<img src=x onerror=alert(1)>");
  await expect(summary).toContainText(`Saved by ${accounts.editor.username}`);
  await expect(page.locator("img[src=x]")).toHaveCount(0);

  // Two editors open the summary at the same version (a second tab with the same account here).
  const other = await browser.newContext({ storageState: EDITOR_STATE });
  try {
    const second = await other.newPage();
    await second.goto(storyUrl);
    await second.getByRole("button", { name: "Edit summary" }).click();
    await second.getByRole("textbox", { name: "Analyst's summary" }).fill("Their version: the Post alone has the figure.");

    await page.getByRole("button", { name: "Edit summary" }).click();
    await page.getByRole("textbox", { name: "Analyst's summary" }).fill("My version: only the Post gives the 6 percent rise.");
    await page.getByRole("button", { name: "Save summary" }).click();
    await expect(summary).toContainText("My version");

    // The later save is refused, shows what won, and keeps what was typed.
    await second.getByRole("button", { name: "Save summary" }).click();
    const clash = second.getByRole("alert").filter({ hasText: "Someone saved the summary while you were writing" });
    await expect(clash).toContainText("My version: only the Post gives the 6 percent rise.");
    await expect(second.getByRole("textbox", { name: "Analyst's summary" })).toHaveValue("Their version: the Post alone has the figure.");
    await second.getByRole("button", { name: "Save mine over theirs" }).click();
    await expect(second.getByRole("region", { name: "Analyst's summary" })).toContainText("Their version");
  } finally {
    await other.close();
  }

  // The report leads with the summary that was saved last.
  await page.reload();
  await expect(summary).toContainText("Their version: the Post alone has the figure.");
  const pending = page.waitForEvent("download");
  await page.getByRole("navigation", { name: "Export story report" }).getByRole("link", { name: "Markdown", exact: true }).click();
  const md = await readFile(await (await pending).path(), "utf8");
  expect(md).toContain("## Analyst's summary");
  expect(md.indexOf("Their version: the Post alone has the figure.")).toBeLessThan(md.indexOf("## Articles"));

  // The home page's list shows it under the story: which stories have a conclusion, and what it is.
  await home.open();
  const listed = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(listed).toContainText("Summary: Their version: the Post alone has the figure.");
  // And where a search finds it among many.
  const search = page.getByRole("search", { name: "Stories" });
  await search.getByLabel(/Find a story/).fill(title);
  await search.getByRole("button", { name: "Find" }).click();
  const found = page.getByRole("region", { name: "Stories" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  await expect(found).toContainText("Summary: Their version: the Post alone has the figure.");
});

test("an editor who removes the summary can write a new one straight away, without a false conflict", async ({ page }) => {
  const stamp = Date.now();
  await openStoryOfItsOwn(page, {
    title: `Ferry timetable ${stamp}`,
    article: { title: "Ferries keep winter timetable", outlet: "Island Courier", text: `The island ferry will keep its winter timetable until May (${stamp}), the operator said on Monday, citing crew shortages on the northern route.` },
  });
  const box = page.getByRole("textbox", { name: "Analyst's summary" });
  const summary = page.getByRole("region", { name: "Analyst's summary" });

  await page.getByRole("button", { name: "Write the analyst's summary" }).click();
  await box.fill("First take: crews, not weather.");
  await page.getByRole("button", { name: "Save summary" }).click();
  await expect(summary).toContainText("First take: crews, not weather.");
  // Removed by emptying the box…
  await page.getByRole("button", { name: "Edit summary" }).click();
  await box.fill("");
  await page.getByRole("button", { name: "Save summary" }).click();
  await expect(page.getByRole("button", { name: "Write the analyst's summary" })).toBeVisible();
  // …and written again by the same editor: saved, nobody else is said to have changed it.
  await page.getByRole("button", { name: "Write the analyst's summary" }).click();
  await expect(box).toHaveValue("");
  await box.fill("Second take: the operator blames crew shortages.");
  await page.getByRole("button", { name: "Save summary" }).click();
  await expect(summary).toContainText("Second take: the operator blames crew shortages.");
  await expect(page.getByText("while you were writing")).toHaveCount(0);
});
