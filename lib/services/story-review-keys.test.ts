import { describe, expect, it } from "vitest";
import { storyReviewKeyWithout } from "./story-review-keys";

describe("storyReviewKeyWithout", () => {
  it("drops the leaving article from the sources a finding is absent from", () => {
    expect(storyReviewKeyWithout("coverage:passage:3f2a91c0:absent:a1,b2,m3", "m3", null)).toBe("coverage:passage:3f2a91c0:absent:a1,b2");
    expect(storyReviewKeyWithout("coverage:entity:kishi:absent:a1,m3", "a1", null)).toBe("coverage:entity:kishi:absent:m3");
  });

  it("says a finding only the leaving article left out is gone", () => {
    expect(storyReviewKeyWithout("coverage:entity:ministry:absent:m3", "m3", null)).toBeNull();
  });

  it("keeps a key the leaving article is not in, and keys of other shapes", () => {
    expect(storyReviewKeyWithout("coverage:entity:kishi:absent:a1,b2", "m3", null)).toBe("coverage:entity:kishi:absent:a1,b2");
    expect(storyReviewKeyWithout("coverage:entity:kishi:absent:a10", "a1", null)).toBe("coverage:entity:kishi:absent:a10");
    expect(storyReviewKeyWithout("entity:b:kishi", "b", null)).toBe("entity:b:kishi");
  });

  it("names the copy that stands for the leaving article's group from now on", () => {
    expect(storyReviewKeyWithout("coverage:entity:kishi:absent:a1,m3", "a1", "z9")).toBe("coverage:entity:kishi:absent:m3,z9");
    expect(storyReviewKeyWithout("coverage:entity:kishi:absent:a1", "a1", "c4")).toBe("coverage:entity:kishi:absent:c4");
  });
});
