import { expect, type Page } from "@playwright/test";
import { INQUIRY_BRIEF, INQUIRY_COURIER, INQUIRY_LEDGER } from "./fixtures/harbour-inquiry";
import { ArticlePage } from "./pages/article-page";
import { HomePage } from "./pages/home-page";

/** A story of three reports of a harbour inquiry, the third naming two of fourteen witnesses: opened, its URL returned. */
export async function openInquiryStory(page: Page): Promise<{ url: string; title: string; stamp: number }> {
  const stamp = Date.now();
  const title = `Harbour inquiry ${stamp}`;
  const home = new HomePage(page);
  const articles = [
    { title: `Witnesses describe checks before quay collapse ${stamp}`, outlet: `Harbour Ledger ${stamp}`, text: INQUIRY_LEDGER },
    { title: `Quay inquiry hears from fourteen witnesses ${stamp}`, outlet: `Port Courier ${stamp}`, text: INQUIRY_COURIER },
    { title: `Inquiry brief ${stamp}`, outlet: `Coast Brief ${stamp}`, text: INQUIRY_BRIEF },
  ];
  for (const [i, article] of articles.entries()) {
    await home.open();
    await home.addArticle(article);
    await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
    const filing = page.getByRole("region", { name: "Story" });
    if (i === 0) {
      // On the keyboard: Enter in the title starts the story, as in any one-line field.
      await filing.getByLabel("New story title").fill(title);
      await filing.getByLabel("New story title").press("Enter");
      await expect(filing.getByRole("status")).toHaveText("Filed.");
    } else {
      await new ArticlePage(page).fileUnderStory(title);
    }
  }
  await new ArticlePage(page).openStory(title);
  return { url: page.url(), title, stamp };
}
