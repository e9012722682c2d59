import { expect, test } from "@playwright/test";
import { startFixtureServer } from "./fixture-server";
import { HomePage } from "./pages/home-page";
import { ArticlePage } from "./pages/article-page";

const WIRE_TEXT = [
  "TOKYO (Harbour Wire) - Japan and the Philippines agreed on Thursday to hold joint coast guard drills in the South China Sea next month, officials in Tokyo said.",
  "The drills, the first of their kind, will involve four patrol vessels and a surveillance aircraft, according to Japan's coast guard.",
  "Manila has protested repeated incursions by Chinese vessels near the Second Thomas Shoal this year.",
].join("\n\n");

test("the same text under another outlet is stored as a syndicated copy and counted once in the story", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await home.addArticle({ title: "Japan, Philippines plan coast guard drills", outlet: "Harbour Wire", text: WIRE_TEXT });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const original = page.url();
  // File it under a new story of its own.
  await new ArticlePage(page).fileUnderNewStory("Coast guard drills");

  await home.open();
  await home.addArticle({ title: "Coast guards of Japan, Philippines to drill", outlet: "Island Daily", text: WIRE_TEXT });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const note = page.getByRole("note").filter({ hasText: "Syndicated copy" });
  await expect(note).toContainText("Harbour Wire: Japan, Philippines plan coast guard drills");
  // Stories are found by words of their title, not picked from a list of all of them.
  await page.getByRole("region", { name: "Story" }).getByRole("combobox", { name: "Find a story" }).fill("Coast guard drills");
  await page.getByRole("region", { name: "Story" }).getByRole("option", { name: /^Coast guard drills/ }).click();
  await page.getByRole("region", { name: "Story" }).getByRole("button", { name: "File", exact: true }).click();
  await expect(page.getByRole("region", { name: "Story" }).getByRole("status")).toHaveText("Filed.");

  await page.goto(original);
  await expect(page.getByRole("note").filter({ hasText: "Reprinted word for word" })).toContainText("Island Daily");

  await page.getByRole("link", { name: "Coast guard drills" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coast guard drills");
  await expect(page.getByText("2 articles from 2 outlets · 1 independent report (1 syndicated copy counted with its original)")).toBeVisible();
  const copyRow = page.getByRole("row").filter({ hasText: "syndicated copy of Harbour Wire" });
  await expect(copyRow).toHaveCount(1);
  await expect(copyRow.getByRole("cell").first()).toContainText("Island Daily");
});

test("the outlet kind can be set, and sticks", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  const outlet = `Ministry of Foreign Affairs ${Date.now()}`;
  await home.addArticle({
    title: "Foreign Minister's talks in London",
    outlet,
    text: "The Foreign Minister met the Secretary of State in London on Monday. The two ministers discussed the situation in the East China Sea and agreed to keep in close contact.",
  });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const kind = page.getByLabel(`Kind of outlet for ${outlet}`);
  // No kind picked: guessed from the outlet's name.
  await expect(kind).toHaveValue("government");
  await kind.selectOption("other");
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Kind of outlet for ${outlet}`)).toHaveValue("other");
});

test("a three-word text is stored with a warning that it is not a whole article", async ({ page }) => {
  const home = new HomePage(page);
  await home.open();
  await page.locator("#add-article").getByLabel("Article text").fill("Talks resumed today.");
  await expect(page.locator("#article-text-length")).toContainText("Only 3 words");
  await home.addArticle({ title: "Teaser", outlet: `Teaser outlet ${Date.now()}`, text: "Talks resumed today." });
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  await expect(page.getByRole("note").filter({ hasText: "Only 3 words" })).toContainText("fragment");
});

test("links fetched from Add from links can be filed under a story picked beside them", async ({ page }) => {
  const site = await startFixtureServer();
  try {
    const home = new HomePage(page);
    await home.open();
    await home.addArticle({ title: "Tagus ferry crews vote to strike", outlet: "Picker Gazette", text: "Ferry crews on the Tagus voted on Friday to strike next week over night-shift pay, their union said. Commuters from Barreiro face delays." });
    await new ArticlePage(page).fileUnderNewStory("Lisbon ferry strike");

    await home.open();
    const box = page.getByRole("region", { name: "Add from links" });
    await box.getByRole("combobox", { name: /^Story/ }).fill("Lisbon ferry");
    await box.getByRole("option", { name: /^Lisbon ferry strike/ }).click();
    await box.getByRole("textbox", { name: /^Links/ }).fill(`${site.origin}/world/lisbon-ferry-strike`);
    await box.getByRole("button", { name: "Fetch articles" }).click();
    const row = box.getByRole("list", { name: "Import progress" }).getByRole("listitem").first();
    await expect(row).toContainText("Added", { timeout: 30_000 });
    await row.getByRole("link", { name: "Open" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lisbon ferry crews strike over night-shift pay");
    await expect(page.getByRole("link", { name: "Lisbon ferry strike" }).first()).toBeVisible();
  } finally {
    await site.close();
  }
});
