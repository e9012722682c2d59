/**
 * The request gate and honest errors of issue 13, over plain HTTP on
 * loopback: what a DNS-rebinding page, another site or a broken client sends,
 * and what each gets back. Every answer, errors included, carries the
 * security headers.
 */
import { expect, test } from "@playwright/test";
import { EDITOR_STATE } from "./accounts";
import { demoIds } from "./demo-ids";
import { articleExists, countReviewsIn } from "./e2e-database";
import { callAction, cookieHeaderFrom, ORIGIN, PORT, rawRequest, type RawResponse } from "./http";
import { startFixtureServer } from "./fixture-server";

const editorCookie = () => cookieHeaderFrom(EDITOR_STATE);

function expectSecurityHeaders(response: RawResponse) {
  expect(response.headers["content-security-policy"], "Content-Security-Policy").toBeTruthy();
  expect(response.headers["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(response.headers["permissions-policy"]).toMatch(/camera=\(\)/);
  expect(response.headers["x-content-type-options"]).toBe("nosniff");
  expect(response.headers["referrer-policy"]).toBe("no-referrer");
}

let ids: { storyId: string; a: string; b: string };
test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext({ storageState: EDITOR_STATE });
  ids = await demoIds(await context.newPage());
  await context.close();
});

test.describe("DNS rebinding: a page that reaches the server under its own host name", () => {
  const attacker = { Host: `attacker.example:${PORT}`, Origin: `http://attacker.example:${PORT}` };

  test("cannot read a report, even with the analyst's session", async () => {
    const response = await rawRequest({ path: `/api/reports/story/${ids.storyId}?format=json`, headers: { Host: attacker.Host, Cookie: editorCookie() } });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: "host_not_allowed" } });
    expect(response.body).not.toContain("Blinken");
    expectSecurityHeaders(response);
  });

  test("cannot delete an article (the request of the issue)", async () => {
    const response = await callAction({ page: `/articles/${ids.a}`, action: "deleteArticleAction", args: [ids.a], cookie: editorCookie(), headers: attacker });
    expect(response.status).toBe(403);
    expect(articleExists(ids.a)).toBe(true);
  });

  test("cannot slip in through X-Forwarded-Host", async () => {
    const response = await rawRequest({ path: "/", headers: { "X-Forwarded-Host": "attacker.example", Cookie: editorCookie() } });
    expect(response.status).toBe(403);
  });
});

test("a write from another site gets 403 and changes nothing", async () => {
  const response = await callAction({ page: `/articles/${ids.a}`, action: "deleteArticleAction", args: [ids.a], cookie: editorCookie(), headers: { Origin: "http://evil.example" } });
  expect(response.status).toBe(403);
  expect(JSON.parse(response.body)).toMatchObject({ error: { code: "cross_origin" } });
  expect(articleExists(ids.a)).toBe(true);
  expectSecurityHeaders(response);
});

test("without a session, reports get 401 and pages send the visitor to sign in", async () => {
  const report = await rawRequest({ path: `/api/reports/comparison/${ids.a}/${ids.b}?format=md` });
  expect(report.status).toBe(401);
  expect(JSON.parse(report.body)).toMatchObject({ error: { code: "unauthorized" } });
  expectSecurityHeaders(report);
  for (const path of [`/stories/${ids.storyId}`, `/articles/${ids.a}/raw`]) {
    const page = await rawRequest({ path });
    expect(page.status, path).toBe(307);
    expect(page.headers.location).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    expect(page.body).not.toContain("Blinken");
  }
  const action = await callAction({ page: `/articles/${ids.a}`, action: "deleteArticleAction", args: [ids.a] });
  expect(action.status).toBe(401);
  expect(articleExists(ids.a)).toBe(true);
});

test("a malformed %-escape in any dynamic route gets 400, not a bare 500", async () => {
  for (const path of ["/articles/%E0%A4%A", "/stories/%zz", "/compare/%/x", `/api/reports/story/%E0?format=json`]) {
    const response = await rawRequest({ path, headers: { Cookie: editorCookie() } });
    expect(response.status, path).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: "bad_path" } });
    expectSecurityHeaders(response);
  }
});

test("a malformed action body gets 400", async () => {
  for (const body of ['["unterminated', '{"not":"a list"}', ""]) {
    const response = await callAction({ page: `/articles/${ids.a}`, action: "reextractArticleAction", args: null, body, cookie: editorCookie() });
    expect(response.status, body).toBe(400);
    expectSecurityHeaders(response);
  }
  const multipart = await rawRequest({
    method: "POST",
    path: "/",
    headers: { "Next-Action": "0".repeat(42), "Content-Type": "multipart/form-data; boundary=xyz", Origin: ORIGIN, Cookie: editorCookie() },
    body: "--xyz\r\nnot a part header\r\n",
  });
  expect(multipart.status).toBe(400);
});

