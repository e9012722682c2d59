import { describe, expect, it } from "vitest";
import { textKey } from "../omissions/stable-key";
import { storyReviewKeysAfterJoin, storyReviewKeyWithout, type StoryFindings } from "./story-review-keys";

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

/** A story's findings as its analysis gives them: sources with their copy groups, and flags by key (passages only where a test reads them). */
function findings(sources: Array<[id: string, group: number]>, keys: string[], passages: StoryFindings["passages"] = [], flagPassages: number[][][] = []): StoryFindings {
  return {
    sources: sources.map(([id, group]) => ({ id, group })),
    flags: keys.map((key, i) => ({ key, passages: flagPassages[i] ?? [] })),
    passages,
  };
}

describe("storyReviewKeysAfterJoin", () => {
  // Before: a1, b2 (State Department), m3, each its own report; "China" left out by b2.
  const china = "coverage:entity:china:absent:b2";

  it("adds an article that also leaves the finding out to the sources its key names", () => {
    const now = findings([["a1", 0], ["b2", 1], ["m3", 2], ["z9", 3]], ["coverage:entity:china:absent:b2,z9"]);
    expect(storyReviewKeysAfterJoin(now, new Set(["z9"]))(china)).toBe("coverage:entity:china:absent:b2,z9");
    // Two joined at once (a batch), both leaving it out, one sorting before the others.
    const two = findings([["a0", 4], ["a1", 0], ["b2", 1], ["m3", 2], ["z9", 3]], ["coverage:entity:china:absent:a0,b2,z9"]);
    expect(storyReviewKeysAfterJoin(two, new Set(["a0", "z9"]))(china)).toBe("coverage:entity:china:absent:a0,b2,z9");
  });

  it("keeps the key when the new article reports the finding", () => {
    const now = findings([["a1", 0], ["b2", 1], ["m3", 2], ["z9", 3]], [china]);
    expect(storyReviewKeysAfterJoin(now, new Set(["z9"]))(china)).toBe(china);
  });

  it("follows a finding left out by fewer sources when a new copy of one of them reports it", () => {
    // c4 is a copy of m3 (same group) that has the sentence m3 lacks: that report has it now.
    const now = findings([["a1", 0], ["b2", 1], ["m3", 2], ["c4", 2]], ["coverage:entity:china:absent:b2"]);
    expect(storyReviewKeysAfterJoin(now, new Set(["c4"]))("coverage:entity:china:absent:b2,m3")).toBe("coverage:entity:china:absent:b2");
  });

  it("leaves the key alone when nobody leaves the finding out any more (it is no longer shown)", () => {
    const now = findings([["a1", 0], ["b2", 1], ["m3", 1]], []);
    expect(storyReviewKeysAfterJoin(now, new Set(["m3"]))(china)).toBe(china);
  });

  it("names a new copy that stands for its group from now on", () => {
    // a0 copies b2 and sorts first: the group is named by a0, and both leave it out.
    const now = findings([["a0", 1], ["a1", 0], ["b2", 1], ["m3", 2]], ["coverage:entity:china:absent:a0"]);
    expect(storyReviewKeysAfterJoin(now, new Set(["a0"]))(china)).toBe("coverage:entity:china:absent:a0");
  });

  it("follows a passage finding renamed by an earlier article that reports it", () => {
    const old = "The mayor said the harbour would reopen on Monday.";
    const earlier = "Harbour to reopen Monday, the mayor announced.";
    const passages = [[{ text: earlier }], [{ text: old }], [{ text: "Something else." }]];
    // The new article e0 comes first in the story and names the row; m3 still leaves it out.
    const now = findings([["e0", 0], ["a1", 1], ["m3", 2]], [`coverage:passage:${textKey(earlier)}:absent:m3`], passages, [[[0], [0], []]]);
    expect(storyReviewKeysAfterJoin(now, new Set(["e0"]))(`coverage:passage:${textKey(old)}:absent:m3`)).toBe(`coverage:passage:${textKey(earlier)}:absent:m3`);
    // A passage finding whose passages do not include the old text is another finding.
    expect(storyReviewKeysAfterJoin(now, new Set(["e0"]))(`coverage:passage:${textKey("Unrelated sentence.")}:absent:m3`)).toBe(`coverage:passage:${textKey("Unrelated sentence.")}:absent:m3`);
  });

  it("does not move a review to the same row left out by other reports", () => {
    // Now a1 (there before, not changed) leaves it out and b2 does not: not what was reviewed.
    const swapped = findings([["a1", 0], ["b2", 1], ["m3", 2], ["z9", 3]], ["coverage:entity:china:absent:a1"]);
    expect(storyReviewKeysAfterJoin(swapped, new Set(["z9"]))(china)).toBe(china);
    // Only the new article leaves it out now: b2's omission, the one reviewed, is gone.
    const onlyNew = findings([["a1", 0], ["b2", 1], ["m3", 2], ["z9", 3]], ["coverage:entity:china:absent:z9"]);
    expect(storyReviewKeysAfterJoin(onlyNew, new Set(["z9"]))(china)).toBe(china);
    // An unchanged source newly leaving it out alongside the new one: not explained by the join.
    const more = findings([["a1", 0], ["b2", 1], ["m3", 2], ["z9", 3]], ["coverage:entity:china:absent:a1,b2,z9"]);
    expect(storyReviewKeysAfterJoin(more, new Set(["z9"]))(china)).toBe(china);
  });

  it("keeps keys of other shapes and keys naming an article no longer in the story", () => {
    const now = findings([["a1", 0], ["b2", 1], ["z9", 3]], ["coverage:entity:china:absent:b2,z9"]);
    const keyNow = storyReviewKeysAfterJoin(now, new Set(["z9"]));
    expect(keyNow("entity:b:china")).toBe("entity:b:china");
    expect(keyNow("coverage:entity:china:absent:b2,m3")).toBe("coverage:entity:china:absent:b2,m3");
  });

  it("is undone by the article leaving again", () => {
    const now = findings([["a1", 0], ["b2", 1], ["m3", 2], ["z9", 3]], ["coverage:entity:china:absent:b2,m3,z9"]);
    const joined = storyReviewKeysAfterJoin(now, new Set(["z9"]))("coverage:entity:china:absent:b2,m3");
    expect(storyReviewKeyWithout(joined, "z9", null)).toBe("coverage:entity:china:absent:b2,m3");
  });
});
