import { test as setup } from "@playwright/test";
import { accounts, EDITOR_STATE, signIn } from "./accounts";

// Signs in once as the editor; every other spec starts from this browser state (playwright.config.ts).
setup("sign in as the test editor", async ({ page }) => {
  await signIn(page, accounts.editor);
  await page.context().storageState({ path: EDITOR_STATE });
});
