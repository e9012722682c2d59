import type { Locator, Page } from "@playwright/test";

/** The side-by-side comparison page. */
export class ComparePage {
  constructor(readonly page: Page) {}

  rows(): Locator {
    return this.page.getByRole("list", { name: "Aligned passages" }).getByRole("listitem");
  }

  /** The row showing a text, on either side. */
  rowWith(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  flags(): Locator {
    return this.page.getByRole("region", { name: /Left out/ });
  }

  /** The items one outlet leaves out (the other reports them). */
  missingFrom(outlet: string): Locator {
    return this.page.getByRole("region", { name: new RegExp(`^Missing from ${outlet}\\b`) });
  }

  /** Every row, unchanged runs unfolded. */
  async showEverything() {
    await this.page.getByRole("group", { name: "Rows to show" }).getByRole("button", { name: "Everything" }).click();
    await this.page.getByLabel("Collapse unchanged runs").uncheck();
  }
}
