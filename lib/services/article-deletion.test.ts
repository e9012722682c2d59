import { describe, expect, it } from "vitest";
import { createStory } from "../db/story-mutations";
import { countPairReviewsOf } from "../db/reviews";
import { deleteArticleKeepingReviews, deletionEffects, deletionWarning } from "./article-deletion";
import { reviewFlag } from "./flag-reviews";
import { harbourStoryReports } from "./fixtures/harbour-story-reports";
import { storePasted } from "./fixtures/store-pasted";
import { fileArticle } from "./story-filing";
import { getStoryOverview } from "./story-overview";
import { withEditorDatabase } from "./fixtures/editor-database";

const editor = withEditorDatabase();

const reports = harbourStoryReports;

async function storyOfFour(title: string, tag: string) {
  const ids: Record<string, string> = {};
  for (const [outlet, paragraphs] of Object.entries(reports)) ids[outlet] = await storePasted(`${outlet}${tag}`, paragraphs.join("\n\n"));
  const storyId = (await createStory(title, Object.values(ids))).id;
  return { storyId, ids };
}

type Flag = NonNullable<Awaited<ReturnType<typeof getStoryOverview>>["coverage"]>["flags"][number];
/** The finding part of a story flag's key ("coverage:<row key>"), without the sources it is absent from. */
const findingOf = (flag: Flag) => flag.key.slice(0, flag.key.lastIndexOf(":absent:"));

async function review(storyId: string, flag: Flag, status: "confirmed" | "dismissed") {
  const saved = await reviewFlag({ scope: `story:${storyId}`, flagKey: flag.item, status, version: null }, editor.reviewer);
  expect(saved.status).toBe("saved");
}

describe("deleting an article of a story", () => {
  it("keeps the reviews of findings that still exist, says which go, and removes its comparisons' reviews", async () => {
    const { storyId, ids } = await storyOfFour("Harbour reopens", "");
    const ministry = ids["Fisheries Ministry"] as string;
    const before = (await getStoryOverview(storyId)).coverage?.flags ?? [];
    // A passage two of four report, absent from the Gazette and the Ministry; the mayor, absent from the Ministry only.
    const passage = before.find((f) => f.kind === "passage" && f.absentFrom.includes(ministry) && f.absentFrom.length === 2 && f.item === f.key);
    const name = before.find((f) => f.kind === "entity" && f.absentFrom.length === 1 && f.absentFrom[0] === ministry && f.item === f.key);
    expect(passage?.text).toContain("absent from");
    expect(name?.text).toContain("Solberg");
    await review(storyId, passage!, "dismissed");
    await review(storyId, name!, "confirmed");
    // A review of the Ministry's comparison with another article.
    const pair = await reviewFlag({ scope: `cmp:${ministry}:${ids["Coastal Ledger"]}`, flagKey: "entity:a:ingrid solberg", status: "confirmed", version: null }, editor.reviewer);
    expect(pair.status).toBe("saved");

    const effects = await deletionEffects(ministry);
    expect(effects.pairReviews).toBe(1);
    expect(effects.storyReviewsKept).toBe(1);
    expect(effects.storyReviewsLost).toEqual([{ finding: name!.text, status: "confirmed" }]);
    const warning = deletionWarning(effects);
    expect(warning).toContain("The 1 review of its comparisons with other articles go with it.");
    expect(warning).toContain(`The 1 review of the story “Harbour reopens” stay with their findings`);
    expect(warning).toContain(`• Confirmed: ${name!.text}`);
    expect(warning).not.toContain("Its reviews stay");

    await deleteArticleKeepingReviews(ministry);
    const after = await getStoryOverview(storyId);
    const samePassage = after.coverage?.flags.find((f) => findingOf(f) === findingOf(passage!));
    // The same finding, now left out by one source of three: still dismissed.
    expect(samePassage?.absentFrom).toEqual([ids["Island Gazette"]]);
    expect(after.reviews.get(samePassage!.item)?.status).toBe("dismissed");
    expect(after.reviews.size).toBe(1);
    expect(await countPairReviewsOf(ministry)).toBe(0);
  }, 120_000);

  it("keeps a story's reviews when an article is taken out of it", async () => {
    const { storyId, ids } = await storyOfFour("Harbour reopens, moved", " (2)");
    const ministry = ids["Fisheries Ministry"] as string;
    const before = (await getStoryOverview(storyId)).coverage?.flags ?? [];
    const passage = before.find((f) => f.kind === "passage" && f.absentFrom.includes(ministry) && f.absentFrom.length === 2 && f.item === f.key);
    await review(storyId, passage!, "dismissed");
    await fileArticle({ articleId: ministry, storyId: "new", newTitle: "Ministry statements" });
    await fileArticle({ articleId: ministry, storyId: null });
    const after = await getStoryOverview(storyId);
    const samePassage = after.coverage?.flags.find((f) => findingOf(f) === findingOf(passage!));
    expect(samePassage?.absentFrom).toEqual([ids["Island Gazette"]]);
    expect(after.reviews.get(samePassage!.item)?.status).toBe("dismissed");
  }, 120_000);
});
