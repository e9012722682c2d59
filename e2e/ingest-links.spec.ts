import { expect, test } from "@playwright/test";
import { startFixtureServer } from "./fixture-server";
import { HomePage } from "./pages/home-page";
import { ArticlePage } from "./pages/article-page";

test("pasting four links (one broken, one given twice) stores two articles, explains the failure and the repeat, and logs each article added", async ({ page }) => {
  const site = await startFixtureServer();
  try {
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill(
      [
        `Wire: ${site.origin}/news/japan-us-talks`,
        `${site.origin}/press/readout-motegi`,
        `${site.origin}/news/removed-story`,
        `${site.origin}/news/japan-us-talks#comments`,
      ].join("\n"),
    );
    await page.getByRole("button", { name: "Fetch articles" }).click();
    const progress = page.getByRole("list", { name: "Import progress" });
    // Every link pasted has its row: the repeat is told, not dropped.
    await expect(progress.getByRole("listitem")).toHaveCount(4);
    const repeated = progress.getByRole("listitem").last();
    await expect(repeated).toContainText("Already in this batch");
    await expect(repeated).toContainText("Duplicate of line 1");
    await expect(progress.getByRole("listitem").filter({ hasText: "Added" })).toHaveCount(2, { timeout: 30_000 });
    // Once its first line's article is in, the repeated row opens it too.
    await expect(repeated.getByRole("link", { name: "Open" })).toHaveAttribute("href", await progress.getByRole("listitem").first().getByRole("link", { name: "Open" }).getAttribute("href") ?? "");
    const failed = progress.getByRole("listitem").filter({ hasText: "Failed" });
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText("removed-story");
    await expect(failed).toContainText("404");
    await expect(failed.getByRole("button", { name: "Retry" })).toBeVisible();

    // The extracted article is clean: no menus, cookie banner, share bar or related stories.
    await progress.getByRole("listitem").filter({ hasText: "japan-us-talks" }).first().getByRole("link", { name: "Open" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Japan, U.S. agree to oppose unilateral change to status quo");
    await expect(page.getByText("agreed Monday in London")).toBeVisible();
    await expect(page.getByText("Caption")).toBeVisible();
    await expect(page.getByText("We use cookies")).toHaveCount(0);
    await expect(page.getByText("Typhoon nears Okinawa")).toHaveCount(0);
    await expect(page.getByText("Share on Facebook")).toHaveCount(0);

    // The log names each article the links added, not just how many links were sent.
    await page.goto("/activity");
    const log = page.getByRole("list", { name: "Activity, newest first" });
    await expect(log.getByRole("listitem").filter({ hasText: "sent 3 links to be fetched (and 1 given twice, fetched once)" }).first()).toBeVisible();
    const added = log.getByRole("listitem").filter({ hasText: "added the article “Japan, U.S. agree to oppose unilateral change to status quo”" }).filter({ hasText: "from a link" }).first();
    await expect(added).toBeVisible();
    await expect(added.getByRole("link", { name: "open the article" })).toHaveAttribute("href", /^\/articles\//);
  } finally {
    await site.close();
  }
});

test("a wire story and a press release are stored under the kind their pages show, without their metadata lines as text", async ({ page }) => {
  const site = await startFixtureServer();
  try {
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill([`${site.origin}/markets/port-strike`, `${site.origin}/news/lower-anne-defences`].join("\n"));
    await page.getByRole("button", { name: "Fetch articles" }).click();
    const progress = page.getByRole("list", { name: "Import progress" });
    await expect(progress.getByRole("listitem").filter({ hasText: "Added" })).toHaveCount(2, { timeout: 30_000 });

    const openLink = (slug: string) => progress.getByRole("listitem").filter({ hasText: slug }).getByRole("link", { name: "Open" });
    // Each row's link names its article's address: a screen reader's list of links is not "Open, Open".
    await expect(openLink("port-strike")).toHaveAccessibleName(`Open the article from ${site.origin}/markets/port-strike`);
    await expect(openLink("lower-anne-defences")).toHaveAccessibleName(`Open the article from ${site.origin}/news/lower-anne-defences`);
    const releaseHref = await openLink("lower-anne-defences").getAttribute("href");
    await openLink("port-strike").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Port strike halts grain exports from Varenna for a second day");
    await expect(page.getByLabel("Kind of outlet for Tidewater Press")).toHaveValue("wire");
    await expect(page.getByText("Updated 2 hours ago")).toHaveCount(0);
    await expect(page.getByText("Credits", { exact: true })).toBeVisible();
    await expect(page.getByText("Caption", { exact: true })).toHaveCount(0);

    await page.goto(releaseHref!);
    await expect(page.getByLabel("Kind of outlet for Department for Environment and Water")).toHaveValue("government");
    await expect(page.getByText("Construction will start in September")).toBeVisible();
    for (const metadata of ["Media enquiries", "Notes to editors", "ENDS"]) await expect(page.getByText(metadata, { exact: false })).toHaveCount(0);
  } finally {
    await site.close();
  }
});

test("a link that leads to a sign-in page fails with the reason and no Retry; the real article beside it is added", async ({ page }) => {
  const site = await startFixtureServer();
  try {
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill([`${site.origin}/news/harbour-fees-rise`, `${site.origin}/news/bank-app-outage`].join("\n"));
    await page.getByRole("button", { name: "Fetch articles" }).click();
    const progress = page.getByRole("list", { name: "Import progress" });
    await expect(progress.getByRole("listitem").filter({ hasText: "Added" })).toHaveCount(1, { timeout: 30_000 });
    const failed = progress.getByRole("listitem").filter({ hasText: "Failed" });
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText("harbour-fees-rise");
    await expect(failed).toContainText("the link leads to a sign-in or subscription page");
    await expect(failed).toContainText("paste its text instead");
    await expect(failed.getByRole("button", { name: "Retry" })).toHaveCount(0);
    await expect(progress.getByRole("listitem").filter({ hasText: "Added" })).toContainText("bank-app-outage");
  } finally {
    await site.close();
  }
});

test("pasting the same link again reports it as already stored", async ({ page }) => {
  const site = await startFixtureServer();
  try {
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill(`${site.origin}/press/readout-motegi`);
    await page.getByRole("button", { name: "Fetch articles" }).click();
    const progress = page.getByRole("list", { name: "Import progress" });
    await expect(progress.getByRole("listitem").filter({ hasText: /Added|Already stored/ })).toHaveCount(1, { timeout: 30_000 });
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill(`${site.origin}/press/readout-motegi`);
    await page.getByRole("button", { name: "Fetch articles" }).click();
    await expect(page.getByRole("list", { name: "Import progress" }).getByRole("listitem").filter({ hasText: "Already stored" })).toHaveCount(1, { timeout: 30_000 });
  } finally {
    await site.close();
  }
});

test("text without any link gets a clear message", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("textbox", { name: /^Links/ }).fill("see the ministry website for details");
  await page.getByRole("button", { name: "Fetch articles" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "http" })).toBeVisible();
});

test("a story title typed and never chosen stops the import with a clear message, and the links stay in the box", async ({ page }) => {
  await page.goto("/");
  const links = page.getByRole("textbox", { name: /^Links/ });
  await links.fill("https://news.example/a-story-that-is-never-fetched");
  const storyBox = page.getByRole("combobox", { name: /file every article of this batch/ });
  await storyBox.fill(`No such story ${Date.now()}`);
  await expect(page.getByText("No story has these words in its title")).toBeVisible();
  await page.getByRole("button", { name: "Fetch articles" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "is not a chosen story" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Import progress" })).toHaveCount(0);
  await expect(links).toHaveValue("https://news.example/a-story-that-is-never-fetched");
});

test("links pasted on a story's page are fetched and filed under that story", async ({ page }) => {
  const site = await startFixtureServer();
  try {
    // A story with one article, made as an analyst makes one.
    const home = new HomePage(page);
    await home.open();
    const title = `Harbour repairs ${Date.now()}`;
    await home.addArticle({
      title: "Outer harbour wall reopens after storm",
      outlet: "Coastal Ledger",
      text: "The outer wall of the northern harbour reopened to fishing boats in March, six weeks after a winter storm tore part of it away. A second phase of repairs will follow on the inner quay.",
    });
    await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
    const articlePage = new ArticlePage(page);
    await articlePage.fileUnderNewStory(title);
    await articlePage.openStory(title);

    const box = page.getByRole("region", { name: "Add articles to this story" });
    await box.getByRole("textbox", { name: /^Links/ }).fill(`${site.origin}/world/inner-quay-works`);
    await box.getByRole("button", { name: "Fetch articles" }).click();
    const row = box.getByRole("list", { name: "Import progress" }).getByRole("listitem");
    await expect(row.filter({ hasText: "Added" })).toHaveCount(1, { timeout: 30_000 });
    await expect(row).toContainText(`in ${title}`);
    // The page refreshes when the batch is done: the story now lists the fetched article beside the first.
    const articles = page.getByRole("region", { name: "Articles" });
    await expect(articles.getByRole("link", { name: "Inner quay to close for eight weeks of repairs" })).toBeVisible({ timeout: 15_000 });
    await expect(articles.getByRole("link", { name: "Outer harbour wall reopens after storm" })).toBeVisible();
    await expect(page.getByText("2 articles from 2 outlets")).toBeVisible();

    // Pasted again on the home page, the link is already stored, and its row says in which story.
    await home.open();
    await page.getByRole("textbox", { name: /^Links/ }).fill(`${site.origin}/world/inner-quay-works`);
    await page.getByRole("button", { name: "Fetch articles" }).click();
    const again = page.getByRole("list", { name: "Import progress" }).getByRole("listitem");
    await expect(again.filter({ hasText: "Already stored" })).toHaveCount(1, { timeout: 30_000 });
    await expect(again.getByRole("link", { name: title })).toBeVisible();
  } finally {
    await site.close();
  }
});
