import { describe, expect, it } from "vitest";
import { ENGLISH, type TextLanguage } from "@/lib/text/language";
import { pairShares, sharedWithOthers } from "@/lib/compare/shared-with-others";
import { pairShareText, sharedWithOthersText } from "./shared-figure-text";

const german: TextLanguage = { code: "deu", english: false };

describe("the story page's Articles table, for a story with one article in another language", () => {
  // Two English reports sharing 40%; a German one that the analysis gives 0% with each (not compared).
  const similarity = [
    [null, 0.4, 0],
    [0.4, null, 0],
    [0, 0, null],
  ];
  const languages = [ENGLISH, ENGLISH, german];
  const row = (i: number) => {
    const shared = sharedWithOthers(similarity, languages, i);
    return {
      shared: sharedWithOthersText({ meanSimilarity: shared.mean, notComparedWith: shared.notCompared }).text,
      compareWith: pairShares(similarity, languages, i).map((share) => pairShareText(share)?.text ?? null),
    };
  };

  it("shows 'not compared (other language)', never 0%, beside the German article's links and in its Shared with others", () => {
    expect(row(2)).toEqual({ shared: "not compared (other language)", compareWith: ["not compared (other language)", "not compared (other language)", null] });
  });

  it("shows the English articles' figures with each other, and the marker beside the German one", () => {
    expect(row(0)).toEqual({ shared: "40%", compareWith: [null, "40%", "not compared (other language)"] });
  });

  it("marks the not-compared figure apart from a real one, so the page can say why", () => {
    expect(pairShareText("other-language")).toEqual({ text: "not compared (other language)", notCompared: true });
    expect(pairShareText(0)).toEqual({ text: "0%", notCompared: false });
    // No figure computed (a story past the pairwise limit): nothing beside the link, a dash in the cell.
    expect(pairShareText(null)).toBeNull();
    expect(sharedWithOthersText({ meanSimilarity: null, notComparedWith: 0 })).toEqual({ text: "—", notCompared: false });
  });
});
