import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { CLIMATE_LAW_AGENCY, CLIMATE_LAW_REWRITE } from "../lib/compare/fixtures/german-climate-law";
import { BLINKEN_MOTEGI_ANI } from "../lib/compare/fixtures/blinken-motegi";
import { TALKS_AGENCY, TALKS_REWRITE } from "../lib/compare/fixtures/japanese-talks";
import type { ComparableDocument } from "../lib/types/comparison";
import { ArticlePage } from "./pages/article-page";
import { ComparePage } from "./pages/compare-page";
import { HomePage } from "./pages/home-page";

/** Pastes an article (its body paragraphs) and returns its id, from the article page it opens. */
async function paste(page: Page, doc: ComparableDocument, outlet: string): Promise<string> {
  const home = new HomePage(page);
  await home.open();
  const text = doc.blocks.filter((b) => b.role === "body").map((b) => b.text).join("\n\n");
  await home.addArticle({ title: doc.info.title, outlet, text });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(doc.info.title);
  return new URL(page.url()).pathname.split("/").pop() as string;
}

async function fileUnder(page: Page, story: string, isNew: boolean): Promise<void> {
  const articlePage = new ArticlePage(page);
  await (isNew ? articlePage.fileUnderNewStory(story) : articlePage.fileUnderStory(story));
}

test("German articles are compared by their passages, with no German noun taken for a name, and the page says why", async ({ page }) => {
  const unique = Date.now();
  const agency = `Tagesblatt ${unique}`;
  const rewrite = `Morgenpost ${unique}`;
  const story = `Klimagesetz ${unique}`;
  const a = await paste(page, CLIMATE_LAW_AGENCY, agency);
  await expect(page.getByRole("note").filter({ hasText: "This article is in German." })).toContainText("not translate");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
  await fileUnder(page, story, true);
  const b = await paste(page, CLIMATE_LAW_REWRITE, rewrite);
  await fileUnder(page, story, false);

  await page.goto(`/compare/${a}/${b}`);
  await expect(page.getByRole("note").filter({ hasText: "Both articles are in German." })).toContainText("does not compare names");
  const compare = new ComparePage(page);
  await expect(compare.missingFrom(rewrite).getByRole("listitem").filter({ hasText: "Umweltverbände wie Greenpeace" })).toHaveCount(1);
  await expect(compare.missingFrom(agency).getByRole("listitem").filter({ hasText: "Industrie- und Handelskammer warnte" })).toHaveCount(1);
  // Read by English rules these were "names" left out: "Wirtschaft", "Entwurf", "Nach Angaben".
  await expect(compare.flags().getByText(/^Name(:|$)/)).toHaveCount(0);
  // Their words are marked as German, so a screen reader reads them as German (the page itself is English).
  await expect(compare.rowWith("Umweltverbände wie Greenpeace").locator('[lang="de"]')).toContainText("Umweltverbände wie Greenpeace");
  await expect(compare.missingFrom(rewrite).locator('[lang="de"]').first()).toBeVisible();

  // An English article in the German story is not counted as leaving out what it cannot be compared on.
  const wire = await paste(page, BLINKEN_MOTEGI_ANI, `Wire ${unique}`);
  await fileUnder(page, story, false);
  // Their comparison lists nothing as left out, and says that is because nothing was compared, not because they agree.
  await page.goto(`/compare/${wire}/${a}`);
  await expect(new ComparePage(page).flags()).toContainText(`Not compared across languages: Wire ${unique} is in English and ${agency} in German`);
  await expect(new ComparePage(page).flags()).not.toContainText("same content");
  // No "0% shared", which reads as "nothing in common": they are not compared.
  await expect(page.getByText(/^Shared: not compared \(other language\)$/)).toBeVisible();
  await expect(page.getByText(/\b0% shared/)).toHaveCount(0);
  await page.goto(`/articles/${wire}`);
  await page.getByRole("link", { name: story }).first().click();
  // The Articles table: the English wire's figures with the German articles are markers, not 0%, with why on hover.
  // A row by its article's title link (every row names the others in its "Compare with" links).
  const rowOf = (doc: ComparableDocument) => page.getByRole("table").first().getByRole("row").filter({ has: page.getByRole("link", { name: doc.info.title, exact: true }) });
  const wireRow = rowOf(BLINKEN_MOTEGI_ANI);
  await expect(wireRow.getByText("not compared (other language)")).toHaveCount(3);
  await expect(wireRow.getByText("not compared (other language)").first()).toHaveAttribute("title", /different languages/);
  await expect(wireRow).not.toContainText("0%");
  const agencyRow = rowOf(CLIMATE_LAW_AGENCY);
  await expect(agencyRow.getByRole("listitem").filter({ hasText: `Wire ${unique}` })).toContainText("not compared (other language)");
  // The story's export says the same of their comparison.
  const pending = page.waitForEvent("download");
  await page.getByRole("navigation", { name: "Export story report" }).getByRole("link", { name: "Markdown", exact: true }).click();
  const md = await readFile(await (await pending).path(), "utf8");
  expect(md).toContain("- Shared: not compared (other language).");
  expect(md).not.toMatch(/\b0% shared/);
  await expect(page.getByRole("note").filter({ hasText: "The story's articles are in German" })).toContainText(`Wire ${unique} (English) is not in the story's language (German)`);
  const matrix = page.getByRole("table", { name: /Coverage matrix/ });
  await expect(matrix.getByRole("button", { name: new RegExp(`in Wire ${unique}: not compared: in English$`) }).first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Story flags" }).getByRole("listitem").filter({ hasText: `absent from Wire ${unique}` })).toHaveCount(0);
  // Its two reports are the German ones: the page sends the analyst to their comparison, with what each leaves out.
  await expect(page.getByRole("region", { name: "Left out across the story" }).getByRole("link", { name: `Compare ${agency} with ${rewrite}` })).toBeVisible();
  await expect(page.getByRole("list", { name: `Missing from ${rewrite}` })).toContainText("Umweltverbände wie Greenpeace");
});

test("Japanese articles can be pasted, and are compared word by word", async ({ page }) => {
  const unique = Date.now();
  // Each paragraph was one "word" to the page cleaner, so a pasted Japanese article was all taken for menus.
  const a = await paste(page, TALKS_AGENCY, `通信社 ${unique}`);
  const b = await paste(page, TALKS_REWRITE, `新聞 ${unique}`);
  await page.goto(`/compare/${a}/${b}`);
  await expect(page.getByRole("note").filter({ hasText: "Both articles are in Japanese." })).toBeVisible();
  const compare = new ComparePage(page);
  await expect(compare.flags()).toContainText("40 → 30");
  await expect(compare.rowWith("会談は約").locator("del")).toHaveText("40");
  await expect(compare.missingFrom(`新聞 ${unique}`).getByRole("listitem").filter({ hasText: "北朝鮮の非核化" })).toHaveCount(1);
});
