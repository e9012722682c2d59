import http from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { listReviewsIn, type Reviewer } from "../db/reviews";
import { createStory } from "../db/story-mutations";
import { createAccount } from "./accounts/accounts";
import { activityAbout } from "./activity";
import { reviewFlag } from "./flag-reviews";
import { harbourA } from "./fixtures/harbour-pair";
import { harbourStoryReports } from "./fixtures/harbour-story-reports";
import { withFetchSite } from "./fixtures/fetch-site";
import { storePasted } from "./fixtures/store-pasted";
import { getIngestBatch, startIngestBatch, waitForIngestBatches } from "./ingest-urls";
import { reextractArticle } from "./reextract-article";
import { refetchArticle } from "./refetch-article";
import { getStoryOverview } from "./story-overview";

const reports = harbourStoryReports;
const mayor = harbourA.blocks[1]!.text;
const own = "The Gazette's next edition will carry a full list of the reopened moorings and their new fees.";
const correction = "Correction: an earlier version of this article said the quay would open in May.";

/** The Island Gazette's page: day 1 without the mayor's paragraph, day 2 updated at the same address. */
function gazettePage(day: 1 | 2, path = "/news/harbour-reopens"): string {
  const paragraphs = day === 1 ? [...reports["Island Gazette"].filter((p) => p !== mayor), own] : [...reports["Island Gazette"], own, correction];
  const title = day === 1 ? "Harbour reopens to boats" : "Harbour reopens; mayor hails the rebuilt wall";
  return `<!doctype html><html><head><title>${title} | Island Gazette</title><meta property="og:site_name" content="Island Gazette">
<link rel="canonical" href="${path}"></head><body><nav><a href="/">Home</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article></body></html>`;
}

/** What the site serves now, by path: a page, or a status (404, a paywall teaser's 200 is a page). */
const served = new Map<string, string | number>();
const server = http.createServer((req, res) => {
  const page = served.get(new URL(req.url ?? "/", "http://site").pathname) ?? 404;
  if (typeof page === "number") res.writeHead(page, { "Content-Type": "text/html" }).end("<h1>Not found</h1>");
  else res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page);
});
const site = withFetchSite(server);

let reviewer: Reviewer;
beforeAll(async () => {
  const account = await createAccount({ username: "alice", password: "correct horse battery", role: "editor" });
  reviewer = { id: account.id, username: account.username };
});
const actor = { username: "alice" };

/** Ingests the links as the app does (the real queue worker) and returns their rows. */
async function ingest(urls: string[], storyId: string | null = null) {
  const { batchId } = await startIngestBatch(urls.join("\n"), { storyId, requestedBy: "alice" });
  await waitForIngestBatches([batchId], { pollMs: 50 });
  return getIngestBatch(batchId);
}

const textOf = (outlet: keyof typeof reports) => reports[outlet].join("\n\n");
const articleRow = async (id: string) => (await db()).article.findUniqueOrThrow({ where: { id }, select: { title: true, text: true, storyId: true, outletId: true, fetchedAt: true } });

