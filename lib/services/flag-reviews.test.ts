import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocksToText } from "../text/types";
import { db } from "../db/client";
import { listReviews } from "../db/reviews";
import { addPastedArticle } from "./add-pasted-article";
import { compareArticles } from "./compare-articles";
import { harbourA, harbourB } from "./fixtures/harbour-pair";
import { createStory } from "../db/story-mutations";
import type { FlagReviewRecord, Reviewer } from "../db/reviews";
import { createAccount } from "./accounts/accounts";
import { MAX_REVIEWS_PER_SCOPE, reviewFlag } from "./flag-reviews";
import { useTestDatabase } from "./test-database";
import { UserError } from "./user-error";

let cleanup: () => Promise<void>;
/** The two harbour reports, `low` being the one with the smaller id. */
let low = "";
let high = "";
let storyScope = "";
let alice: Reviewer;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const account = await createAccount({ username: "alice", password: "correct horse battery", role: "editor" });
  alice = { id: account.id, username: account.username };
  storyScope = `story:${(await createStory("Harbour repairs")).id}`;
  const ids: string[] = [];
  for (const doc of [harbourA, harbourB]) {
    const added = await addPastedArticle({ title: doc.info.title, outlet: doc.info.outlet, text: blocksToText(doc.blocks) });
    ids.push(added.articleId);
  }
  [low = "", high = ""] = ids.sort();
});
afterAll(async () => cleanup());

const clearAll = async () => (await db()).flagReview.deleteMany({});

/** The version a page showing this review would send with its next save (null: no review). */
const versionOf = (review: FlagReviewRecord | undefined) => review?.updatedAt.toISOString() ?? null;
const storedVersion = async (scope: string, flagKey: string) => versionOf((await listReviews(scope)).get(flagKey));

/**
 * The flag about the harbourmaster (only one report names him) and the flag about the repair bill (a
 * changed figure, filed under each report: the one under harbourA's, which reads "<harbourA> says …").
 */
async function view(a: string, b: string) {
  const result = await compareArticles(a, b);
  const find = (test: (key: string, term: string, note: string) => boolean) => {
    const flag = result.comparison.omissions.find((f) => test(f.key, f.term ?? "", f.note ?? ""));
    if (!flag) throw new Error("fixture flag missing");
    return { key: flag.key, swappedKey: result.swappedKeys.get(flag.key), review: result.reviews.get(flag.key) };
  };
  return {
    scope: result.scope,
    aaberg: find((key, term) => key.startsWith("entity:") && /Aaberg/.test(term)),
    bill: find((key, _term, note) => key.startsWith("number:") && key.includes("4200000") && note.startsWith(`${harbourA.info.outlet} says`)),
  };
}

describe("reviews of a pairwise comparison survive Swap A and B", () => {
  it("a review made in one order shows on the same flag in the other, for a one-sided and a changed-figure flag", async () => {
    await clearAll();
    const first = await view(high, low);
    await reviewFlag({ scope: first.scope, flagKey: first.aaberg.key, swappedKey: first.aaberg.swappedKey, status: "confirmed", note: "Only the Ledger quotes him" }, alice);
    await reviewFlag({ scope: first.scope, flagKey: first.bill.key, swappedKey: first.bill.swappedKey, status: "needs-check" }, alice);

    const swapped = await view(low, high);
    expect(swapped.aaberg.key).not.toBe(first.aaberg.key);
    expect(swapped.aaberg.review).toMatchObject({ status: "confirmed", note: "Only the Ledger quotes him" });
    expect(swapped.bill.review).toMatchObject({ status: "needs-check" });

    // A change made in the second order is what the first order shows next: one review, not two.
    await reviewFlag({ scope: swapped.scope, flagKey: swapped.aaberg.key, swappedKey: swapped.aaberg.swappedKey, status: "dismissed", version: versionOf(swapped.aaberg.review) }, alice);
    expect((await view(high, low)).aaberg.review).toMatchObject({ status: "dismissed" });
    expect(await (await db()).flagReview.count()).toBe(2);

    const latest = await view(high, low);
    await reviewFlag({ scope: first.scope, flagKey: first.aaberg.key, swappedKey: first.aaberg.swappedKey, status: "none", version: versionOf(latest.aaberg.review) }, alice);
    expect((await view(low, high)).aaberg.review).toBeUndefined();
  });

  it("reviews stored per ordered view before this fix still show in both orders, and clearing removes them", async () => {
    await clearAll();
    const older = await view(high, low);
    // As the old code stored them: scope "cmp:<A>:<B>" of the view, that view's keys.
    await (await db()).flagReview.create({ data: { scope: `cmp:${high}:${low}`, flagKey: older.aaberg.key, status: "confirmed", note: "old" } });
    await (await db()).flagReview.create({ data: { scope: `cmp:${low}:${high}`, flagKey: (await view(low, high)).bill.key, status: "dismissed", note: "" } });

    for (const [a, b] of [[high, low], [low, high]] as const) {
      const seen = await view(a, b);
      expect(seen.aaberg.review).toMatchObject({ status: "confirmed", note: "old" });
      expect(seen.bill.review).toMatchObject({ status: "dismissed" });
    }

    const fresh = await view(low, high);
    await reviewFlag({ scope: fresh.scope, flagKey: fresh.aaberg.key, swappedKey: fresh.aaberg.swappedKey, status: "none", version: versionOf(fresh.aaberg.review) }, alice);
    expect((await view(high, low)).aaberg.review).toBeUndefined();
    expect((await view(low, high)).aaberg.review).toBeUndefined();
  });
});

