/**
 * Two editors reviewing one story: a save names the version of the review its
 * page saw, and a page that is out of date never overwrites a newer review.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { listReviews, type Reviewer } from "../db/reviews";
import { createStory } from "../db/story-mutations";
import { createAccount } from "./accounts/accounts";
import { reviewFlag, type ReviewFlagResult, type ReviewState } from "./flag-reviews";
import { useTestDatabase } from "./test-database";

let cleanup: () => Promise<void>;
let scope = "";
let alice: Reviewer;
let bob: Reviewer;
const flagKey = "coverage:entity:blinken:absent:x";

beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const a = await createAccount({ username: "alice", password: "correct horse battery", role: "editor" });
  const b = await createAccount({ username: "bob", password: "another long password", role: "editor" });
  alice = { id: a.id, username: a.username };
  bob = { id: b.id, username: b.username };
  scope = `story:${(await createStory("Talks in Seoul")).id}`;
});
afterAll(async () => cleanup());
beforeEach(async () => {
  await (await db()).flagReview.deleteMany({});
});

const stored = async () => (await listReviews(scope)).get(flagKey);

function savedReview(result: ReviewFlagResult): ReviewState {
  if (result.status !== "saved" || !result.review) throw new Error(`expected a saved review, got ${JSON.stringify(result)}`);
  return result.review;
}

describe("a review save names the version its page saw", () => {
  it("refuses a save from a page that saw no review once someone reviewed it, and returns their review", async () => {
    const theirs = savedReview(await reviewFlag({ scope, flagKey, status: "dismissed", note: "Wire copy", version: null }, alice));

    // Bob's page was loaded before Alice's dismissal: it saw no review and adds a note.
    const result = await reviewFlag({ scope, flagKey, status: "needs-check", note: "Ask the desk", version: null }, bob);

    expect(result).toEqual({ status: "conflict", current: { status: "dismissed", note: "Wire copy", by: "alice", version: theirs.version } });
    expect(await stored()).toMatchObject({ status: "dismissed", note: "Wire copy", reviewerName: "alice" });
  });

  it("refuses a save from a version that has been replaced, and accepts one from the current version", async () => {
    const first = savedReview(await reviewFlag({ scope, flagKey, status: "needs-check", version: null }, alice));
    const second = savedReview(await reviewFlag({ scope, flagKey, status: "dismissed", version: first.version }, alice));
    expect(second.version).not.toBe(first.version);

    const stale = await reviewFlag({ scope, flagKey, status: "confirmed", note: "Checked", version: first.version }, bob);
    expect(stale).toEqual({ status: "conflict", current: { status: "dismissed", note: "", by: "alice", version: second.version } });

    // Having seen Alice's dismissal, Bob saves over it knowingly.
    const over = savedReview(await reviewFlag({ scope, flagKey, status: "confirmed", note: "Checked", version: second.version }, bob));
    expect(over).toMatchObject({ status: "confirmed", note: "Checked", by: "bob" });
    expect(await stored()).toMatchObject({ status: "confirmed", note: "Checked", reviewerName: "bob" });
    expect((await stored())?.updatedAt.toISOString()).toBe(over.version);
  });

  it("lets only one of two saves from the same version through, even within one millisecond", async () => {
    const first = savedReview(await reviewFlag({ scope, flagKey, status: "needs-check", version: null }, alice));
    const results = await Promise.all([
      reviewFlag({ scope, flagKey, status: "dismissed", version: first.version }, alice),
      reviewFlag({ scope, flagKey, status: "confirmed", version: first.version }, bob),
    ]);
    const saved = results.filter((r) => r.status === "saved");
    const refused = results.filter((r) => r.status === "conflict");
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    // The refused one is told what won, which is what is stored.
    const winner = savedReview(saved[0]!);
    expect(refused[0]).toEqual({ status: "conflict", current: winner });
    expect(await stored()).toMatchObject({ status: winner.status, reviewerName: winner.by });
  });

  it("when two first reviews are made at once, one is stored and the other is told about it", async () => {
    const results = await Promise.all([
      reviewFlag({ scope, flagKey, status: "dismissed", note: "Alice's", version: null }, alice),
      reviewFlag({ scope, flagKey, status: "confirmed", note: "Bob's", version: null }, bob),
    ]);
    const saved = results.filter((r) => r.status === "saved");
    expect(saved).toHaveLength(1);
    const winner = savedReview(saved[0]!);
    expect(results.find((r) => r.status === "conflict")).toEqual({ status: "conflict", current: winner });
    expect(await (await db()).flagReview.count()).toBe(1);
    expect(await stored()).toMatchObject({ status: winner.status, note: winner.note, reviewerName: winner.by });
  });

  it("refuses to clear a review changed since the page saw it, and clears one that is unchanged", async () => {
    const first = savedReview(await reviewFlag({ scope, flagKey, status: "needs-check", version: null }, alice));
    const second = savedReview(await reviewFlag({ scope, flagKey, status: "confirmed", note: "Seen in the transcript", version: first.version }, alice));

    expect(await reviewFlag({ scope, flagKey, status: "none", version: first.version }, bob)).toEqual({ status: "conflict", current: second });
    expect(await reviewFlag({ scope, flagKey, status: "none", version: null }, bob)).toEqual({ status: "conflict", current: second });
    expect(await stored()).toMatchObject({ status: "confirmed" });

    // The save says what it replaced: the activity log names the review that was cleared.
    expect(await reviewFlag({ scope, flagKey, status: "none", version: second.version }, bob)).toEqual({ status: "saved", review: null, previous: second, reviewId: null });
    expect(await stored()).toBeUndefined();
  });

  it("tells a page whose review someone removed, rather than bringing it back unseen", async () => {
    const first = savedReview(await reviewFlag({ scope, flagKey, status: "needs-check", version: null }, alice));
    await reviewFlag({ scope, flagKey, status: "none", version: first.version }, alice);

    expect(await reviewFlag({ scope, flagKey, status: "confirmed", version: first.version }, bob)).toEqual({ status: "conflict", current: null });
    expect(await stored()).toBeUndefined();
  });
});
