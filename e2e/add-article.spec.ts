import { expect, test } from "@playwright/test";
import { accounts } from "./accounts";
import { HomePage } from "./pages/home-page";
import { ArticlePage } from "./pages/article-page";

test("an analyst adds an article by pasting page text and reads it clean", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const unique = `Kyodo ${Date.now()}`;
  await home.addArticle({
    title: "Motegi, Blinken meet in London",
    outlet: unique,
    date: "2021-05-04",
    text: [
      "Home",
      "World",
      "Open in App",
      "Motegi, Blinken Meet In London.",
      "Japanese Foreign Minister Toshimitsu Motegi and US Secretary of State Antony Blinken met in London on Monday.",
      "They agreed to oppose unilateral attempts to change the status quo in the East China Sea.",
      "Tags: Japan US China",
      "Related Stories",
      "Sports: Local team wins the cup",
    ].join("\n\n"),
  });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Motegi, Blinken meet in London");
  await expect(page.getByText("met in London on Monday.")).toBeVisible();
  await expect(page.getByText("Open in App")).toHaveCount(0);
  await expect(page.getByText("Local team wins the cup")).toHaveCount(0);
  // The pasted headline repeats the typed title: it is the title, not the article's first passage as well.
  await expect(page.locator("article").getByText(/^Motegi, Blinken meet in London\.?$/i)).toHaveCount(1);
});

test("a pasted press release shows its 'About' section and safe-harbor statement set apart as the issuer's boilerplate", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await home.addArticle({
    title: "Acme Pharmacy to open 40 walk-in clinics in rural Ohio",
    outlet: `Acme Pharmacy ${Date.now()}`,
    text: [
      "COLUMBUS, Ohio, March 3, 2027 -- Acme Pharmacy Holdings, Inc. today announced plans to open 40 walk-in clinics in rural Ohio counties over the next two years.",
      "The clinics will offer vaccinations, screenings and treatment for minor illnesses, and will accept Medicaid, the company said.",
      "About Acme Pharmacy",
      "Acme Pharmacy Holdings, Inc. is a leading community pharmacy chain with more than 1,200 stores in 14 states, headquartered in Columbus, Ohio.",
      "Forward-Looking Statements",
      "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995.",
      "Media Contact:",
      "Jordan Reyes",
      "press@acmepharmacy.example",
    ].join("\n"),
  });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const article = page.locator("article");
  await expect(article.getByText("today announced plans to open 40 walk-in clinics")).toBeVisible();
  // Shown, under a label, as the credits line is: the analysis reads none of it.
  await expect(article.locator("p").filter({ hasText: "is a leading community pharmacy chain" })).toContainText("Issuer boilerplate");
  await expect(article.locator("p").filter({ hasText: "within the meaning of the Private Securities" })).toContainText("Issuer boilerplate");
  await expect(article.locator("p").filter({ hasText: "today announced plans" })).not.toContainText("Issuer boilerplate");
  await expect(article.getByText("press@acmepharmacy.example")).toHaveCount(0);
});

