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

  it("gives a hyphenated number in words its value as stem, and keeps its norm for keys", () => {
    const [forty] = tokenize("Forty-three were hurt");
    expect([forty?.norm, forty?.stem]).toEqual(["40-3", "43"]);
    expect(contentStems("Forty-three were hurt")).toEqual(contentStems("43 were hurt"));
    expect(contentStems("a forty-three-year-old man")).toEqual(contentStems("a 43-year-old man"));
    // Another hyphenated word keeps its parts: "three-day" is no number 3.
    expect(tokenize("three-day talks")[0]?.stem).toBe("3-day");
  });

  it("reduces inflections to one stem and drops function words", () => {
    expect(contentStems("They agreed")).toEqual(contentStems("agrees"));
    expect(contentStems("the and of")).toEqual([]);
  });

  it("keeps negations as content", () => {
    expect(contentStems("no mention")).toContain("no");
  });
});

/** The word rule as a Unicode regex: the reference the hand-written scanner must agree with. */
const WORD_RULE = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.,\-](?=[\p{L}\p{N}]))*/gu;
const HARD_TEXT =
  "Gen. Won In-Choul met U.S. officials on 3.5% growth — “Japan’s” 1,000 troops, naïve café-goers, résumé; 東京 会談 and 𝒳 or x-, -y, don't 'quote' e.g. end. Cafe\u0301 ﬁnal ‘x’y 2,5-3.4 a.b.c. ...";

describe("word scanning", () => {
  it("finds exactly the words of the documented rule, with their offsets", () => {
    const expected = [...HARD_TEXT.matchAll(WORD_RULE)].map((m) => [m[0], m.index]);
    expect(tokenize(HARD_TEXT).map((t) => [t.surface, t.start])).toEqual(expected);
  });

  it("gives forEachWord the same words as tokenize, in order", () => {
    const seen: string[] = [];
    forEachWord(HARD_TEXT, (surface) => seen.push(surface));
    expect(seen).toEqual([...HARD_TEXT.matchAll(WORD_RULE)].map((m) => m[0]));
  });
});
