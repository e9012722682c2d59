import { readFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createStory } from "../db/story-mutations";
import { withFetchSite } from "./fixtures/fetch-site";
import { getIngestBatch, retryIngestLink, startIngestBatch, waitForIngestBatches } from "./ingest-urls";

const PAGE = `<!doctype html><html><head><title>Harbour reopens after storm repairs | Coastal Ledger</title>
<meta property="og:site_name" content="Coastal Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour reopens after storm repairs</h1>
<p>The northern harbour reopened to fishing boats on Monday, six weeks after a winter storm tore away part of its outer wall and flooded the fish market.</p>
<p>Engineers from the port authority said the rebuilt section of the wall had been raised by almost a metre and anchored with steel piles driven into the bedrock.</p>
<p>Skippers queued from dawn to land their first catch since January, and the market hall, dried out and rewired, opened its doors to buyers at seven o'clock.</p>
<p>The council said the repairs cost 4.2 million euros, most of it covered by the regional emergency fund, and that a second phase would strengthen the inner quay next year.</p>
</article><footer>© Coastal Ledger</footer></body></html>`;

const QUAY_PAGE = `<!doctype html><html><head><title>Inner quay works to start in spring | Coastal Ledger</title>
<meta property="og:site_name" content="Coastal Ledger"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Inner quay works to start in spring</h1>
<p>Work on the inner quay of the northern harbour will start in April, the port authority said on Thursday, after the council approved the second phase of the storm repairs.</p>
<p>The quay will be closed to leisure boats for eight weeks while divers replace the timber fenders and engineers pour a new concrete deck over the old stone.</p>
<p>Fishing boats will keep their berths on the outer wall, which reopened in March, and the fish market will stay open throughout the works, the authority said.</p>
</article><footer>© Coastal Ledger</footer></body></html>`;

const FERRY_PAGE = `<!doctype html><html><head><title>Night ferry returns to the island route | Coastal Ledger</title>
<meta property="og:site_name" content="Coastal Ledger"></head><body>
<article><h1>Night ferry returns to the island route</h1>
<p>The night ferry to the outer islands returned to service on Friday after a three-month refit that replaced both of its engines and the passenger lounge.</p>
<p>The operator said the crossing would again leave the northern harbour at eleven each evening and reach the island pier shortly before dawn, six nights a week.</p>
<p>Islanders had campaigned for the service to return before the summer season, when the day boats are often full and hotels depend on late arrivals.</p>
</article></body></html>`;

/** Pages of the extractor's fixtures: a login page, a paywall teaser, and a short real article around sign-in chrome. */
const fixture = (name: string): string => readFileSync(join(__dirname, "../ingest/extract/fixtures", name), "utf8");

// The first request for the page fails as a busy server would; later ones succeed.
let failuresLeft = 1;
const server = http.createServer((req, res) => {
  if (req.url === "/harbour" && failuresLeft > 0) {
    failuresLeft -= 1;
    res.writeHead(503, { "Content-Type": "text/plain" }).end("busy");
    return;
  }
  // A paywalled story answers as news sites do: a redirect to the login page, which says to sign in.
  if (req.url === "/news/harbour-fees-rise") {
    res.writeHead(302, { Location: "/account/login?return=%2Fnews%2Fharbour-fees-rise" }).end();
    return;
  }
  const walled = req.url?.startsWith("/account/login")
    ? "sign-in-page.html"
    : req.url === "/news/berth-fees-teaser"
      ? "paywall-teaser.html"
      : req.url === "/news/bank-app-outage"
        ? "brief-with-sign-in-chrome.html"
        : null;
  if (walled) {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(fixture(walled));
    return;
  }
  // A page that draws its article with a script, and one that shows it in a frame of another address.
  if (req.url === "/news/app-shell") {
    res.writeHead(200, { "Content-Type": "text/html" }).end(`<!doctype html><html><head><title>Harbour fees | Coastal Ledger</title></head><body><div id="app">Loading...</div><noscript>Please enable JavaScript to read this article.</noscript><script>document.getElementById("app").innerHTML = "<p>The harbour fees rise in May.</p>";</script></body></html>`);
    return;
  }
  if (req.url === "/news/framed") {
    res.writeHead(200, { "Content-Type": "text/html" }).end(`<!doctype html><html><head><title>In pictures | Coastal Ledger</title></head><body><header>Coastal Ledger</header><iframe src="/embed/harbour-story" width="800" height="2000" title="article"></iframe></body></html>`);
    return;
  }
  if (req.url === "/report.pdf") {
    res.writeHead(200, { "Content-Type": "application/pdf" }).end("%PDF-1.7\n");
    return;
  }
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(req.url?.startsWith("/quay") ? QUAY_PAGE : req.url?.startsWith("/ferry") ? FERRY_PAGE : PAGE);
});

