import { describe, expect, it } from "vitest";
import { itemIdFromHash } from "../../components/compare/item-link";
import { getPendingRekey } from "../db/review-rekeys";
import { listReviews, storyScope } from "../db/reviews";
import { createStory } from "../db/story-mutations";
import { activityItemPath, listActivity } from "./activity";
import { openActivityItem } from "./activity-item-link";
import { deleteArticleKeepingReviews } from "./article-deletion";
import { reviewFlag } from "./flag-reviews";
import { withEditorDatabase } from "./fixtures/editor-database";
import { harbourStoryReports } from "./fixtures/harbour-story-reports";
import { storePasted } from "./fixtures/store-pasted";
import { recordReviewActivity } from "./review-activity";
import { fileArticle } from "./story-filing";
import { getStoryOverview } from "./story-overview";

// A story review moves to its finding's new key when the story's articles
// change. The Activity entry that logged it must still open the item, after
// one move and after the next.

const editor = withEditorDatabase("ana.three");

type Flag = NonNullable<Awaited<ReturnType<typeof getStoryOverview>>["coverage"]>["flags"][number];
const findingOf = (key: string) => key.slice(0, key.lastIndexOf(":absent:"));

/**
 * The item the entry's link opens: the Activity page lists the entry's
 * resolver, which is asked at click time (as app/activity/[id]/item does)
 * where the item is; read back from the fragment as the story page does.
 */
async function linkedItem(storyId: string): Promise<string | null> {
  const [entry] = (await listActivity(undefined, { who: "ana.three", what: "reviews" })).entries;
  expect(entry!.href).toBe(activityItemPath(entry!.id));
  const [path, fragment] = (await openActivityItem(entry!.id))!.split("#");
  expect(path).toBe(`/stories/${storyId}`);
  return itemIdFromHash(`#${fragment}`);
}

/** The key the review is stored under right now, without analysing the story (which would move it). */
async function storedKeyOf(storyId: string): Promise<string | undefined> {
  return [...(await listReviews(storyScope(storyId))).keys()].find((key) => key.startsWith("coverage:"));
}

/** The story's items now (analysing it carries reviews over to joined articles' keys, as opening the page does). */
async function itemsOf(storyId: string): Promise<Flag[]> {
  return (await getStoryOverview(storyId)).coverage?.flags ?? [];
}

describe("a review's activity entry after the review moved to a new key", () => {
  it("opens the item where the review is now, after an article is deleted and after another joins", async () => {
    const ids: Record<string, string> = {};
    for (const [outlet, paragraphs] of Object.entries(harbourStoryReports)) ids[outlet] = await storePasted(outlet, paragraphs.join("\n\n"));
    const storyId = (await createStory("Harbour reopens", Object.values(ids))).id;
    const ministry = ids["Fisheries Ministry"]!;
    // The wall passage: in the Ledger and the Courier, absent from the Gazette and the Ministry.
    const wall = (await itemsOf(storyId)).find((f) => f.kind === "passage" && f.absentFrom.includes(ministry) && f.absentFrom.length === 2 && f.item === f.key)!;
    expect(wall).toBeDefined();
    // What the review action does: save, then log it.
    const scope = `story:${storyId}`;
    const saved = await reviewFlag({ scope, flagKey: wall.item, status: "confirmed", version: null }, editor.reviewer);
    if (saved.status !== "saved") throw new Error("unexpected conflict");
    await recordReviewActivity(editor.reviewer, { scope, flagKey: wall.item, previous: saved.previous, review: saved.review, reviewId: saved.reviewId }, { number: 3, title: "The rebuilt wall" });
    expect(await linkedItem(storyId)).toBe(wall.item);

    // First move: the Ministry's article is deleted; the finding is now absent from the Gazette only.
    await deleteArticleKeepingReviews(ministry);
    const afterDelete = (await itemsOf(storyId)).find((f) => findingOf(f.key) === findingOf(wall.key))!;
    expect(afterDelete.item).not.toBe(wall.item);
    expect(await linkedItem(storyId)).toBe(afterDelete.item);

    // Second move: a report without the wall passage joins the story. The entry's link is opened
    // right after the join, before the story is viewed or its background re-key has run: the review
    // still waits under its old key, and the link must not open the story at that key (nothing there).
    const weekly = await storePasted("Harbour Weekly", [harbourStoryReports["Island Gazette"][0], "Boats from the islands came in for the reopening, and the harbour master welcomed each by name on the radio."].join("\n\n"));
    await fileArticle({ articleId: weekly, storyId });
    expect(await getPendingRekey(storyId)).not.toBeNull();
    expect(await storedKeyOf(storyId)).toBe(afterDelete.item);
    const linked = await linkedItem(storyId);
    const pendingAfterOpening = await getPendingRekey(storyId);
    const afterJoin = (await itemsOf(storyId)).find((f) => findingOf(f.key) === findingOf(wall.key))!;
    expect(afterJoin.absentFrom).toContain(weekly);
    expect(afterJoin.item).not.toBe(afterDelete.item);
    expect(linked).toBe(afterJoin.item);
    // Opening it made the pending move itself, as the story page would have.
    expect(pendingAfterOpening).toBeNull();
    // The story page finds it among its items, with the review on it.
    expect((await itemsOf(storyId)).some((f) => f.item === linked)).toBe(true);
    expect((await getStoryOverview(storyId)).reviews.get(linked!)?.status).toBe("confirmed");
  }, 180_000);
});
