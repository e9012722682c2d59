import { describe, expect, it } from "vitest";
import { createStory } from "../db/story-mutations";
import { deleteArticleKeepingReviews } from "./article-deletion";
import { reviewFlag, type ReviewState } from "./flag-reviews";
import { withEditorDatabase } from "./fixtures/editor-database";
import { harbourStoryReports } from "./fixtures/harbour-story-reports";
import { storePasted } from "./fixtures/store-pasted";
import { fileArticle } from "./story-filing";
import { getStoryOverview } from "./story-overview";

// An article leaving a story re-keys the reviews whose findings named it. The
// review is the same verdict by the same person: its "by … · when" (shown on
// the page and in every export) and its version must not read as a new check.

const editor = withEditorDatabase("dana");

type Flag = NonNullable<Awaited<ReturnType<typeof getStoryOverview>>["coverage"]>["flags"][number];
const findingOf = (flag: Flag) => flag.key.slice(0, flag.key.lastIndexOf(":absent:"));

/** A story of four reports and a review of a passage two of them leave out, one being the Ministry's. */
async function reviewedStory(tag: string): Promise<{ storyId: string; ministry: string; passage: Flag; saved: ReviewState }> {
  const ids: Record<string, string> = {};
  for (const [outlet, paragraphs] of Object.entries(harbourStoryReports)) ids[outlet] = await storePasted(`${outlet}${tag}`, paragraphs.join("\n\n"));
  const storyId = (await createStory(`Harbour reopens${tag}`, Object.values(ids))).id;
  const ministry = ids["Fisheries Ministry"]!;
  const flags = (await getStoryOverview(storyId)).coverage?.flags ?? [];
  const passage = flags.find((f) => f.kind === "passage" && f.absentFrom.includes(ministry) && f.absentFrom.length === 2 && f.item === f.key);
  expect(passage).toBeDefined();
  const result = await reviewFlag({ scope: `story:${storyId}`, flagKey: passage!.item, status: "confirmed", note: "Checked with the port", version: null }, editor.reviewer);
  if (result.status !== "saved" || !result.review) throw new Error("the review was not saved");
  return { storyId, ministry, passage: passage!, saved: result.review };
}

/** The review of the same finding once the story has changed: under its new key, as stored. */
async function reviewAfter(storyId: string, passage: Flag) {
  const after = await getStoryOverview(storyId);
  const same = after.coverage?.flags.find((f) => findingOf(f) === findingOf(passage));
  expect(same).toBeDefined();
  // The finding's key did change: the review was moved, not left where it was.
  expect(same!.item).not.toBe(passage.item);
  return { item: same!.item, review: after.reviews.get(same!.item) };
}

describe("a story review re-keyed because an article left the story", () => {
  it("keeps who set it and when after the article is deleted, and the next save naming that version goes through", async () => {
    const { storyId, ministry, passage, saved } = await reviewedStory("");
    // Let the clock move on: a re-key stamped "now" would read later than the review.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await deleteArticleKeepingReviews(ministry);

    const { item, review } = await reviewAfter(storyId, passage);
    expect(review).toMatchObject({ status: "confirmed", note: "Checked with the port", reviewerName: "dana" });
    expect(review!.updatedAt.toISOString()).toBe(saved.version);
    // A colleague's page still holding that version is not told someone else changed it.
    const next = await reviewFlag({ scope: `story:${storyId}`, flagKey: item, status: "dismissed", note: "", version: saved.version }, editor.reviewer);
    expect(next.status).toBe("saved");
  }, 120_000);

  it("keeps who set it and when after the article is moved to another story", async () => {
    const { storyId, ministry, passage, saved } = await reviewedStory(" (moved)");
    await new Promise((resolve) => setTimeout(resolve, 20));
    await fileArticle({ articleId: ministry, storyId: "new", newTitle: "Ministry statements" });

    const { review } = await reviewAfter(storyId, passage);
    expect(review).toMatchObject({ status: "confirmed", reviewerName: "dana" });
    expect(review!.updatedAt.toISOString()).toBe(saved.version);
  }, 120_000);
});
