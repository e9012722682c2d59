import { expect, test, type Page } from "@playwright/test";
import { ComparePage } from "./pages/compare-page";
import { HomePage } from "./pages/home-page";

test("an analyst adds an alias and sees it listed with the built-in ones", async ({ page }) => {
  await page.goto("/aliases");
  await expect(page.getByText("Republic of Korea", { exact: false }).first()).toBeVisible();
  await page.getByRole("textbox", { name: "Entity", exact: true }).fill("Antony Blinken");
  await page.getByRole("textbox", { name: "Alias", exact: true }).fill("Tony Blinken");
  await page.getByRole("button", { name: "Add alias" }).click();
  await expect(page.getByRole("status").filter({ hasText: "now counts as Antony Blinken" })).toBeVisible();
  const mine = page.getByRole("region", { name: "Your aliases" });
  await expect(mine).toContainText("Tony Blinken");
  await mine.getByRole("button", { name: "Remove alias Tony Blinken" }).click();
  await expect(mine).toContainText("None yet.");
});

/** Adds a pasted article and returns its id (from the article page it opens). */
async function addArticle(page: Page, title: string, outlet: string, paragraphs: string[]): Promise<string> {
  const home = new HomePage(page);
  await home.open();
  await home.addArticle({ title, outlet, text: paragraphs.join("\n\n") });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return new URL(page.url()).pathname.split("/").pop() as string;
}

async function deleteArticle(page: Page, id: string) {
  await page.goto(`/articles/${id}`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page).not.toHaveURL(/\/articles\//);
}

test("an alias added after viewing a comparison takes effect on that comparison at once", async ({ page }) => {
  const unique = Date.now();
  const ledger = await addArticle(page, "Nordvik Harbour Authority approves quay repairs", `Harbour Ledger ${unique}`, [
    "The Nordvik Harbour Authority approved the repair of the inner quay on Tuesday, after a winter of storms.",
    "Engineers from the Nordvik Harbour Authority said the work would take six weeks and cost 4.2 million kroner.",
    "Ferries will use the outer berth meanwhile, the council said.",
  ]);
  const post = await addArticle(page, "Quay repairs approved", `Coast Post ${unique}`, [
    "The Port Board approved the repair of the inner quay on Tuesday, after a winter of storms.",
    "Engineers from the Port Board said the work would take six weeks and cost 4.2 million kroner.",
    "Ferries will use the outer berth meanwhile, the council said.",
  ]);
  const compare = new ComparePage(page);
  const missingName = () => compare.missingFrom(`Coast Post ${unique}`).getByRole("listitem").filter({ hasText: "Nordvik Harbour Authority" });
  await page.goto(`/compare/${ledger}/${post}`);
  await expect(missingName()).toHaveCount(1);

  // The server keeps the analysis of a pair; a new alias must not be served the old one.
  await page.goto("/aliases");
  await page.getByRole("textbox", { name: "Entity", exact: true }).fill("Nordvik Harbour Authority");
  await page.getByRole("textbox", { name: "Alias", exact: true }).fill("Port Board");
  await page.getByRole("button", { name: "Add alias" }).click();
  await expect(page.getByRole("status").filter({ hasText: "now counts as Nordvik Harbour Authority" })).toBeVisible();
  await page.goto(`/compare/${ledger}/${post}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Harbour Ledger ${unique}`);
  await expect(missingName()).toHaveCount(0);

  // Leave the database as the other specs know it.
  await page.goto("/aliases");
  await page.getByRole("region", { name: "Your aliases" }).getByRole("button", { name: "Remove alias Port Board" }).click();
  await expect(page.getByRole("region", { name: "Your aliases" })).toContainText("None yet.");
  await deleteArticle(page, ledger);
  await deleteArticle(page, post);
});