test("a body over the limit gets 413, declared or streamed", async () => {
  const big = Buffer.alloc(9 * 1024 * 1024, "a");
  const headers = { "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8", Origin: ORIGIN, Cookie: editorCookie() };
  const declared = await rawRequest({ method: "POST", path: "/", headers, body: big });
  expect(declared.status).toBe(413);
  expect(JSON.parse(declared.body)).toMatchObject({ error: { code: "too_large", message: expect.stringContaining("8 MB") } });
  expectSecurityHeaders(declared);
  const streamed = await rawRequest({ method: "POST", path: "/", headers, body: big, chunked: true });
  expect(streamed.status).toBe(413);
});

test("an import into a story that does not exist is refused with a message, nothing stored", async () => {
  const response = await callAction({ page: "/", action: "startIngestAction", args: ["https://news.example/a", "doesnotexist"], cookie: editorCookie() });
  expect(response.status).toBe(200);
  expect(response.body).toContain("That story no longer exists");
  expect(response.body).not.toContain("batchId");
});

test("reviews for comparisons or stories that do not exist are refused and not stored", async () => {
  for (const scope of ["cmp:nope:nope2", "story:doesnotexist", `cmp:${ids.a}:${ids.a}`]) {
    const response = await callAction({ page: `/stories/${ids.storyId}`, action: "saveReviewAction", args: [{ scope, flagKey: "entity:a:x", status: "confirmed" }], cookie: editorCookie() });
    expect(response.status).toBe(200);
    expect(response.body).toMatch(/no longer exists|two different articles/);
    expect(countReviewsIn(scope)).toBe(0);
  }
});

test("pages carry a per-request nonce on every script and a CSP without 'unsafe-inline' scripts", async () => {
  const first = await rawRequest({ path: "/", headers: { Cookie: editorCookie() } });
  const second = await rawRequest({ path: "/", headers: { Cookie: editorCookie() } });
  expect(first.status).toBe(200);
  expectSecurityHeaders(first);
  const nonce = /'nonce-([^']+)'/.exec(first.headers["content-security-policy"] as string)?.[1];
  expect(nonce).toBeTruthy();
  expect(second.headers["content-security-policy"]).not.toContain(nonce);
  const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
});

test("errors and files carry the security headers too", async () => {
  const notFound = await rawRequest({ path: "/articles/does-not-exist", headers: { Cookie: editorCookie() } });
  expect(notFound.status).toBe(404);
  expectSecurityHeaders(notFound);
  const signIn = await rawRequest({ path: "/sign-in" });
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(signIn.body)?.[1];
  expect(asset).toBeTruthy();
  expectSecurityHeaders(await rawRequest({ path: asset! }));
  const raw = await rawRequest({ path: `/articles/${ids.a}/raw`, headers: { Cookie: editorCookie() } });
  expect(raw.status).toBe(200);
  expect(raw.headers["content-security-policy"]).toContain("sandbox");
  expect(raw.headers["content-security-policy"]).toContain("default-src 'none'");
});

test("a page claiming another site's article and name is filed under its own address and host; the real article still goes in", async ({ page }) => {
  const site = await startFixtureServer();
  try {
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill(`${site.origin}/copies/northern-channel`);
    await page.getByRole("button", { name: "Fetch articles" }).click();
    const progress = page.getByRole("list", { name: "Import progress" });
    await expect(progress.getByRole("listitem").filter({ hasText: "Added" })).toHaveCount(1, { timeout: 30_000 });
    await progress.getByRole("listitem").getByRole("link", { name: "Open" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbour authority approves dredging of the northern channel");
    await expect(page.getByTitle("The site it was fetched from")).toHaveText("· 127.0.0.1");
    await expect(page.getByRole("note").filter({ hasText: "The page claims to be" })).toContainText(`${site.otherHostOrigin}/news/original-report`);

    // The article the copy claimed to be is not blocked as a "duplicate".
    await page.goto("/");
    await page.getByRole("textbox", { name: /^Links/ }).fill(`${site.otherHostOrigin}/news/original-report`);
    await page.getByRole("button", { name: "Fetch articles" }).click();
    await expect(page.getByRole("list", { name: "Import progress" }).getByRole("listitem").filter({ hasText: "Added" })).toHaveCount(1, { timeout: 30_000 });
  } finally {
    await site.close();
  }
});

test("adding an article to a story deleted since the page loaded says so and keeps what was typed", async ({ page }) => {
  await page.goto("/");
  const form = page.locator("#add-article");
  await form.getByLabel("Title").fill("Kept title");
  await form.getByLabel("Outlet", { exact: true }).fill("Kept outlet");
  await form.getByLabel("Article text").fill("The ministers met in London on Monday and agreed to meet again in June.");
  // As if the story picked in the search box had been deleted since: the form carries its id.
  await form.locator('input[name="storyId"]').evaluate((input) => ((input as HTMLInputElement).value = "doesnotexist"));
  await form.getByRole("button", { name: "Add article" }).click();
  await expect(page.locator("#add-article-status")).toContainText("That story no longer exists");
  await expect(form.getByLabel("Title")).toHaveValue("Kept title");
});
