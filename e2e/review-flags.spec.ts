import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { accounts, signIn } from "./accounts";
import { ComparePage } from "./pages/compare-page";
import { HomePage } from "./pages/home-page";

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
    await expect(surprisingly).toContainText("Why:");
    await expect(surprisingly).toContainText("Republic World");
    await expect(surprisingly).not.toContainText(/\b(in|from) [AB]\b/);
    await expect(surprisingly).toContainText(/High|Medium|Low/);
    await expect(compare.missingFrom("ANI").getByRole("listitem").filter({ hasText: /names South Korea/ })).toHaveCount(1);

    await surprisingly.getByRole("button").first().click();
    const row = compare.rowWith("Surprisingly, in the US version");
    await expect(row).toBeFocused();
    await expect(row).toBeInViewport();
  });

  // South Korea, which ANI never names, sits in the item of the trilateral meeting's paragraphs.
  test("a review made in one order shows on the same item after Swap A and B", async ({ page }) => {
    const flags = new ComparePage(page).flags();
    const southKorea = () => flags.getByRole("listitem").filter({ hasText: /names South Korea/ });
    await southKorea().getByRole("combobox", { name: "Review" }).selectOption("needs-check");
    await expect(southKorea().getByRole("status")).toHaveText("Saved");

    await page.getByRole("link", { name: "Swap A and B" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Republic World vs ANI");
    await expect(new ComparePage(page).missingFrom("ANI").getByRole("listitem").filter({ hasText: /names South Korea/ })).toHaveCount(1);
    await expect(southKorea().getByRole("combobox", { name: "Review" })).toHaveValue("needs-check");

    // Cleared in the swapped order, it is cleared in the first order too.
    await southKorea().getByRole("combobox", { name: "Review" }).selectOption("none");
    await expect(southKorea().getByRole("status")).toHaveText("Saved");
    await page.getByRole("link", { name: "Swap A and B" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
    await expect(southKorea().getByRole("combobox", { name: "Review" })).toHaveValue("none");
  });

  test("a review is saved, survives a reload, and dismissed items can be hidden", async ({ page }) => {
    const flags = new ComparePage(page).flags();
    const southKorea = () => flags.getByRole("listitem").filter({ hasText: /names South Korea/ });
    const item = southKorea();
    const itemId = await item.getAttribute("data-item");
    await item.getByRole("button", { name: "Add note" }).click();
    await item.getByLabel("Review note").fill("South Korea joined only the later trilateral meeting");
    await item.getByLabel("Review note").blur();
    await expect(item.getByRole("status")).toHaveText("Saved");
    await item.getByRole("combobox", { name: "Review" }).selectOption("dismissed");
    // Just dismissed, it stays in view (folded) with its note and who dismissed it, until the page is reloaded.
    const dismissedHere = flags.locator(`li[data-item="${itemId}"]`);
    await expect(dismissedHere.getByRole("status")).toHaveText("Saved");
    await expect(dismissedHere).toContainText("Dismissed: it stays here until you reload the page");
    await expect(dismissedHere.getByLabel("Review note")).toHaveValue("South Korea joined only the later trilateral meeting");
    await expect(dismissedHere).toContainText("by e2e-editor ·");

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
    await expect(southKorea()).toHaveCount(0);
    await flags.getByLabel(/Hide dismissed/).uncheck();
    if ((await flags.getByRole("button", { name: /^Show all \d+ missing from ANI$/ }).count()) > 0) await flags.getByRole("button", { name: /^Show all \d+ missing from ANI$/ }).click();
    const back = southKorea();
    await expect(back.getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");
    await expect(back.getByLabel("Review note")).toHaveValue("South Korea joined only the later trilateral meeting");

    // Reviews appear in the report, and dismissed items are left out of it by default.
    const pending = page.waitForEvent("download");
    await page.getByRole("navigation", { name: "Export report" }).getByRole("link", { name: "Markdown", exact: true }).click();
    const md = await readFile(await (await pending).path(), "utf8");
    expect(md).not.toMatch(/Name “South Korea”/);
    expect(md).toContain("(1 dismissed item hidden)");

    // A link to an item the comparison does not have says so.
    const comparison = page.url().split("#")[0]!;
    await page.goto(`${comparison}#item:passage%3Ab%3Anot-an-item`);
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "The linked item is not among this comparison's items" })).toBeVisible();
    // A link to the dismissed item still opens it: the link asked for it.
    await page.goto(`${comparison}#item:${encodeURIComponent(itemId!)}`);
    await page.reload();
    await expect(flags.getByLabel(/Hide dismissed/)).not.toBeChecked();
    await expect(flags.locator(`li[data-item="${itemId}"]`).getByRole("button").first()).toHaveAttribute("aria-pressed", "true");

    await back.getByRole("combobox", { name: "Review" }).selectOption("none");
    await expect(back.getByRole("status")).toHaveText("Saved");
  });

  test("a dismissed item stays in view to say why, Undo puts back what it replaced, and every step is in the Activity log with a link to the item", async ({ page }) => {
    const flags = new ComparePage(page).flags();
    const first = flags.getByRole("listitem").first();
    const id = (await first.getAttribute("data-item"))!;
    const item = flags.locator(`li[data-item="${id}"]`);
    const number = (await item.locator("span.tabular-nums").first().innerText()).replace(/\D/g, "");
    const review = item.getByRole("combobox", { name: "Review" });

    await review.selectOption("dismissed");
    await expect(item.getByRole("status")).toHaveText("Saved");
    // Kept in view, folded: the select keeps focus, the note field is open to say why, Undo is offered.
    await expect(item).toContainText("Dismissed: it stays here until you reload the page or change Hide dismissed.");
    await expect(review).toBeFocused();
    const note = item.getByLabel("Review note");
    await expect(note).toHaveAttribute("placeholder", /Why dismissed/);
    await note.fill("Same fact, other words");
    await note.press("Enter");
    await expect(item.getByRole("status")).toHaveText("Saved");
    await expect(item).toHaveCount(1);
    // Who dismissed it and when, the full time in the tooltip.
    await expect(item).toContainText(/by e2e-editor · \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d/);
    await expect(item.locator("time")).toHaveAttribute("title", /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC$/);

    await item.getByRole("button", { name: "Undo dismissal" }).click();
    await expect(review).toHaveValue("none");
    await expect(item.getByRole("status")).toHaveText("Saved");
    await expect(review).toBeFocused();
    await expect(item).not.toContainText("Dismissed: it stays here");
    await expect(item.getByRole("button", { name: "Undo dismissal" })).toHaveCount(0);

    // Dismissed again, it goes when Hide dismissed is changed, as after a reload.
    await review.selectOption("dismissed");
    await expect(item.getByRole("status")).toHaveText("Saved");
    await flags.getByLabel(/Hide dismissed/).uncheck();
    await expect(item).not.toContainText("Dismissed: it stays here");
    await flags.getByLabel(/Hide dismissed/).check();
    await expect(item).toHaveCount(0);

    // The log says who did what to which item, newest first, kept to reviews by its What filter.
    await page.goto("/activity");
    await page.getByLabel("Who").selectOption("e2e-editor");
    await page.getByLabel("What").selectOption("reviews");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/who=e2e-editor&what=reviews/);
    const log = page.getByRole("list", { name: "Activity, newest first" }).getByRole("listitem");
    const about = `item ${number}, `;
    await expect(log.nth(0)).toContainText(`e2e-editor dismissed ${about}`);
    await expect(log.nth(0)).toContainText("in the comparison of ANI with Republic World");
    await expect(log.nth(1)).toContainText(`e2e-editor cleared the review of ${about}`);
    await expect(log.nth(1)).toContainText("(it was Dismissed)");
    await expect(log.nth(2)).toContainText(`e2e-editor added a note to ${about}`);
    await expect(log.nth(2)).toContainText("“Same fact, other words”");
    await expect(log.nth(3)).toContainText(`e2e-editor dismissed ${about}`);
    // Its link opens the comparison at the item, shown although dismissed.
    await log.nth(0).getByRole("link", { name: "open the item" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
    const opened = new ComparePage(page).flags().locator(`li[data-item="${id}"]`);
    await expect(opened.getByRole("button").first()).toHaveAttribute("aria-pressed", "true");
    await expect(opened.getByRole("combobox", { name: "Review" })).toHaveValue("dismissed");

    await opened.getByRole("combobox", { name: "Review" }).selectOption("none");
    await expect(opened.getByRole("status")).toHaveText("Saved");
  });

  test("a viewer reads who reviewed an item and when", async ({ page, browser }) => {
    const flags = new ComparePage(page).flags();
    const first = flags.getByRole("listitem").first();
    const id = (await first.getAttribute("data-item"))!;
    await first.getByRole("combobox", { name: "Review" }).selectOption("confirmed");
    await expect(first.getByRole("status")).toHaveText("Saved");

    const viewerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const viewer = await viewerContext.newPage();
      await signIn(viewer, accounts.viewer);
      await viewer.goto(page.url());
      const seen = new ComparePage(viewer).flags().locator(`li[data-item="${id}"]`);
      await expect(seen).toContainText(/Review: Confirmed by e2e-editor · \d{1,2} [A-Z][a-z]{2}, \d\d:\d\d/);
      await expect(seen.locator("time")).toHaveAttribute("title", /UTC$/);
    } finally {
      await viewerContext.close();
    }
    await flags.locator(`li[data-item="${id}"]`).getByRole("combobox", { name: "Review" }).selectOption("none");
    await expect(flags.locator(`li[data-item="${id}"]`).getByRole("status")).toHaveText("Saved");
  });

  test("a note is saved by Enter, is there after a reload, and a reload with a note not yet saved asks first", async ({ page }) => {
    const flags = new ComparePage(page).flags();
    const southKorea = () => flags.getByRole("listitem").filter({ hasText: /names South Korea/ });
    await southKorea().getByRole("button", { name: "Add note" }).click();
    const field = southKorea().getByLabel("Review note");
    await field.pressSequentially("Seoul joined the later meeting");
    // Typed and not saved: the page says so with a button to save it.
    await expect(southKorea().getByRole("button", { name: "Save note" })).toBeVisible();
    await field.press("Enter");
    await expect(southKorea().getByRole("status")).toHaveText("Saved");
    await expect(southKorea().getByRole("button", { name: "Save note" })).toHaveCount(0);
    // Saved by Enter itself, not by the field losing focus.
    await expect(field).toBeFocused();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
    await expect(southKorea().getByLabel("Review note")).toHaveValue("Seoul joined the later meeting");

    // More typed and the page reloaded before saving: the browser asks before the note is lost.
    await southKorea().getByLabel("Review note").pressSequentially(" only");
    const asked = page.waitForEvent("dialog");
    const reload = page.reload();
    const dialog = await asked;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.accept();
    await reload;

    await southKorea().getByRole("combobox", { name: "Review" }).selectOption("none");
    await expect(southKorea().getByRole("status")).toHaveText("Saved");
  });

  test("the panel counts the items reviewed and, on request, lists only those still to review", async ({ page }) => {
    const flags = new ComparePage(page).flags();
    const progress = flags.getByText(/^Reviewed \d+ of \d+$/);
    const [before, total] = ((await progress.innerText()).match(/\d+/g) ?? []).map(Number) as [number, number];
    const item = (id: string | null) => flags.locator(`li[data-item="${id}"]`);
    const first = flags.getByRole("listitem").first();
    const firstId = await first.getAttribute("data-item");
    await first.getByRole("combobox", { name: "Review" }).selectOption("confirmed");
    await expect(first.getByRole("status")).toHaveText("Saved");
    await expect(progress).toHaveText(`Reviewed ${before + 1} of ${total}`);

    const toReview = flags.getByLabel("Only items to review");
    await toReview.check();
    await expect(item(firstId)).toHaveCount(0);
    // An item reviewed from the list stays in it (its note may come next) until the box is ticked again.
    const next = flags.getByRole("listitem").first();
    const nextId = await next.getAttribute("data-item");
    await next.getByRole("combobox", { name: "Review" }).selectOption("needs-check");
    await expect(next.getByRole("status")).toHaveText("Saved");
    await expect(item(nextId)).toHaveCount(1);
    await toReview.uncheck();
    await toReview.check();
    await expect(item(nextId)).toHaveCount(0);

    // The demo comparison as the other tests know it: both reviews cleared.
    await toReview.uncheck();
    for (const id of [firstId, nextId]) {
      await item(id).getByRole("combobox", { name: "Review" }).selectOption("none");
      await expect(item(id).getByRole("status")).toHaveText("Saved");
    }
    await expect(progress).toHaveText(`Reviewed ${before} of ${total}`);
  });
});