describe("fetch again: a page updated at the same address", () => {
  it("replaces the text in place, keeps the story's and the pair's reviews on their findings, and logs what changed", async () => {
    served.set("/news/harbour-reopens", gazettePage(1));
    const ledger = await storePasted("Coastal Ledger (f1)", textOf("Coastal Ledger"));
    const courier = await storePasted("Fjord Courier (f1)", textOf("Fjord Courier"));
    const ministry = await storePasted("Fisheries Ministry (f1)", textOf("Fisheries Ministry"));
    const storyId = (await createStory("Harbour reopens, updated", [ledger, courier, ministry])).id;
    const [link] = await ingest([`${site.base}/news/harbour-reopens`], storyId);
    expect(link).toMatchObject({ state: "done" });
    const gazette = link!.articleId!;
    const before = await articleRow(gazette);

    const mayorFlag = (await getStoryOverview(storyId)).coverage?.flags.find((f) => f.kind === "entity" && f.text.includes("Solberg"));
    expect(mayorFlag?.absentFrom.sort()).toEqual([gazette, ministry].sort());
    expect((await reviewFlag({ scope: `story:${storyId}`, flagKey: mayorFlag!.key, status: "needs-check", note: "Ask the Gazette.", version: null }, reviewer)).status).toBe("saved");
    expect((await reviewFlag({ scope: `cmp:${ledger}:${gazette}`, flagKey: "entity:solberg:b", status: "confirmed", note: "", version: null }, reviewer)).status).toBe("saved");

    // Unchanged: said, nothing replaced.
    const same = await refetchArticle(gazette, actor);
    expect(same).toMatchObject({ changed: false, message: expect.stringMatching(/^Fetched again: the page is unchanged since \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/) });
    expect(await articleRow(gazette)).toEqual(before);

    served.set("/news/harbour-reopens", gazettePage(2));
    const result = await refetchArticle(gazette, actor);
    expect(result).toMatchObject({ changed: true, summary: "the headline and 2 paragraphs (2 new)" });
    expect(result.message).toMatch(/^Fetched again: the page had changed since .* UTC — the headline and 2 paragraphs \(2 new\)\. The stored text is replaced\.$/);
    const after = await articleRow(gazette);
    expect(after.title).toBe("Harbour reopens; mayor hails the rebuilt wall");
    expect(after.text).toContain(mayor);
    expect(after.text).toContain(correction);
    // The same article: its story and outlet stay.
    expect({ storyId: after.storyId, outletId: after.outletId }).toEqual({ storyId: before.storyId, outletId: before.outletId });
    expect(await (await db()).article.count({ where: { outlet: { name: "Island Gazette" } } })).toBe(1);

    // The story's review followed its finding, now left out by the Ministry alone; the pair's review is still there.
    const overview = await getStoryOverview(storyId);
    const now = overview.coverage?.flags.find((f) => f.kind === "entity" && f.text.includes("Solberg"));
    expect(now?.absentFrom).toEqual([ministry]);
    expect(overview.reviews.get(now!.key)).toMatchObject({ status: "needs-check", note: "Ask the Gazette." });
    expect((await listReviewsIn([`cmp:${ledger}:${gazette}`])).get(`cmp:${ledger}:${gazette}`)?.get("entity:solberg:b")?.status).toBe("confirmed");

    // Re-extraction now reads the page fetched again, not the day-1 page.
    expect(await reextractArticle(gazette)).toEqual({ changed: false });

    const log = (await activityAbout(gazette)).map((e) => e.text);
    expect(log).toContain(
      "fetched the article “Harbour reopens; mayor hails the rebuilt wall” (Island Gazette) again from its link: the page had changed — the headline and 2 paragraphs (2 new); its text was replaced",
    );
    expect(log).toContain("fetched the article “Harbour reopens to boats” (Island Gazette) again from its link: the page is unchanged");
  }, 120_000);

  it("keeps the stored version when the page is gone or now a paywall teaser, and says why", async () => {
    served.set("/news/quay-works", gazettePage(1, "/news/quay-works").replaceAll("Harbour reopens to boats", "Quay works begin").replace(own, "Divers began replacing the timber fenders of the inner quay on Tuesday morning."));
    const [link] = await ingest([`${site.base}/news/quay-works`]);
    const id = link!.articleId!;
    const before = await articleRow(id);

    served.set("/news/quay-works", 404);
    await expect(refetchArticle(id, actor)).rejects.toMatchObject({
      code: "fetch_failed",
      message: expect.stringMatching(/^Could not fetch the article again\. .*404.* The stored version \(fetched .* UTC\) is kept\.$/),
    });
    served.set("/news/quay-works", `<!doctype html><html><head><title>Quay works | Island Gazette</title></head><body><article><h1>Quay works begin</h1><p>Divers began work on the quay.</p><p>Subscribe to continue reading.</p></article></body></html>`);
    await expect(refetchArticle(id, actor)).rejects.toMatchObject({ code: "fetch_failed", message: expect.stringMatching(/^Could not fetch the article again\. .*The stored version .* is kept\.$/) });
    expect(await articleRow(id)).toEqual(before);
    // A failure changed nothing, so the log has nothing to say.
    expect((await activityAbout(id)).filter((e) => e.action === "article.refetched")).toEqual([]);
  }, 120_000);

  it("refuses a pasted article: there is no page to fetch", async () => {
    const pasted = await storePasted("Coastal Ledger (f3)", `${textOf("Coastal Ledger")}\n\nThe Ledger's own closing line, so this text is new.`);
    await expect(refetchArticle(pasted, actor)).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("not stored from a link") });
  });

  it("reports a link pasted again whose page changed as changed, not as a plain duplicate, and keeps the stored text", async () => {
    const page = (extra: string) => gazettePage(1, "/news/fish-auction").replaceAll("Harbour reopens to boats", "Fish auction returns").replace(own, extra);
    served.set("/news/fish-auction", page("The auction opens at six."));
    const [first] = await ingest([`${site.base}/news/fish-auction`]);
    const id = first!.articleId!;
    const [again] = await ingest([`${site.base}/news/fish-auction`]);
    expect(again).toMatchObject({ state: "duplicate", articleId: id, error: null });

    served.set("/news/fish-auction", page("The auction opens at seven, not six as first announced."));
    const [changed] = await ingest([`${site.base}/news/fish-auction?utm_source=newsletter`]);
    expect(changed).toMatchObject({ state: "changed", articleId: id });
    expect(changed!.error).toMatch(/^Already stored, but the page has changed since it was fetched \(.* UTC\): 1 paragraph \(1 changed\)\. The stored version is kept; use Fetch again on the article \(lacuna refetch \S+\) to replace it with this one\.$/);
    expect((await articleRow(id)).text).toContain("The auction opens at six.");
  }, 120_000);
});
