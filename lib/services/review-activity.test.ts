import { describe, expect, it } from "vitest";
import { itemIdFromHash } from "../../components/compare/item-link";
import { deleteArticle } from "../db/article-mutations";
import { createStory } from "../db/story-mutations";
import { activityActors, activityItemPath, listActivity } from "./activity";
import { openActivityItem } from "./activity-item-link";
import { addPastedArticle } from "./add-pasted-article";
import { reviewFlag, type FlagReviewInput } from "./flag-reviews";
import { describeReviewChange, itemName, recordReviewActivity, reviewPlace, type ReviewedItem } from "./review-activity";
import { withEditorDatabase } from "./fixtures/editor-database";

const editor = withEditorDatabase("ana.two");

/** What the review action does: save, then log what the save changed. */
async function review(input: FlagReviewInput, item?: ReviewedItem) {
  const result = await reviewFlag(input, editor.reviewer);
  if (result.status !== "saved") throw new Error("unexpected conflict");
  await recordReviewActivity(editor.reviewer, { scope: input.scope, flagKey: input.flagKey, previous: result.previous, review: result.review, reviewId: result.reviewId }, item);
  return result.review;
}

const where = "in the story “Kessingford derailment”";
const eighteen = itemName({ number: 17, title: "Eighteen of the injured remain in hospital" });

describe("the words of a review's entry", () => {
  it("says what the save changed: a verdict, a change of verdict, a note, a review cleared", () => {
    expect(describeReviewChange(null, { status: "dismissed", note: "" }, eighteen, where)).toEqual({
      action: "review.dismissed",
      text: "dismissed item 17, “Eighteen of the injured remain in hospital”, in the story “Kessingford derailment”",
    });
    expect(describeReviewChange(null, { status: "needs-check", note: "Ask the union" }, eighteen, where)?.text).toBe(
      "marked item 17, “Eighteen of the injured remain in hospital”, as needing a check in the story “Kessingford derailment”, noting “Ask the union”",
    );
    expect(describeReviewChange({ status: "dismissed", note: "" }, { status: "dismissed", note: "Said as 18 elsewhere" }, eighteen, where)).toEqual({
      action: "review.note",
      text: "added a note to item 17, “Eighteen of the injured remain in hospital”, in the story “Kessingford derailment”: “Said as 18 elsewhere”",
    });
    expect(describeReviewChange({ status: "dismissed", note: "a" }, { status: "dismissed", note: "b" }, eighteen, where)?.text).toMatch(/^changed the note on item 17, .*: “b”$/);
    expect(describeReviewChange({ status: "dismissed", note: "a" }, { status: "dismissed", note: "" }, eighteen, where)?.text).toMatch(/^removed the note on item 17, /);
    expect(describeReviewChange({ status: "dismissed", note: "a" }, { status: "confirmed", note: "a" }, eighteen, where)).toEqual({
      action: "review.confirmed",
      text: "confirmed item 17, “Eighteen of the injured remain in hospital”, in the story “Kessingford derailment” (it was Dismissed)",
    });
    // Undo of a dismissal: the review it replaced is named.
    expect(describeReviewChange({ status: "dismissed", note: "" }, null, eighteen, where)).toEqual({
      action: "review.cleared",
      text: "cleared the review of item 17, “Eighteen of the injured remain in hospital”, in the story “Kessingford derailment” (it was Dismissed)",
    });
    // Saved again unchanged, or nothing to clear: no entry.
    expect(describeReviewChange({ status: "confirmed", note: "x" }, { status: "confirmed", note: "x" }, eighteen, where)).toBeNull();
    expect(describeReviewChange(null, null, eighteen, where)).toBeNull();
    expect(itemName(undefined)).toBe("an item");
  });
});

