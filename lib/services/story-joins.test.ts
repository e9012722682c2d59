import { describe, expect, it } from "vitest";
import { updateArticleExtraction } from "../db/article-mutations";
import { db } from "../db/client";
import { listReviewsIn } from "../db/reviews";
import { createStory } from "../db/story-mutations";
import { extractArticle } from "../ingest/extract/extract-article";
import { addPastedArticle } from "./add-pasted-article";
import { reviewFlag } from "./flag-reviews";
import { harbourA } from "./fixtures/harbour-pair";
import { harbourStoryReports } from "./fixtures/harbour-story-reports";
import { storePasted } from "./fixtures/store-pasted";
import { reextractArticle } from "./reextract-article";
import { storeExtractedArticle } from "./store-extracted-article";
import { fileArticle } from "./story-filing";
import { getStoryOverview } from "./story-overview";
import { withEditorDatabase } from "./fixtures/editor-database";

const editor = withEditorDatabase();

const reports = harbourStoryReports;
const mayor = harbourA.blocks[1]!.text;
type Outlet = keyof typeof reports;
const textOf = (outlet: Outlet) => reports[outlet].join("\n\n");

async function story(title: string, tag: string, outlets: Outlet[], extra: Partial<Record<Outlet, string>> = {}) {
  const ids: Partial<Record<Outlet, string>> = {};
  for (const outlet of outlets) ids[outlet] = await storePasted(`${outlet}${tag}`, [textOf(outlet), extra[outlet] ?? []].flat().join("\n\n"));
  return { storyId: (await createStory(title, Object.values(ids))).id, ids: ids as Record<Outlet, string> };
}

type Flag = NonNullable<Awaited<ReturnType<typeof getStoryOverview>>["coverage"]>["flags"][number];
/** The finding part of a story flag's key ("coverage:<row key>"), without the sources it is absent from. */
const findingOf = (flag: { key: string }) => flag.key.slice(0, flag.key.lastIndexOf(":absent:"));
const flagsOf = async (storyId: string) => (await getStoryOverview(storyId)).coverage?.flags ?? [];
/** The wall passage's flag: reported by the Ledger and the Courier. */
const wallFlag = (flags: Flag[]) => flags.find((f) => f.kind === "passage" && f.text.includes("rebuilt section of the wall"));

async function review(storyId: string, flag: Flag, status: "confirmed" | "dismissed" | "needs-check", note = "") {
  const saved = await reviewFlag({ scope: `story:${storyId}`, flagKey: flag.key, status, note, version: null }, editor.reviewer);
  expect(saved.status).toBe("saved");
}

/** The story's flag for the same finding now, and the review it carries (the story page reads reviews by flag key). */
async function sameFinding(storyId: string, before: Flag) {
  const overview = await getStoryOverview(storyId);
  const flag = overview.coverage?.flags.find((f) => findingOf(f) === findingOf(before));
  return { flag, review: flag && overview.reviews.get(flag.key), reviews: overview.reviews };
}