const site = withFetchSite(server);

describe("retryIngestLink", () => {
  it("files the retried article under the story its batch was started in", async () => {
    const story = await createStory("Harbour storm");
    const { batchId } = await startIngestBatch(`${site.base}/harbour`, { storyId: story.id });
    const [failed] = await waitForIngestBatches([batchId]);
    expect(failed).toMatchObject({ state: "failed", errorCode: "http_status", retryable: true });

    await retryIngestLink(failed!.id);

    const [done] = await waitForIngestBatches([batchId]);
    expect(done?.state).toBe("done");
    const article = await (await db()).article.findUniqueOrThrow({ where: { id: done!.articleId! } });
    expect(article.title).toContain("Harbour reopens");
    expect(article.storyId).toBe(story.id);
  });
});

describe("a link already stored, pasted into a story", () => {
  it("files the stored article there when it is in no story, and says where it is", async () => {
    // Stored unfiled first (another address of the same page: the same text under the same outlet).
    const first = await startIngestBatch(`${site.base}/quay?from=home`);
    const [stored] = await waitForIngestBatches([first.batchId]);
    expect(stored).toMatchObject({ state: "done", story: null });

    const story = await createStory("Inner quay works");
    const again = await startIngestBatch(`${site.base}/quay?from=story`, { storyId: story.id });
    const [duplicate] = await waitForIngestBatches([again.batchId]);
    expect(duplicate).toMatchObject({ state: "duplicate", articleId: stored!.articleId, story: { id: story.id, title: "Inner quay works" } });
    expect((await (await db()).article.findUniqueOrThrow({ where: { id: stored!.articleId! } })).storyId).toBe(story.id);

    // Pasted into a third story, it stays where it is, and the row says so.
    const other = await createStory("Ports of the north coast");
    const third = await startIngestBatch(`${site.base}/quay?from=other`, { storyId: other.id });
    const [kept] = await waitForIngestBatches([third.batchId]);
    expect(kept).toMatchObject({ state: "duplicate", story: { id: story.id } });
    expect((await (await db()).article.findUniqueOrThrow({ where: { id: stored!.articleId! } })).storyId).toBe(story.id);
  });
});

describe("links refused by policy", () => {
  it("fail with the reason, offer no retry and refuse one", async () => {
    // The cloud metadata address (an IP literal): refused before any connection is made.
    const { batchId } = await startIngestBatch(`http://169.254.169.254/latest/meta-data\n${site.base}/report.pdf`);
    const [metadata, pdf] = await waitForIngestBatches([batchId]);
    expect(metadata).toMatchObject({ state: "failed", errorCode: "blocked_address", retryable: false });
    expect(pdf).toMatchObject({ state: "failed", errorCode: "not_html", retryable: false });
    await expect(retryIngestLink(metadata!.id)).rejects.toThrow(/refused/);
    expect((await getIngestBatch(batchId))[0]?.state).toBe("failed");
  });
});

