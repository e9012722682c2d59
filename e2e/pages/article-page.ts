import { expect, type Page } from "@playwright/test";

/** An article's page as an analyst uses it: filing it under a story. */
export class ArticlePage {
  constructor(readonly page: Page) {}

  /** Files the article under a new story with this title, and waits for "Filed.". */
  async fileUnderNewStory(title: string) {
    const filing = this.page.getByRole("region", { name: "Story" });
    await filing.getByLabel("New story title").fill(title);
    await filing.getByRole("button", { name: "Start a new story" }).click();
    await expect(filing.getByRole("status")).toHaveText("Filed.");
  }

  /** Files the article under an existing story, found by its title, and waits for "Filed.". */
  async fileUnderStory(title: string) {
    const filing = this.page.getByRole("region", { name: "Story" });
    await filing.getByRole("combobox", { name: "Find a story" }).fill(title);
    await filing.getByRole("option", { name: new RegExp(`^${title}`) }).click();
    await filing.getByRole("button", { name: "File", exact: true }).click();
    await expect(filing.getByRole("status")).toHaveText("Filed.");
  }

  /** Follows the link to the story it is filed under. */
  async openStory(title: string) {
    await this.page.getByRole("link", { name: title }).first().click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(title);
  }
}
