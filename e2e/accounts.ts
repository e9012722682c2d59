import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** The accounts scripts/e2e-server.mjs creates on the test database (test-only passwords). */
export interface TestAccount {
  username: string;
  password: string;
  role: "editor" | "viewer";
}

export const accounts = JSON.parse(readFileSync(new URL("./test-accounts.json", import.meta.url), "utf8")) as { editor: TestAccount; viewer: TestAccount };

/** Where the setup project keeps the editor's signed-in browser state for every other spec. */
export const EDITOR_STATE = new URL("./.auth/editor.json", import.meta.url).pathname;

/** Signs in on the sign-in page as a person would; the page must already be there. */
export async function fillSignIn(page: Page, account: TestAccount) {
  await page.getByLabel("User name").fill(account.username);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Opens the sign-in page and signs in; resolves once the app shows who is signed in. */
export async function signIn(page: Page, account: TestAccount) {
  await page.goto("/sign-in");
  await fillSignIn(page, account);
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}