describe("links whose article is drawn by JavaScript or shown in an embedded frame", () => {
  it("fail saying so, with the frame's own address, and offer no retry that would bring the same page", async () => {
    const { batchId } = await startIngestBatch(`${site.base}/news/app-shell\n${site.base}/news/framed`);
    const [script, framed] = await waitForIngestBatches([batchId]);
    expect(script).toMatchObject({ state: "failed", errorCode: "needs_javascript", retryable: false, articleId: null });
    expect(script!.error).toMatch(/draws its article with JavaScript.*Paste the article's text instead/);
    expect(framed).toMatchObject({ state: "failed", errorCode: "embedded_frame", retryable: false, articleId: null });
    expect(framed!.error).toContain(`the article is in an embedded frame, at ${site.base}/embed/harbour-story. Add that address instead.`);
    await expect(retryIngestLink(framed!.id)).rejects.toThrow(/refused and would be refused again/);
  });
});

describe("links that lead to a sign-in or paywall page", () => {
  it("fail with the reason and store nothing, offer no retry, and the batch's real article is stored", async () => {
    const links = [`${site.base}/news/harbour-fees-rise`, `${site.base}/news/berth-fees-teaser`, `${site.base}/news/bank-app-outage`];
    const { batchId } = await startIngestBatch(links.join("\n"));
    const [redirected, teaser, brief] = await waitForIngestBatches([batchId]);

    expect(redirected).toMatchObject({ state: "failed", errorCode: "sign_in_wall", retryable: false, articleId: null });
    expect(redirected!.error).toMatch(/^No article found: the link leads to a sign-in or subscription page \(http:\/\/127\.0\.0\.1:\d+\/account\/login\?return=/);
    expect(redirected!.error).toContain("paste its text instead");
    expect(teaser).toMatchObject({ state: "failed", errorCode: "sign_in_wall", retryable: false, articleId: null });
    expect(teaser!.error).toContain("asks the reader to sign in or subscribe");
    await expect(retryIngestLink(redirected!.id)).rejects.toThrow(/refused and would be refused again: No article found/);

    // The short article beside a "Sign in" link, a login dropdown and a newsletter box is stored as usual.
    expect(brief).toMatchObject({ state: "done" });
    const stored = await (await db()).article.findMany({ where: { url: { in: links } }, select: { url: true, title: true } });
    expect(stored).toEqual([{ url: links[2], title: "Harbour Savings customers locked out of app for a day" }]);
  });
});

describe("a link pasted twice in one batch", () => {
  it("gets a row of its own in its place, saying which line it repeats, fetched once; the article it brought in is logged under the sender's name", async () => {
    const story = await createStory("Quay works, second batch");
    // The ferry page is new; the quay page was stored by an earlier test (already stored: no entry of its own).
    const pasted = [`${site.base}/ferry`, "", `see also ${site.base}/ferry#top`, `${site.base}/quay?from=twice`].join("\n");
    const started = await startIngestBatch(pasted, { storyId: story.id, requestedBy: "ana.one" });
    expect(started).toMatchObject({ queued: 2, repeated: 1 });
    const [first, repeated, other] = await waitForIngestBatches([started.batchId]);
    expect(first).toMatchObject({ url: `${site.base}/ferry`, state: "done" });
    // No job of its own: its row names the line it repeats and opens the article its first line brought in.
    expect(repeated).toMatchObject({ url: `${site.base}/ferry`, state: "repeated", error: "Duplicate of line 1: already in this batch, fetched once.", articleId: first!.articleId, retryable: false, story: { id: story.id } });
    expect(other).toMatchObject({ url: `${site.base}/quay?from=twice`, state: "duplicate" });
    expect(await (await db()).job.count({ where: { groupId: started.batchId } })).toBe(2);

    // Each article the batch added is an entry of the log, naming it, by who sent the links.
    // Written by the worker just after the link's row is finished: asked until it is there.
    const added = () => db().then((client) => client.activity.findMany({ where: { action: "article.added", actor: "ana.one" } }));
    await expect.poll(added).toMatchObject([{ subjectId: first!.articleId, text: "added the article “Night ferry returns to the island route” (Coastal Ledger) from a link, filed under the story “Quay works, second batch”" }]);
  });
});