describe("reviews in the activity log", () => {
  it("logs each review under its reviewer, with a link that opens the item where it was reviewed, kept to by Who and What", async () => {
    const story = await createStory("Kessingford derailment");
    const scope = `story:${story.id}`;
    const flagKey = "coverage:passage:eighteen-injured";
    const dismissed = await review({ scope, flagKey, status: "dismissed", version: null }, { number: 17, title: "Eighteen of the injured remain in hospital" });
    await review({ scope, flagKey, status: "dismissed", note: "Said as 18 elsewhere", version: dismissed!.version }, { number: 17, title: "Eighteen of the injured remain in hospital" });

    const { entries } = await listActivity(undefined, { who: "ana.two", what: "reviews" });
    expect(entries.map((e) => [e.actor, e.action, e.text])).toEqual([
      ["ana.two", "review.note", "added a note to item 17, “Eighteen of the injured remain in hospital”, in the story “Kessingford derailment”: “Said as 18 elsewhere”"],
      ["ana.two", "review.dismissed", "dismissed item 17, “Eighteen of the injured remain in hospital”, in the story “Kessingford derailment”"],
    ]);
    // The link opens the story at the item: the page reads the flag key back from the fragment.
    // A story review's link is resolved when clicked (its key may move when articles join the story).
    expect(entries[0]!.href).toBe(activityItemPath(entries[0]!.id));
    const href = (await openActivityItem(entries[0]!.id))!;
    expect(href.split("#")[0]).toBe(`/stories/${story.id}`);
    expect(itemIdFromHash(`#${href.split("#")[1]}`)).toBe(flagKey);
    expect(await activityActors()).toContain("ana.two");
  });

  it("names a comparison by its outlets in the order it was shown, links to that view, and not once an article is gone", async () => {
    const wire = await addPastedArticle({ title: "Seven killed as passenger train derails", outlet: "Meridian Press", text: "Seven people were killed and 43 injured when a passenger train derailed on a viaduct outside Kessingford on Tuesday." });
    const courier = await addPastedArticle({ title: "Train derails near Kessingford", outlet: "Daily Courier", text: "Seven people were killed and 43 injured when a passenger train derailed outside Kessingford on Tuesday afternoon." });
    const scope = `cmp:${courier.articleId}:${wire.articleId}`;
    const flagKey = "entity:b:ruth okafor";
    await review({ scope, flagKey, status: "confirmed", note: "Courier drops the resignation entirely.", version: null }, { number: 2, title: "Ruth Okafor" });

    const [entry] = (await listActivity(undefined, { what: "reviews" })).entries;
    expect(entry).toMatchObject({
      actor: "ana.two",
      action: "review.confirmed",
      text: "confirmed item 2, “Ruth Okafor”, in the comparison of Daily Courier with Meridian Press, noting “Courier drops the resignation entirely.”",
      href: `/compare/${courier.articleId}/${wire.articleId}#item:${encodeURIComponent(flagKey)}`,
    });
    await deleteArticle(wire.articleId);
    expect((await listActivity(undefined, { what: "reviews" })).entries[0]).toMatchObject({ text: entry!.text, href: null });
  });

  it("tells two articles of one outlet apart as the compare page does", async () => {
    const first = await addPastedArticle({ title: "Fire at Brackley plant", outlet: "Brackley Gazette", publishedAt: "2026-12-06", text: "Twelve workers were killed when a fire tore through the Halvorsen Plastics plant in Brackley late on Friday." });
    const second = await addPastedArticle({ title: "Brackley toll rises", outlet: "Brackley Gazette", publishedAt: "2026-12-07", text: "Fifteen workers are now known to have died in the fire at the Halvorsen Plastics plant in Brackley, police said." });
    expect(await reviewPlace(`cmp:${second.articleId}:${first.articleId}`)).toBe("in the comparison of Brackley Gazette (7 Dec) with Brackley Gazette (6 Dec)");
  });

  it("logs nothing for a save that changed nothing, and never fails the review over an unreadable item name", async () => {
    const story = await createStory("Quay works");
    const scope = `story:${story.id}`;
    const saved = await review({ scope, flagKey: "coverage:entity:dev rao", status: "confirmed", note: "x", version: null }, { number: 0, title: "" } as ReviewedItem);
    const before = (await listActivity(undefined, { what: "reviews" })).entries;
    expect(before[0]?.text).toBe("confirmed an item in the story “Quay works”, noting “x”");
    await review({ scope, flagKey: "coverage:entity:dev rao", status: "confirmed", note: "x", version: saved!.version });
    expect((await listActivity(undefined, { what: "reviews" })).entries).toHaveLength(before.length);
  });
});
