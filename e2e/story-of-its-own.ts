import { expect, type Page } from "@playwright/test";
import { ArticlePage } from "./pages/article-page";
import { HomePage } from "./pages/home-page";

/**
 * A new story with one pasted article, opened: for tests that change a
 * story (its summary, its reports), so the demo story stays as the other
 * specs expect it. The article's text carries a stamp, so it is new each run.
 */
export async function openStoryOfItsOwn(page: Page, story: { title: string; article: { title: string; outlet: string; text: string } }) {
  const home = new HomePage(page);
  await home.open();
  await home.addArticle(story.article);
  await expect(page.getByRole("status").filter({ hasText: "Article added." })).toBeVisible();
  const articlePage = new ArticlePage(page);
  await articlePage.fileUnderNewStory(story.title);
  await articlePage.openStory(story.title);
}