test("an editor corrects a stored article's title, outlet and date, and a bad date is refused with the typing kept", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const typo = `Kyodo Nwes ${Date.now()}`;
  await home.addArticle({
    title: "Motegi and Blinkn meet",
    outlet: typo,
    text: "Japanese Foreign Minister Toshimitsu Motegi and US Secretary of State Antony Blinken met in London on Tuesday. They discussed the Taiwan Strait.",
  });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();

  await page.getByText("Edit details").click();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Save details" }) });
  await form.getByLabel("Title").fill("Motegi and Blinken meet");
  await form.getByLabel("Outlet").fill("Kyodo News");
  await form.getByLabel("Published").fill("2021-05-04");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Motegi and Blinken meet");
  await expect(page.getByText("Kyodo News", { exact: true })).toBeVisible();
  // The old spelling is left only in the article's history, as it was added; the history records the correction.
  const history = page.getByRole("region", { name: "History of this article" });
  await expect(page.getByText(typo)).toHaveCount(1);
  await expect(history.getByText(typo)).toHaveCount(1);
  await expect(history).toContainText("corrected the details of the article “Motegi and Blinken meet” (Kyodo News)");
  await expect(page.getByText(/^4 May 2021 · \d+ words/)).toBeVisible();

  // A title left empty is refused by the server too (the field's own check bypassed), and what was typed stays.
  await form.getByLabel("Outlet").fill("Kyodo");
  await form.getByLabel("Title").evaluate((input: HTMLInputElement) => {
    input.required = false;
    input.value = "   ";
  });
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Give the article a title." })).toBeVisible();
  await expect(page.locator("form").filter({ has: page.getByRole("button", { name: "Save details" }) }).getByLabel("Outlet")).toHaveValue("Kyodo");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Motegi and Blinken meet");
});

test("empty text gets a clear message and the typed fields are kept", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await home.addArticle({ title: "A title worth keeping", outlet: "Some outlet", text: "   " });
  await expect(home.addStatus()).toContainText("The text is empty");
  await expect(page.locator("#add-article").getByLabel("Title")).toHaveValue("A title worth keeping");
});

test("pasting an article that is already stored offers the stored one", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const text = "The ministers met for two hours and agreed to meet again in June. Both sides called the talks useful.";
  await home.addArticle({ title: "First copy", outlet: "Outlet One", text });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  await home.open();
  await home.addArticle({ title: "Second copy", outlet: "Outlet One", text });
  await expect(home.addStatus()).toContainText("already stored");
  await home.addStatus().getByRole("link", { name: "Open the stored article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("First copy");
});

test("an unknown article id shows a real 404 page", async ({ page }) => {
  const response = await page.goto("/articles/does-not-exist");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("article text is shown as text, never run as HTML", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await home.addArticle({
    title: "Payload <img src=x onerror=alert(1)>",
    outlet: "Injection Test",
    text: 'The statement read <script>alert("x")</script> and the minister left. A second sentence <img src=x onerror=alert(2)> follows here.',
  });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  await expect(page.getByText('<script>alert("x")</script>', { exact: false })).toBeVisible();
  expect(dialogs).toBe(0);
  expect(await page.locator("img[src=x]").count()).toBe(0);
});

test("a paste over the size limit gets the limit in the message and keeps the fields", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const form = page.locator("#add-article");
  await form.getByLabel("Title").fill("Very long paste");
  await form.getByLabel("Outlet", { exact: true }).fill("Somewhere");
  // Set the value directly: typing 1.5 million characters would take minutes.
  await form.getByLabel("Article text").evaluate((el, n) => {
    const textarea = el as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
    setter?.call(textarea, "word ".repeat(n));
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }, 400_000);
  await form.getByRole("button", { name: "Add article" }).click();
  await expect(home.addStatus()).toContainText("at most 1,500,000");
  await expect(form.getByLabel("Title")).toHaveValue("Very long paste");
});

test("a story filed by mistake is deleted, and its article stays stored, filed under no story", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const title = `Filed by mistake ${Date.now()}`;
  await home.addArticle({
    title: "Ferry service resumes after strike",
    outlet: "Harbour Post",
    text: "Ferries between the island and the mainland resumed on Friday after a three-day strike by crews ended with a pay deal.",
  });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const article = page.url();
  const articlePage = new ArticlePage(page);
  await articlePage.fileUnderNewStory(title);
  await articlePage.openStory(title);

  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Its article stays stored, filed under no story.");
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Delete story" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto(article);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ferry service resumes after strike");
  await expect(page.getByText(`story: ${title}`)).toHaveCount(0);

  // The team can see who did it: the activity log, newest first.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Activity" }).click();
  const log = page.getByRole("list", { name: "Activity, newest first" });
  await expect(log.getByRole("listitem").first()).toContainText(`${accounts.editor.username} deleted the story “${title}” (its article stays stored, filed under no story)`);
  await expect(log.getByRole("listitem").nth(1)).toContainText(`filed the article “Ferry service resumes after strike” (Harbour Post) under the new story “${title}”`);
  await expect(log.getByRole("listitem").nth(2)).toContainText(`added the article “Ferry service resumes after strike” (Harbour Post), pasted`);
  await log.getByRole("listitem").nth(2).getByRole("link", { name: "open the article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ferry service resumes after strike");
  // …and the article's own page says who added and filed it.
  const history = page.getByRole("region", { name: "History of this article" });
  await expect(history).toContainText(`${accounts.editor.username} filed the article “Ferry service resumes after strike” (Harbour Post) under the new story “${title}”`);
  await expect(history).toContainText(`${accounts.editor.username} added the article “Ferry service resumes after strike” (Harbour Post), pasted`);
});

