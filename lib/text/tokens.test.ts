import { describe, expect, it } from "vitest";
import { contentStems, forEachWord, tokenize } from "./tokens";

describe("tokenize", () => {
  it("keeps offsets that point back into the text", () => {
    const text = "Gen. Won In-Choul met U.S. officials.";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });

  it("normalises spelling, abbreviations, number words and quote styles", () => {
    const norms = tokenize("Defence of the U.S. — three-day talks, Japan’s 1,000 troops").map((t) => t.norm);
    expect(norms).toEqual(["defense", "of", "the", "us", "3-day", "talks", "japan", "1000", "troops"]);
  });

  it("reduces inflections to one stem and drops function words", () => {
    expect(contentStems("They agreed")).toEqual(contentStems("agrees"));
    expect(contentStems("the and of")).toEqual([]);
  });

  it("keeps negations as content", () => {
    expect(contentStems("no mention")).toContain("no");
  });
});

describe("forEachWord", () => {
  it("finds exactly the words tokenize finds, in order", () => {
    const text =
      "Gen. Won In-Choul met U.S. officials on 3.5% growth — “Japan’s” 1,000 troops, naïve café-goers, résumé; 東京 会談 and 𝒳 or x-, -y, don't 'quote' e.g. end.";
    const seen: string[] = [];
    forEachWord(text, (surface) => seen.push(surface));
    expect(seen).toEqual(tokenize(text).map((t) => t.surface));
  });
});
