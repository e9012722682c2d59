import { describe, expect, it } from "vitest";
import { ENGLISH, UNDETERMINED, type TextLanguage } from "../text/language";
import { pairShares, sharedWithOthers } from "./shared-with-others";

const french: TextLanguage = { code: "fra", english: false };
const japanese: TextLanguage = { code: "jpn", english: false };

describe("an article's Shared with others", () => {
  // Two English reports sharing 40% and 24%, a French and a Japanese one sharing nothing with them (not compared).
  const similarity = [
    [null, 0.4, 0, 0],
    [0.4, null, 0.24, 0],
    [0, 0.24, null, 0],
    [0, 0, 0, null],
  ];

  it("averages the pairs in one language only, and counts those left out", () => {
    const languages = [ENGLISH, ENGLISH, ENGLISH, french];
    expect(sharedWithOthers(similarity, languages, 1)).toEqual({ mean: (0.4 + 0.24) / 2, notCompared: 1 });
    const withJapanese = [ENGLISH, ENGLISH, french, japanese];
    expect(sharedWithOthers(similarity, withJapanese, 0)).toEqual({ mean: 0.4, notCompared: 2 });
  });

  it("has no figure for an article compared with none of the others", () => {
    expect(sharedWithOthers(similarity, [ENGLISH, ENGLISH, french, japanese], 3)).toEqual({ mean: null, notCompared: 3 });
  });

  it("compares a text too short to tell its language with any other", () => {
    expect(sharedWithOthers(similarity, [ENGLISH, UNDETERMINED, french, french], 1)).toEqual({ mean: (0.4 + 0.24 + 0) / 3, notCompared: 0 });
  });

  it("leaves out pairs whose figure was not computed, without counting them as another language", () => {
    const uncomputed = [
      [null, null],
      [null, null],
    ];
    expect(sharedWithOthers(uncomputed, [ENGLISH, ENGLISH], 0)).toEqual({ mean: null, notCompared: 0 });
  });
});

describe("a pair's figure beside its Compare with link", () => {
  const similarity = [
    [null, 0.4, 0],
    [0.4, null, 0],
    [0, 0, null],
  ];

  it("is 'other-language' for a pair in two languages, not the 0% that reads as nothing in common", () => {
    const languages = [ENGLISH, ENGLISH, french];
    expect(pairShares(similarity, languages, 0)).toEqual([null, 0.4, "other-language"]);
    expect(pairShares(similarity, languages, 2)).toEqual(["other-language", "other-language", null]);
  });

  it("keeps a real 0% between two articles in one language, and compares a text too short to tell with any", () => {
    expect(pairShares(similarity, [ENGLISH, ENGLISH, ENGLISH], 2)).toEqual([0, 0, null]);
    expect(pairShares(similarity, [ENGLISH, UNDETERMINED, french], 1)).toEqual([0.4, null, 0]);
  });

  it("is null where the figure was not computed (a story past the pairwise limit)", () => {
    expect(pairShares([[null, null], [null, null]], [ENGLISH, ENGLISH], 0)).toEqual([null, null]);
  });
});
