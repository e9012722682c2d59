import { describe, expect, it } from "vitest";
import { buildStoryReport } from "./build-story-report";
import { sampleComparison } from "./fixtures/sample-comparison";

describe("buildStoryReport", () => {
  const articles = [
    { title: "First", outlet: "Wire Service", publishedAt: "2021-05-04" },
    { title: "Second", outlet: "Second Report", publishedAt: "2021-05-05" },
  ];

  it("numbers the articles and orders flags by severity", () => {
    const model = buildStoryReport({
      story: { title: "Lisbon talks" },
      articles,
      flags: [
        { text: "Only one outlet names the shipyard", severity: 0.2 },
        { text: "The quote differs", severity: 0.8 },
      ],
    });
    expect(model.articles.map((a) => a.label)).toEqual(["1", "2"]);
    expect(model.flags.map((f) => [f.text, f.importance])).toEqual([
      ["The quote differs", "high"],
      ["Only one outlet names the shipyard", "low"],
    ]);
    expect(model.generatedAt).toBe("");
  });

  it("refuses a coverage row that does not have one count per article", () => {
    expect(() => buildStoryReport({ story: { title: "x" }, articles, coverage: [{ label: "China", counts: [1] }], flags: [] })).toThrow(/China/);
  });

  it("builds the comparisons it is given with the same reviews", () => {
    const model = buildStoryReport({
      story: { title: "x" },
      articles,
      flags: [],
      comparisons: [sampleComparison()],
      reviews: [new Map([["quote:b:final", { status: "dismissed" as const }]])],
      hideDismissed: true,
      generatedAt: "2026-11-22T10:00:00Z",
    });
    expect(model.comparisons).toHaveLength(1);
    expect(model.comparisons[0]!.hiddenDismissed).toBe(1);
  });
});
