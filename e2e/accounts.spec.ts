import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { accounts, EDITOR_STATE, fillSignIn, signIn } from "./accounts";
import { demoIds } from "./demo-ids";
import { articleExists, expireSession } from "./e2e-database";
import { actionId } from "./http";
import { ComparePage } from "./pages/compare-page";

// These start signed out, unlike the other specs.
test.use({ storageState: { cookies: [], origins: [] } });

test("signing in takes the analyst to the page they asked for; a wrong password says so and keeps the name", async ({ page }) => {
  await page.goto("/aliases");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faliases$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await fillSignIn(page, { ...accounts.editor, password: "not the password at all" });
  await expect(page.locator("#sign-in-status")).toContainText("do not match an account");
  await expect(page.getByLabel("User name")).toHaveValue(accounts.editor.username);

  await fillSignIn(page, accounts.editor);
  await expect(page).toHaveURL(/\/aliases$/);
  await expect(page.getByRole("heading", { name: "Entity aliases" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(`${accounts.editor.username} editor`);
});

test("an item link opened signed out still opens that item once the colleague signs in", async ({ page, browser }) => {
  // The sender, signed in, picks an item of the demo comparison read in B's order (not the first, which a page might select anyway).
  const sender = await browser.newContext({ storageState: EDITOR_STATE });
  const senderPage = await sender.newPage();
  const { a, b } = await demoIds(senderPage);
  await senderPage.goto(`/compare/${a}/${b}?order=b`);
  const items = new ComparePage(senderPage).flags().locator("li[data-item]");
  await expect(items.nth(1)).toBeVisible();
  const itemId = (await items.nth(1).getAttribute("data-item")) ?? "";
  expect(itemId).not.toBe("");
  await sender.close();

  const fragment = `#item:${encodeURIComponent(itemId)}`;
  await page.goto(`/compare/${a}/${b}?order=b${fragment}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await fillSignIn(page, accounts.viewer);
  await page.waitForURL((url) => url.pathname === `/compare/${a}/${b}`);
  const arrived = new URL(page.url());
  expect(arrived.search).toBe("?order=b");
  expect(arrived.hash).toBe(fragment);
  const selected = new ComparePage(page).flags().locator(`li[data-item="${itemId}"]`).getByRole("button").first();
  await expect(selected).toHaveAttribute("aria-pressed", "true");
});

test("signing out ends the session: pages ask to sign in again and the old cookie opens nothing", async ({ page, context }) => {
  await signIn(page, accounts.editor);
  const { storyId } = await demoIds(page);
  const before = (await context.cookies()).find((c) => c.name === "lacuna_session");
  expect(before?.httpOnly).toBe(true);
  expect(before?.sameSite).toBe("Lax");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out$/);
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
  await page.goto(`/stories/${storyId}`);
  await expect(page).toHaveURL(/\/sign-in\?next=/);

  // Replaying the cookie from before sign-out: the server no longer knows it.
  const replay = await page.request.get(`/api/reports/story/${storyId}?format=json`, { headers: { Cookie: `lacuna_session=${before?.value}` }, maxRedirects: 0 });
  expect(replay.status()).toBe(307);
  expect(replay.headers()["location"]).toMatch(/^\/sign-in\?.*reason=expired/);
});

test("a viewer reads, compares and exports, sees no controls to change anything, and a write sent anyway gets 403", async ({ page }) => {
  await signIn(page, accounts.viewer);
  await expect(page.getByRole("navigation", { name: "Main" })).toContainText(`${accounts.viewer.username} viewer`);
  await expect(page.getByRole("note").filter({ hasText: "viewer" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Fetch articles" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Add article" })).toHaveCount(0);

  await page.getByRole("link", { name: /Compare ANI with Republic World/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ANI vs Republic World");
  const flags = page.getByRole("region", { name: /Left out/ });
  await expect(flags.getByRole("listitem").first()).toBeVisible();
  await expect(flags.getByRole("combobox", { name: "Review" })).toHaveCount(0);
  const download = page.waitForEvent("download");
  await page.getByRole("navigation", { name: "Export report" }).getByRole("link", { name: "Markdown", exact: true }).click();
  expect(await readFile(await (await download).path(), "utf8")).toContain("# Comparison: ANI vs Republic World");

  const { a } = await demoIds(page);
  await page.goto(`/articles/${a}`);
  await expect(page.getByRole("link", { name: "Original as ingested" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Story" })).toHaveCount(0);
  // The story page: read and compare, nothing to add, rename, summarise or delete.
  await page.goto("/");
  await page.getByRole("link", { name: "Blinken–Motegi talks in London, May 2021" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Blinken–Motegi talks");
  await expect(page.getByRole("region", { name: "Add articles to this story" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Fetch articles" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete story" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /summary/ })).toHaveCount(0);

  // The delete action, posted by hand with the viewer's session, as a crafted page would.
  const forged = await page.request.post(`/articles/${a}`, {
    headers: { "Next-Action": actionId("deleteArticleAction"), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: new URL(page.url()).origin },
    data: JSON.stringify([a]),
  });
  expect(forged.status()).toBe(403);
  expect(articleExists(a)).toBe(true);
});

test("an expired session sends the analyst to sign in, and back to the same page afterwards", async ({ page, context }) => {
  await signIn(page, accounts.viewer);
  const { storyId } = await demoIds(page);
  await page.goto(`/stories/${storyId}`);
  await expect(page.getByRole("heading", { name: "Blinken–Motegi talks in London, May 2021" })).toBeVisible();

  const token = (await context.cookies()).find((c) => c.name === "lacuna_session")?.value ?? "";
  expect(expireSession(token)).toBe(1);
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/sign-in\\?next=%2Fstories%2F${storyId}&reason=expired$`));
  await expect(page.getByRole("status")).toHaveText("Your session has ended. Sign in again to continue.");

  await fillSignIn(page, accounts.viewer);
  await expect(page).toHaveURL(new RegExp(`/stories/${storyId}$`));
  await expect(page.getByRole("heading", { name: "Blinken–Motegi talks in London, May 2021" })).toBeVisible();
});

test("a person changes their own password: the old one and their other browsers stop working, this browser stays signed in", async ({ page, browser }) => {
  // An account of this test's own (made with the CLI, as an administrator would), so the shared ones keep their passwords.
  const person = { username: `pat-${Date.now()}`, password: "pat's first password", role: "viewer" as const };
  execFileSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "cli/lacuna.ts", "user", "add", person.username, "--role", "viewer", "--password-stdin"], {
    env: { ...process.env, LACUNA_DATABASE: "data/e2e.db" },
    input: person.password,
    stdio: ["pipe", "pipe", "pipe"],
  });
  await signIn(page, person);
  const elsewhere = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const other = await elsewhere.newPage();
    await signIn(other, person);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: person.username }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
    const form = page.getByRole("region", { name: "Change your password" });
    // A wrong current password changes nothing.
    await form.getByLabel("Current password").fill("not my password at all");
    await form.getByLabel(/^New password \(at least/).fill("pat's second password");
    await form.getByLabel("New password again").fill("pat's second password");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("alert")).toHaveText("The current password is not right; nothing was changed.");

    await form.getByLabel("Current password").fill(person.password);
    await form.getByLabel(/^New password \(at least/).fill("pat's second password");
    await form.getByLabel("New password again").fill("pat's second password");
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("status")).toContainText("Password changed.");

    // This browser is still signed in; the other one is sent to sign in.
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main" })).toContainText(`${person.username} viewer`);
    await other.goto("/");
    await expect(other).toHaveURL(/\/sign-in\?/);
    // The old password no longer opens the account; the new one does.
    await fillSignIn(other, person);
    await expect(other.locator("#sign-in-status")).toContainText("do not match an account");
    await fillSignIn(other, { ...person, password: "pat's second password" });
    await expect(other.getByRole("navigation", { name: "Main" })).toContainText(`${person.username} viewer`);
    // The team can see it happened.
    await other.goto("/activity");
    await expect(other.getByRole("list", { name: "Activity, newest first" })).toContainText(`${person.username} changed their password`);
    // Kept to account changes: the account's creation on the command line is there too, under the machine's user.
    const choose = other.getByRole("form", { name: "Choose entries" });
    await choose.getByLabel("What").selectOption({ label: "Accounts" });
    await choose.getByRole("button", { name: "Show" }).click();
    await expect(other).toHaveURL(/what=accounts/);
    const accountsLog = other.getByRole("list", { name: "Activity, newest first" });
    await expect(accountsLog).toContainText(`(command line) created the viewer account “${person.username}”`);
    // Kept to this person: only what they did.
    await choose.getByLabel("Who").selectOption(person.username);
    await choose.getByRole("button", { name: "Show" }).click();
    await expect(other.getByRole("status").filter({ hasText: `Only ${person.username}’s entries about accounts.` })).toBeVisible();
    await expect(accountsLog.getByRole("listitem")).toHaveCount(1);
    await expect(accountsLog).toContainText(`${person.username} changed their password`);
  } finally {
    await elsewhere.close();
  }
});
