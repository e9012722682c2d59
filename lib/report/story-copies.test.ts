import { describe, expect, it } from "vitest";
import { buildStoryReport } from "./build-story-report";
import { renderHtml } from "./render-html";
import { renderMarkdown } from "./render-markdown";
import { storyCopiesText } from "./story-copies";

// A story of four articles, one a syndicated copy of the wire (as the story overview marks it).
const story = buildStoryReport({
  story: { title: "Ferry fire" },
  articles: [
    { title: "Ferry fire", outlet: "Harbour Wire", publishedAt: "2027-03-14", copyOf: null },
    { title: "Ferry fire", outlet: "Harbour *Portal*", publishedAt: null, copyOf: "Harbour Wire" },
    { title: "Fire at sea", outlet: "Coast Radio", publishedAt: "2027-03-14", copyOf: null },
    { title: "Coastguard chief quits", outlet: "Island Times", publishedAt: "2027-03-15", copyOf: null },
  ],
  flags: [],
});
const LINE = "3 independent reports among the 4 articles: a syndicated copy (the same or nearly the same text) counts as one report with its original. Harbour *Portal* (article 2) is a copy of Harbour Wire.";

describe("the story report's syndicated copies", () => {
  it("says which article is a copy of which and how many independent reports that leaves, so the counts add up", () => {
    expect(storyCopiesText(story)).toBe(LINE);
    expect(storyCopiesText({ articles: story.articles.map((a) => ({ ...a, copyOf: null })) })).toBeNull();
  });

  it("says it the same way in every format, escaped as each needs", () => {
    expect(renderMarkdown(story)).toContain("3 independent reports among the 4 articles: a syndicated copy (the same or nearly the same text) counts as one report with its original. Harbour \\*Portal\\* (article 2) is a copy of Harbour Wire.");
    expect(renderHtml(story)).toContain(`<p>${LINE}</p>`);
  });
});
