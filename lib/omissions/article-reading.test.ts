import { describe, expect, it } from "vitest";
import { segmentBlocks } from "../text/segment";
import { ArticleReading } from "./article-reading";

const reading = (...paragraphs: string[]) => new ArticleReading(segmentBlocks(paragraphs.map((text) => ({ role: "body" as const, text }))));

describe("ArticleReading.givesFigure", () => {
  it("finds a figure given exactly or within a round estimate, and not another", () => {
    const article = reading("The plan cuts $716 billion from Medicare.", "Officials expect more than 3,000 people at the rally.");
    expect(article.givesFigure({ value: "$716000000000" })).toBe(true);
    expect(article.givesFigure({ value: "3200" })).toBe(true);
    expect(article.givesFigure({ value: "$5000000000" })).toBe(false);
  });

  it("reads a page of 120,000 amounts of one unit in linear time", () => {
    // The figures of a unit were once copied on every append: quadratic, about two minutes for this page.
    const article = reading("A hostile page.", "paid $1 ".repeat(120_000));
    const started = performance.now();
    expect(article.givesFigure({ value: "$2" })).toBe(false);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