describe("a change to a review stored the old way", () => {
  it("moves it to the pair's address when the page saw its version, and is refused when the page saw none", async () => {
    await clearAll();
    const older = await view(high, low);
    await (await db()).flagReview.create({ data: { scope: `cmp:${high}:${low}`, flagKey: older.aaberg.key, status: "confirmed", note: "old", reviewerName: "carol" } });
    const seen = await view(low, high);

    const stale = await reviewFlag({ scope: seen.scope, flagKey: seen.aaberg.key, swappedKey: seen.aaberg.swappedKey, status: "dismissed", version: null }, alice);
    expect(stale).toEqual({ status: "conflict", current: { status: "confirmed", note: "old", by: "carol", version: versionOf(seen.aaberg.review) } });

    const moved = await reviewFlag({ scope: seen.scope, flagKey: seen.aaberg.key, swappedKey: seen.aaberg.swappedKey, status: "dismissed", note: "old", version: versionOf(seen.aaberg.review) }, alice);
    expect(moved).toMatchObject({ status: "saved", review: { status: "dismissed", by: "alice" } });
    expect((await view(high, low)).aaberg.review).toMatchObject({ status: "dismissed", note: "old", reviewerName: "alice" });
    expect(await (await db()).flagReview.count()).toBe(1);
  });
});

describe("reviewFlag", () => {
  it("stores a verdict with its note, replaces it, and clears it with 'none'", async () => {
    const scope = storyScope;
    await reviewFlag({ scope, flagKey: "coverage:entity:kishi:absent:x", status: "needs-check", note: "Ask the desk" }, alice);
    expect((await listReviews(scope)).get("coverage:entity:kishi:absent:x")).toMatchObject({ status: "needs-check", note: "Ask the desk" });
    await reviewFlag({ scope, flagKey: "coverage:entity:kishi:absent:x", status: "confirmed", version: await storedVersion(scope, "coverage:entity:kishi:absent:x") }, alice);
    expect((await listReviews(scope)).get("coverage:entity:kishi:absent:x")).toMatchObject({ status: "confirmed", note: "" });
    await reviewFlag({ scope, flagKey: "coverage:entity:kishi:absent:x", status: "none", version: await storedVersion(scope, "coverage:entity:kishi:absent:x") }, alice);
    expect((await listReviews(scope)).size).toBe(0);
  });

  it.each([
    ["an unknown scope", () => ({ scope: "global", flagKey: "k", status: "confirmed" as const }), /scope/],
    ["a missing flag key", () => ({ scope: storyScope, flagKey: "", status: "confirmed" as const }), /which flag/],
    ["an overlong note", () => ({ scope: storyScope, flagKey: "k", status: "confirmed" as const, note: "x".repeat(5001) }), /5,000/],
    ["a story that does not exist", () => ({ scope: "story:doesnotexist", flagKey: "k", status: "confirmed" as const }), /story no longer exists/],
    ["a comparison of articles that do not exist", () => ({ scope: "cmp:nope:nope2", flagKey: "k", status: "confirmed" as const }), /no longer exists/],
    ["a comparison with one article that does not exist", () => ({ scope: `cmp:${low}:zzzz`, flagKey: "k", status: "confirmed" as const }), /no longer exists/],
    ["a comparison of an article with itself", () => ({ scope: `cmp:${low}:${low}`, flagKey: "k", status: "confirmed" as const }), /two different/],
  ])("refuses %s with a message and stores nothing", async (_name, input, message) => {
    await clearAll();
    const error = await reviewFlag(input(), alice).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect(await (await db()).flagReview.count()).toBe(0);
  });

  it("records who made the review and when, and the latest reviewer on a change", async () => {
    await clearAll();
    const bob = await createAccount({ username: "bob", password: "another long password", role: "editor" });
    const before = Date.now();
    await reviewFlag({ scope: storyScope, flagKey: "coverage:entity:kishi:absent:x", status: "needs-check" }, alice);
    const first = (await listReviews(storyScope)).get("coverage:entity:kishi:absent:x");
    expect(first).toMatchObject({ reviewerName: "alice" });
    expect(first!.updatedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await reviewFlag({ scope: storyScope, flagKey: "coverage:entity:kishi:absent:x", status: "confirmed", version: first!.updatedAt.toISOString() }, { id: bob.id, username: bob.username });
    expect((await listReviews(storyScope)).get("coverage:entity:kishi:absent:x")).toMatchObject({ status: "confirmed", reviewerName: "bob" });
    await clearAll();
  });

  it("stops adding reviews to one scope at the cap but still lets existing ones change", async () => {
    await clearAll();
    const client = await db();
    await client.flagReview.createMany({ data: Array.from({ length: MAX_REVIEWS_PER_SCOPE }, (_, i) => ({ scope: storyScope, flagKey: `made-up:${i}`, status: "confirmed" })) });
    const error = await reviewFlag({ scope: storyScope, flagKey: "one-more", status: "confirmed" }, alice).catch((e: unknown) => e);
    expect((error as UserError).message).toMatch(/already holds 2,000 reviews/);
    await reviewFlag({ scope: storyScope, flagKey: "made-up:7", status: "dismissed", version: await storedVersion(storyScope, "made-up:7") }, alice);
    expect((await listReviews(storyScope)).get("made-up:7")).toMatchObject({ status: "dismissed", reviewerName: "alice" });
    expect(await client.flagReview.count()).toBe(MAX_REVIEWS_PER_SCOPE);
    await clearAll();
  });
});