describe("an article joining a story", () => {
  it("keeps the review of a finding it also leaves out on that finding, when filed from its page", async () => {
    const { storyId, ids } = await story("Harbour reopens", "", ["Coastal Ledger", "Fjord Courier", "Island Gazette"]);
    const wall = wallFlag(await flagsOf(storyId));
    expect(wall?.absentFrom).toEqual([ids["Island Gazette"]]);
    await review(storyId, wall!, "confirmed", "The Gazette never mentions the wall.");
    // A review of a comparison, which the filing must leave alone.
    const pairScope = `cmp:${[ids["Coastal Ledger"], ids["Island Gazette"]].sort().join(":")}`;
    expect((await reviewFlag({ scope: pairScope, flagKey: "entity:a:ingrid solberg", status: "dismissed", version: null }, editor.reviewer)).status).toBe("saved");

    const ministry = await storePasted("Fisheries Ministry", textOf("Fisheries Ministry"));
    await fileArticle({ articleId: ministry, storyId });

    const now = await sameFinding(storyId, wall!);
    // The same finding, now left out by the Ministry too: its key names both, and the review went with it.
    expect(now.flag?.absentFrom.sort()).toEqual([ids["Island Gazette"], ministry].sort());
    expect(now.flag?.key).not.toBe(wall!.key);
    expect(now.review).toMatchObject({ status: "confirmed", note: "The Gazette never mentions the wall.", reviewerName: "alice" });
    expect(now.reviews.size).toBe(1);
    expect((await listReviewsIn([pairScope])).get(pairScope)?.get("entity:a:ingrid solberg")?.status).toBe("dismissed");

    // Taken out again: the review is back on the finding as it was.
    await fileArticle({ articleId: ministry, storyId: null });
    const back = await sameFinding(storyId, wall!);
    expect(back.flag?.key).toBe(wall!.key);
    expect(back.review?.status).toBe("confirmed");
  }, 120_000);

  it("keeps the review on its finding when the article is pasted under the story (the CLI's and the form's way)", async () => {
    const { storyId, ids } = await story("Harbour reopens, pasted", " (2)", ["Coastal Ledger", "Fjord Courier", "Island Gazette"]);
    const wall = wallFlag(await flagsOf(storyId));
    await review(storyId, wall!, "dismissed");
    const added = await addPastedArticle({ title: "Ministry statement", outlet: "Fisheries Ministry (2)", text: textOf("Fisheries Ministry"), publishedAt: "2024-03-04", storyId });
    expect(added.status).toBe("created");
    const now = await sameFinding(storyId, wall!);
    expect(now.flag?.absentFrom.sort()).toEqual([ids["Island Gazette"], added.articleId].sort());
    expect(now.review?.status).toBe("dismissed");
  }, 120_000);

  it("keeps the review on its finding when a link ingested under the story brings the article", async () => {
    const { storyId, ids } = await story("Harbour reopens, ingested", " (5)", ["Coastal Ledger", "Fjord Courier", "Island Gazette"]);
    const wall = wallFlag(await flagsOf(storyId));
    await review(storyId, wall!, "confirmed");
    const html = `<html><head><title>Ministry statement</title><meta property="og:site_name" content="Fisheries Ministry (5)"></head><body><article><h1>Ministry statement</h1>${reports["Fisheries Ministry"].map((p) => `<p>${p}</p>`).join("")}</article></body></html>`;
    const finalUrl = "https://ministry.example/statements/harbour";
    const stored = await storeExtractedArticle(extractArticle(html, finalUrl), { requestedUrl: finalUrl, finalUrl, bytes: Buffer.from(html) }, { storyId });
    expect(stored.status).toBe("created");
    const now = await sameFinding(storyId, wall!);
    expect(now.flag?.absentFrom.sort()).toEqual([ids["Island Gazette"], stored.articleId].sort());
    expect(now.review?.status).toBe("confirmed");
  }, 120_000);

  it("keeps the review when the article reports the finding, and leaves one it cannot place where it is", async () => {
    const { storyId } = await story("Harbour reopens, reported", " (3)", ["Coastal Ledger", "Fjord Courier", "Island Gazette"]);
    const wall = wallFlag(await flagsOf(storyId));
    await review(storyId, wall!, "confirmed");
    // A review under a key no flag has (made on a finding as the story once was): no join explains it.
    const stale = `${findingOf(wall!)}:absent:no-such-article`;
    expect((await reviewFlag({ scope: `story:${storyId}`, flagKey: stale, status: "dismissed", version: null }, editor.reviewer)).status).toBe("saved");
    // The Courier's report again, under another outlet and with a line of its own: it reports the wall.
    const courier = await storePasted("Harbour Weekly (3)", `${textOf("Fjord Courier")}\n\nThe harbour office will publish new mooring fees in April, after a consultation with the skippers' association.`);
    await fileArticle({ articleId: courier, storyId });
    const now = await sameFinding(storyId, wall!);
    expect(now.flag?.key).toBe(wall!.key);
    expect(now.review?.status).toBe("confirmed");
    expect(now.reviews.get(stale)?.status).toBe("dismissed");
  }, 120_000);

  it("keeps a review on its finding when re-extracting an article makes it report what it left out", async () => {
    // A line of the Gazette's own, so its text is not the one stored by the tests above.
    const own = "The Gazette's next edition will carry a full list of the reopened moorings and their new fees.";
    const { storyId, ids } = await story("Harbour reopens, re-extracted", " (4)", ["Coastal Ledger", "Fjord Courier", "Island Gazette", "Fisheries Ministry"], { "Island Gazette": own });
    const gazette = ids["Island Gazette"];
    // An older extraction that lost the Gazette's paragraph on the mayor.
    const lost = [...reports["Island Gazette"].filter((p) => p !== mayor), own].join("\n\n");
    await updateArticleExtraction(gazette, { title: "Island Gazette (4) report", text: lost, blockRoles: lost.split("\n\n").map(() => "body"), wordCount: 60, contentHash: `lost-${gazette}` });
    const mayorFlag = (await flagsOf(storyId)).find((f) => f.kind === "entity" && f.text.includes("Solberg"));
    expect(mayorFlag?.absentFrom.sort()).toEqual([gazette, ids["Fisheries Ministry"]].sort());
    await review(storyId, mayorFlag!, "needs-check");

    expect(await reextractArticle(gazette)).toEqual({ changed: true });
    const now = await sameFinding(storyId, mayorFlag!);
    // Left out by fewer sources now: the Ministry's report only.
    expect(now.flag?.absentFrom).toEqual([ids["Fisheries Ministry"]]);
    expect(now.review?.status).toBe("needs-check");
    expect(await (await db()).flagReview.count({ where: { scope: `story:${storyId}` } })).toBe(1);
  }, 120_000);
});
