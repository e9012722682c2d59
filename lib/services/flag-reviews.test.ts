import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blocksToText } from "../text/types";
import { db } from "../db/client";
import { listReviews } from "../db/reviews";
import { addPastedArticle } from "./add-pasted-article";
import { compareArticles } from "./compare-articles";
import { harbourA, harbourB } from "./fixtures/harbour-pair";
import { reviewFlag } from "./flag-reviews";
import { useTestDatabase } from "./test-database";
import { UserError } from "./user-error";

let cleanup: () => Promise<void>;
/** The two harbour reports, `low` being the one with the smaller id. */
let low = "";
let high = "";
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const ids: string[] = [];
  for (const doc of [harbourA, harbourB]) {
    const added = await addPastedArticle({ title: doc.info.title, outlet: doc.info.outlet, text: blocksToText(doc.blocks) });
    ids.push(added.articleId);
  }
  [low = "", high = ""] = ids.sort();
});
afterAll(async () => cleanup());

const clearAll = async () => (await db()).flagReview.deleteMany({});

/** The flag about the harbourmaster (only one report names him) and the flag about the repair bill (a changed figure). */
async function view(a: string, b: string) {
  const result = await compareArticles(a, b);
  const find = (test: (key: string, term: string) => boolean) => {
    const flag = result.comparison.omissions.find((f) => test(f.key, f.term ?? ""));
    if (!flag) throw new Error("fixture flag missing");
    return { key: flag.key, swappedKey: result.swappedKeys.get(flag.key), review: result.reviews.get(flag.key) };
  };
  return {
    scope: result.scope,
    aaberg: find((key, term) => key.startsWith("entity:") && /Aaberg/.test(term)),
    bill: find((key) => key.startsWith("number:") && key.includes("4200000")),
  };
}

describe("reviews of a pairwise comparison survive Swap A and B", () => {
  it("a review made in one order shows on the same flag in the other, for a one-sided and a changed-figure flag", async () => {
    await clearAll();
    const first = await view(high, low);
    await reviewFlag({ scope: first.scope, flagKey: first.aaberg.key, swappedKey: first.aaberg.swappedKey, status: "confirmed", note: "Only the Ledger quotes him" });
    await reviewFlag({ scope: first.scope, flagKey: first.bill.key, swappedKey: first.bill.swappedKey, status: "needs-check" });

    const swapped = await view(low, high);
    expect(swapped.aaberg.key).not.toBe(first.aaberg.key);
    expect(swapped.aaberg.review).toMatchObject({ status: "confirmed", note: "Only the Ledger quotes him" });
    expect(swapped.bill.review).toMatchObject({ status: "needs-check" });

    // A change made in the second order is what the first order shows next: one review, not two.
    await reviewFlag({ scope: swapped.scope, flagKey: swapped.aaberg.key, swappedKey: swapped.aaberg.swappedKey, status: "dismissed" });
    expect((await view(high, low)).aaberg.review).toMatchObject({ status: "dismissed" });
    expect(await (await db()).flagReview.count()).toBe(2);

    await reviewFlag({ scope: first.scope, flagKey: first.aaberg.key, swappedKey: first.aaberg.swappedKey, status: "none" });
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
    await reviewFlag({ scope: fresh.scope, flagKey: fresh.aaberg.key, swappedKey: fresh.aaberg.swappedKey, status: "none" });
    expect((await view(high, low)).aaberg.review).toBeUndefined();
    expect((await view(low, high)).aaberg.review).toBeUndefined();
  });
});

describe("reviewFlag", () => {
  it("stores a verdict with its note, replaces it, and clears it with 'none'", async () => {
    const scope = "story:s1";
    await reviewFlag({ scope, flagKey: "coverage:entity:kishi:absent:x", status: "needs-check", note: "Ask the desk" });
    expect((await listReviews(scope)).get("coverage:entity:kishi:absent:x")).toMatchObject({ status: "needs-check", note: "Ask the desk" });
    await reviewFlag({ scope, flagKey: "coverage:entity:kishi:absent:x", status: "confirmed" });
    expect((await listReviews(scope)).get("coverage:entity:kishi:absent:x")).toMatchObject({ status: "confirmed", note: "" });
    await reviewFlag({ scope, flagKey: "coverage:entity:kishi:absent:x", status: "none" });
    expect((await listReviews(scope)).size).toBe(0);
  });

  it.each([
    ["an unknown scope", { scope: "global", flagKey: "k", status: "confirmed" as const }, /scope/],
    ["a missing flag key", { scope: "story:s1", flagKey: "", status: "confirmed" as const }, /which flag/],
    ["an overlong note", { scope: "story:s1", flagKey: "k", status: "confirmed" as const, note: "x".repeat(5001) }, /5,000/],
  ])("refuses %s with a message and stores nothing", async (_name, input, message) => {
    const error = await reviewFlag(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect((await listReviews("story:s1")).size).toBe(0);
  });
});
