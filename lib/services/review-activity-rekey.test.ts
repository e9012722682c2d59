import { describe, expect, it } from "vitest";
import { itemIdFromHash } from "../../components/compare/item-link";
import { createStory } from "../db/story-mutations";
import { listActivity } from "./activity";
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

/** The item the entry's link opens, read back from its fragment as the story page does. */
async function linkedItem(storyId: string): Promise<string | null> {
  const [entry] = (await listActivity(undefined, { who: "ana.three", what: "reviews" })).entries;
  const [path, fragment] = entry!.href!.split("#");
  expect(path).toBe(`/stories/${storyId}`);
  return itemIdFromHash(`#${fragment}`);
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

    // Second move: a report without the wall passage joins the story.
    const weekly = await storePasted("Harbour Weekly", [harbourStoryReports["Island Gazette"][0], "Boats from the islands came in for the reopening, and the harbour master welcomed each by name on the radio."].join("\n\n"));
    await fileArticle({ articleId: weekly, storyId });
    const afterJoin = (await itemsOf(storyId)).find((f) => findingOf(f.key) === findingOf(wall.key))!;
    expect(afterJoin.absentFrom).toContain(weekly);
    expect(afterJoin.item).not.toBe(afterDelete.item);
    const linked = await linkedItem(storyId);
    expect(linked).toBe(afterJoin.item);
    // The story page finds it among its items, with the review on it.
    expect((await itemsOf(storyId)).some((f) => f.item === linked)).toBe(true);
    expect((await getStoryOverview(storyId)).reviews.get(linked!)?.status).toBe("confirmed");
  }, 180_000);
});