test("a side with more than ten items leads with its top ten, Show all is one click away, and a copied link opens an item below the ten", async ({ page, context }) => {
  const home = new HomePage(page);
  const shared = [
    "The harbour board met on Tuesday to set the fees for the coming year, its chair said after the meeting.",
    "Fees for container berths will rise by four percent from March, the board decided.",
  ];
  const places = ["Aberdeen", "Bilbao", "Cadiz", "Danzig", "Esbjerg", "Faro", "Gdynia", "Hamburg", "Istanbul", "Jeddah", "Kiel", "Lisbon", "Marseille", "Naples"];
  // A different director in each paragraph: fourteen separate omissions (one person speaking in adjacent paragraphs would be one).
  const directors = ["Anna Berg", "Bruno Costa", "Carla Diaz", "Dirk Eriksen", "Elena Fabbri", "Frans Gil", "Greta Holm", "Hugo Ibarra", "Ines Jansen", "Jonas Krol", "Karin Lund", "Lars Moreau", "Marta Nowak", "Nils Ortega"];
  const extra = places.map((p, i) => `The board also heard from ${p} Port Authority, whose director ${directors[i]} asked for a ${i + 2} percent rebate for ferry lines.`);
  const stamp = Date.now();
  await home.open();
  await home.addArticle({ title: "Harbour fees rise, rebates debated", outlet: `Port Ledger ${stamp}`, text: [...shared, ...extra].join("\n\n") });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const longId = page.url().match(/articles\/([^?]+)/)?.[1];
  await home.open();
  await home.addArticle({ title: "Harbour fees to rise", outlet: `Dock Weekly ${stamp}`, text: shared.join("\n\n") });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const shortId = page.url().match(/articles\/([^?]+)/)?.[1];

  await page.goto(`/compare/${longId}/${shortId}`);
  const missing = new ComparePage(page).missingFrom(`Dock Weekly ${stamp}`);
  await expect(missing.getByRole("listitem")).toHaveCount(10);
  const showAll = missing.getByRole("button", { name: /^Show all \d+ missing from/ });
  const total = Number((await showAll.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(10);
  await showAll.click();
  await expect(missing.getByRole("listitem")).toHaveCount(total);
  await missing.getByRole("button", { name: /^Show the top 10 only$/ }).click();
  await expect(missing.getByRole("listitem")).toHaveCount(10);

  // The last item's link, sent to a colleague, opens it selected, the list unfolded down to it.
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await showAll.click();
  const last = missing.getByRole("listitem").last();
  const lastId = await last.getAttribute("data-item");
  expect(lastId).toBeTruthy();
  await last.getByRole("button", { name: "Copy link" }).click();
  await expect(last.getByRole("button", { name: "Link copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`/compare/${longId}/${shortId}#item:`));
  const colleague = await context.newPage();
  await colleague.goto(link);
  const opened = new ComparePage(colleague).missingFrom(`Dock Weekly ${stamp}`);
  await expect(opened.getByRole("listitem")).toHaveCount(total);
  const selected = opened.getByRole("listitem").filter({ has: colleague.getByRole("button", { pressed: true }) });
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute("data-item", lastId!);
  await expect(selected).toBeInViewport();
});
