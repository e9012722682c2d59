import { describe, expect, it } from "vitest";
import { segmentBlocks } from "../text/segment";
import { ArticleReading } from "./article-reading";
import { extractNumbers, type NumberMention } from "./numbers";

const reading = (...paragraphs: string[]) => new ArticleReading(segmentBlocks(paragraphs.map((text) => ({ role: "body" as const, text }))));

describe("ArticleReading.givesFigure", () => {
  it("finds a figure given exactly or within a round estimate, and not another", () => {
    const article = reading("The plan cuts $716 billion from Medicare.", "Officials expect more than 3,000 people at the rally.");
    expect(article.givesFigure({ value: "$716000000000" })).toBe(true);
    expect(article.givesFigure({ value: "3200" })).toBe(true);
    expect(article.givesFigure({ value: "$5000000000" })).toBe(false);
  });

  it("takes a figure rounded with a scale word for the exact one, and not for another figure", () => {
    const exact = reading("The county counted 1,482,930 ballots by Thursday night.");
    const rounded = reading("Officials said 1.48 million ballots had been counted.");
    // Either way: "1.48 million" is 1,482,930 rounded, and 1,482,930 is what "1.48 million" rounds.
    expect(rounded.givesFigure(extractNumbers("counted 1,482,930 ballots")[0] as NumberMention)).toBe(true);
    expect(exact.givesFigure(extractNumbers("counted 1.48 million ballots")[0] as NumberMention)).toBe(true);
    // Another figure, and a rounding of about as many digits as the other ("1.5 million" / "1.48 million"), are not.
    expect(rounded.givesFigure(extractNumbers("counted 1,612,400 ballots")[0] as NumberMention)).toBe(false);
    expect(rounded.givesFigure(extractNumbers("counted 1.5 million ballots")[0] as NumberMention)).toBe(false);
  });

  it("reads a page of 120,000 amounts of one unit in linear time", () => {
    // The figures of a unit were once copied on every append: quadratic, about two minutes for this page.
    const article = reading("A hostile page.", "paid $1 ".repeat(120_000));
    const started = performance.now();
    expect(article.givesFigure({ value: "$2" })).toBe(false);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
