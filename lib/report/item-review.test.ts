import { describe, expect, it } from "vitest";
import { itemReviewKey } from "./item-review";

const item = { id: "passage:a:4c526479", flags: ["passage:a:4c526479", "entity:a:south korea", "quote:a:e0dc23d3"] };

describe("itemReviewKey", () => {
  it("keeps a review made on a name that a regrouping put inside a passage's item", () => {
    const stored = new Set(["entity:a:south korea"]);
    expect(itemReviewKey(item, (k) => stored.has(k))).toBe("entity:a:south korea");
  });

  it("prefers the lead flag's review, and files a new review under the lead flag", () => {
    expect(itemReviewKey(item, (k) => k === "passage:a:4c526479" || k === "entity:a:south korea")).toBe("passage:a:4c526479");
    expect(itemReviewKey(item, () => false)).toBe("passage:a:4c526479");
  });
});