test("an article no longer among the recent ones is found by words of its title or outlet, and two found ones compared", async ({ page }) => {
  const home = new HomePage(page);
  const outlet = `Lagoon Gazette ${Date.now()}`;
  for (const [title, text] of [
    ["Lagoon bridge reopens to traffic", "The lagoon bridge reopened to traffic on Monday after six weeks of repairs, the county said."],
    ["County reopens lagoon crossing", "Traffic returned to the lagoon crossing on Monday; repairs took six weeks and cost more than planned."],
  ] as const) {
    await home.open();
    await home.addArticle({ title, outlet, text });
    await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  }
  await home.open();
  const search = page.getByRole("search", { name: "Articles" });
  await search.getByLabel(/Find an article/).fill(outlet.toLowerCase());
  await search.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 articles with" })).toBeVisible();
  await expect(page.getByRole("link", { name: "County reopens lagoon crossing" })).toBeVisible();

  await search.getByLabel(/Find an article/).fill("lagoon bridge");
  await search.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("link", { name: "Lagoon bridge reopens to traffic" })).toBeVisible();
  await expect(page.getByRole("link", { name: "County reopens lagoon crossing" })).toHaveCount(0);

  await search.getByLabel(/Find an article/).fill("zzqx-no-such-words");
  await search.getByRole("button", { name: "Find" }).click();
  await expect(page.getByRole("status").filter({ hasText: "No article has “zzqx-no-such-words”" })).toBeVisible();

  // The compare picker offers what the search found.
  await search.getByLabel(/Find an article/).fill(outlet);
  await search.getByRole("button", { name: "Find" }).click();
  const picker = page.getByRole("region", { name: "Compare two articles" });
  await picker.getByLabel("Article B").selectOption({ label: `${outlet}: Lagoon bridge reopens to traffic` });
  await picker.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare\//);
});

test("a story is found on the home page by the starts of words of its title", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const stories = page.getByRole("search", { name: "Stories" });
  await stories.getByLabel(/Find a story/).fill("motegi lond");
  await stories.getByRole("button", { name: "Find" }).click();
  await expect(page).toHaveURL(/sq=motegi\+lond/);
  const found = page.getByRole("region", { name: "Stories" });
  await expect(found.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" })).toBeVisible();
  await expect(found.getByRole("status")).toContainText("found, most recently changed first");
  // A found story is listed as in the list: its outlets and a first comparison one click away.
  const entry = found.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021", exact: true }) });
  await expect(entry).toContainText("ANI");
  await expect(entry.getByRole("link", { name: /^Compare (ANI|Republic World) with / })).toBeVisible();

  // A piece from inside a word starts no word of any title.
  await stories.getByLabel(/Find a story/).fill("otegi");
  await stories.getByRole("button", { name: "Find" }).click();
  await expect(found.getByRole("status")).toHaveText("No story title has a word starting with each of “otegi”.");
  await stories.getByRole("link", { name: "Show all stories" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(found.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" })).toBeVisible();
});
