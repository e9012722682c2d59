import type { Page } from "@playwright/test";

/** The home page as an analyst uses it: stories, recent articles, the add-article form. */
export class HomePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/");
  }

  async addArticle(fields: { title: string; outlet: string; text: string; url?: string; date?: string }) {
    const form = this.page.locator("#add-article");
    await form.getByLabel("Title").fill(fields.title);
    await form.getByLabel("Outlet", { exact: true }).fill(fields.outlet);
    if (fields.url) await form.getByLabel(/URL/).fill(fields.url);
    if (fields.date) await form.getByLabel(/Published/).fill(fields.date);
    await form.getByLabel("Article text").fill(fields.text);
    await form.getByRole("button", { name: "Add article" }).click();
  }

  addStatus() {
    return this.page.locator("#add-article-status");
  }
}
