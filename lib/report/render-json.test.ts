import { describe, expect, it } from "vitest";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { sampleComparison } from "./fixtures/sample-comparison";
import { sampleReviews } from "./fixtures/sample-reviews";
import { groupedStoryChinaDismissed } from "./fixtures/grouped-story";
import { thirtyArticleStory } from "./fixtures/sample-story";
import { renderJson } from "./render-json";

const meta = { generatedAt: "2026-11-22T10:00:00Z" };

describe("renderJson", () => {
  it("carries the comparison in its documented format, with the reviews by flag key", () => {
    const json = JSON.parse(renderJson(buildComparisonReport(sampleComparison(), sampleReviews(), meta)));
    expect(json.format).toBe("lacuna-report/1");
    // The documented format, with the report's item numbers added beside it.
    const sample = sampleComparison();
    expect({ ...json.comparison, omissions: sample.omissions, items: sample.items }).toEqual(sample);
    expect(json.comparison.omissions.map((o: Record<string, unknown>) => ({ ...o, itemNumber: undefined }))).toEqual(sample.omissions.map((o) => ({ ...o, itemNumber: undefined })));
    expect(json.comparison.items.map((i: Record<string, unknown>) => ({ ...i, number: undefined }))).toEqual(sample.items.map((i) => ({ ...i, number: undefined })));
    expect(json.reviews["quote:b:final"]).toEqual({ status: "needs-check", note: "Ask the desk which wording the minister used", by: "alice", at: "2026-12-04T21:04:30.000Z" });
    expect(json.generatedAt).toBe(meta.generatedAt);
  });

  it("drops dismissed flags and their reviews when the report hides them", () => {
    const json = JSON.parse(renderJson(buildComparisonReport(sampleComparison(), sampleReviews(), { ...meta, hideDismissed: true })));
    expect(json.comparison.omissions).toHaveLength(3);
    expect(json.reviews).not.toHaveProperty("passage:a:surprisingly-statement-trade");
    expect(json.hiddenDismissed).toBe(1);
  });

  it("gives each omission the number its item has in the other formats, and keeps `item` the item's id", () => {
    const numbers = (hideDismissed: boolean) => {
      const json = JSON.parse(renderJson(buildComparisonReport(sampleComparison(), sampleReviews(), { ...meta, hideDismissed })));
      return {
        omissions: json.comparison.omissions.map((o: { key: string; item: string; itemNumber: number }) => [o.key, o.item, o.itemNumber]),
        items: json.comparison.items.map((i: { id: string; number: number }) => [i.id, i.number]),
      };
    };
    // B's gaps first, then A's, as Markdown, HTML and PDF number them.
    expect(numbers(false).omissions).toEqual([
      ["entity:b:ostrava-shipyards", "entity:b:ostrava-shipyards", 1],
      ["quote:b:final", "quote:b:final", 2],
      ["passage:a:surprisingly-statement-trade", "passage:a:surprisingly-statement-trade", 3],
      ["number:a:40", "number:a:40", 4],
    ]);
    // The dismissed item hidden, the others keep their numbers, as in the other formats and on the page.
    expect(numbers(true)).toEqual({
      omissions: [
        ["entity:b:ostrava-shipyards", "entity:b:ostrava-shipyards", 1],
        ["quote:b:final", "quote:b:final", 2],
        ["number:a:40", "number:a:40", 4],
      ],
      items: [
        ["entity:b:ostrava-shipyards", 1],
        ["quote:b:final", 2],
        ["number:a:40", 4],
      ],
    });
  });

  it("writes a story's items as the story page lists them, each flag with its item's number, and what it hid", () => {
    const json = JSON.parse(renderJson(buildStoryReport({ ...groupedStoryChinaDismissed(), hideDismissed: true })));
    expect(json.hiddenItems).toBe(1);
    expect(json.hiddenDismissed).toBe(4);
    expect(json.items).toHaveLength(15);
    expect(json.items[0]).toMatchObject({ number: 2, id: "coverage:entity:north korea:absent:kyodo", kind: "entity", importance: "high", top: true });
    const northKorea = json.items.find((i: { id: string }) => i.id === "coverage:entity:north korea:absent:kyodo");
    expect(northKorea.flags).toHaveLength(2);
    // Each flag names its item by id and by number; the item's flags are those that name it.
    for (const item of json.items) {
      const flags = json.flags.filter((f: { item: string }) => f.item === item.id);
      expect(flags.map((f: { key: string }) => f.key)).toEqual(item.flags);
      expect(new Set(flags.map((f: { itemNumber: number }) => f.itemNumber))).toEqual(new Set([item.number]));
    }
    expect(json.flags).toHaveLength(16);
  });

  it("writes a story with its articles, coverage, flags and comparisons", () => {
    const json = JSON.parse(renderJson(buildStoryReport(thirtyArticleStory())));
    expect(json.type).toBe("story");
    expect(json.articles).toHaveLength(30);
    expect(json.coverage[0].counts).toHaveLength(30);
    expect(json.comparisons[0].comparison.a.outlet).toBe("Wire Service");
  });
});
