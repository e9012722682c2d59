import http from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import { storedBlocks } from "../corpus/stored-blocks";
import { db } from "../db/client";
import type { Reviewer } from "../db/reviews";
import { createStory } from "../db/story-mutations";
import { createAccount } from "./accounts/accounts";
import { compareArticles } from "./compare-articles";
import { exportComparisonReport, exportStoryReport } from "./export-report";
import { reviewFlag, reviewStateOf } from "./flag-reviews";
import { echoText, gazettePage, heraldText } from "./fixtures/brackley-bridge";
import { withFetchSite } from "./fixtures/fetch-site";
import { storePasted } from "./fixtures/store-pasted";
import { getIngestBatch, startIngestBatch, waitForIngestBatches } from "./ingest-urls";
import { refetchArticle } from "./refetch-article";
import { replaceArticleText } from "./replace-article-text";
import { storyConcernedArticles } from "./review-text-changes";
import { getStoryOverview } from "./story-overview";

// "Confirmed: the Herald leaves out the council engineer" was checked against the Gazette as it read then.
// Once the Gazette's page is fetched again with a new toll and new paragraphs, whoever reads the review
// (compare page, story page, every export) must be told it predates the Gazette's new text.

let page = gazettePage(1);
const server = http.createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(page));
const site = withFetchSite(server);

let reviewer: Reviewer;
beforeAll(async () => {
  const account = await createAccount({ username: "dana", password: "correct horse battery", role: "editor" });
  reviewer = { id: account.id, username: account.username };
});
const actor = { username: "dana" };

async function ingestGazette(): Promise<string> {
  const { batchId } = await startIngestBatch(`${site.base}/news/footbridge-collapse`, { storyId: null, requestedBy: "dana" });
  await waitForIngestBatches([batchId], { pollMs: 50 });
  const [link] = await getIngestBatch(batchId);
  expect(link).toMatchObject({ state: "done" });
  return link!.articleId!;
}

const textChangedAt = async (id: string) => (await (await db()).article.findUniqueOrThrow({ where: { id }, select: { textChangedAt: true } })).textChangedAt;

/** The pair's review of the engineer's name, as the compare page shows it. */
async function pairReviewShown(gazette: string, herald: string, flagKey: string) {
  const result = await compareArticles(gazette, herald);
  const record = result.reviews.get(flagKey);
  expect(record).toBeDefined();
  return reviewStateOf(record!, result.textStates);
}

/** The story's review of the engineer's name, as the story page shows it. */
async function storyReviewShown(storyId: string, flagKey: string) {
  const overview = await getStoryOverview(storyId);
  const record = overview.reviews.get(flagKey);
  expect(record).toBeDefined();
  return reviewStateOf(record!, storyConcernedArticles(overview)(flagKey));
}

describe("reviews made before an article's text changed", () => {
  it("are marked once a fetch again replaces the text, not after a fetch that found the page unchanged, and not once saved again", async () => {
    const gazette = await ingestGazette();
    const herald = await storePasted("Fenmore Herald", heraldText);
    const echo = await storePasted("Northampton Echo", echoText);
    const storyId = (await createStory("Brackley footbridge collapse", [gazette, herald, echo])).id;

    // Reviews of the engineer's name, left out by the Herald: in the pair and in the story.
    const compared = await compareArticles(gazette, herald);
    const engineer = compared.comparison.omissions.find((o) => o.kind === "entity" && o.key.includes("raman"));
    expect(engineer).toBeDefined();
    const pairSaved = await reviewFlag({ scope: compared.scope, flagKey: engineer!.key, swappedKey: compared.swappedKeys.get(engineer!.key), status: "confirmed", note: "Checked both pages", version: null }, reviewer);
    expect(pairSaved.status).toBe("saved");
    const storyFlag = (await getStoryOverview(storyId)).coverage?.flags.find((f) => f.kind === "entity" && f.text.includes("Raman"));
    expect(storyFlag?.absentFrom).toEqual([herald]);
    expect((await reviewFlag({ scope: `story:${storyId}`, flagKey: storyFlag!.key, status: "confirmed", note: "", version: null }, reviewer)).status).toBe("saved");

    // Fetched again, the page is as it was: nothing changed, nothing marked.
    expect(await refetchArticle(gazette, actor)).toMatchObject({ changed: false });
    // Nor when the replace path stores the very same text and title (only the kept page is new).
    const row = await (await db()).article.findUniqueOrThrow({ where: { id: gazette }, select: { id: true, storyId: true, title: true, text: true, blockRoles: true, rawSource: true, finalUrl: true } });
    await replaceArticleText(row, { title: row.title, blocks: storedBlocks(row.text, row.blockRoles), page: { rawSource: row.rawSource, finalUrl: row.finalUrl, fetchedAt: new Date() } });
    expect(await textChangedAt(gazette)).toBeNull();
    expect((await pairReviewShown(gazette, herald, engineer!.key)).reviewedBeforeTextChange).toBeUndefined();
    expect((await storyReviewShown(storyId, storyFlag!.key)).reviewedBeforeTextChange).toBeUndefined();

    // Overnight the Gazette's toll goes to fifteen, with a new paragraph and a correction note.
    page = gazettePage(2);
    const before = Date.now();
    expect(await refetchArticle(gazette, actor)).toMatchObject({ changed: true });
    const changedAt = await textChangedAt(gazette);
    expect(changedAt!.getTime()).toBeGreaterThanOrEqual(before);
    const marker = { articleId: gazette, outlet: "Brackley Gazette", changedAt: changedAt!.toISOString() };

    const pairShown = await pairReviewShown(gazette, herald, engineer!.key);
    expect(pairShown).toMatchObject({ status: "confirmed", by: "dana", reviewedBeforeTextChange: marker });
    expect((await storyReviewShown(storyId, storyFlag!.key)).reviewedBeforeTextChange).toEqual(marker);
    // Every export says so too.
    const md = (await exportComparisonReport(gazette, herald, "md")).body as string;
    expect(md).toContain("_Reviewed before Brackley Gazette's text changed (");
    const storyJson = JSON.parse((await exportStoryReport(storyId, "json")).body as string) as { flags: Array<{ key: string; review?: { reviewedBeforeTextChange?: unknown } }> };
    expect(storyJson.flags.find((f) => f.key === storyFlag!.key)?.review?.reviewedBeforeTextChange).toEqual(marker);

    // Looked at again and saved (a note added): a check of the new text, no longer marked.
    const resaved = await reviewFlag({ scope: compared.scope, flagKey: engineer!.key, swappedKey: compared.swappedKeys.get(engineer!.key), status: "confirmed", note: "Still left out after the update", version: pairShown.version }, reviewer);
    expect(resaved.status).toBe("saved");
    expect((await pairReviewShown(gazette, herald, engineer!.key)).reviewedBeforeTextChange).toBeUndefined();
    expect((await exportComparisonReport(gazette, herald, "md")).body).not.toContain("Reviewed before");
    // The story's review, not saved again, still is.
    expect((await storyReviewShown(storyId, storyFlag!.key)).reviewedBeforeTextChange).toEqual(marker);
  }, 180_000);
});
