import { describe, expect, it } from "vitest";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { emptyComparison, sampleComparison } from "./fixtures/sample-comparison";
import { dismissAll, sampleReviews } from "./fixtures/sample-reviews";
import { oneArticleStory, thirtyArticleStory } from "./fixtures/sample-story";
import { renderMarkdown } from "./render-markdown";

const meta = { generatedAt: "2026-11-22T10:00:00Z" };
const markdown = (hideDismissed = false) => renderMarkdown(buildComparisonReport(sampleComparison(), sampleReviews(), { ...meta, hideDismissed }));

describe("renderMarkdown (comparison)", () => {
  it("names both sources with outlet, title and date", () => {
    const md = markdown();
    expect(md).toContain("| A | Wire Service | Ministers agree Lisbon talks, eye shipyard deal | 2021-05-04 |");
    expect(md).toMatch(/\| B \| Second Report \| .* \| 2021-05-05 \|/);
  });

  it("summarises similarity and counts", () => {
    const md = markdown();
    expect(md).toContain("Similarity: 47%");
    expect(md).toContain("Shared passages (identical or near-identical): 2");
    expect(md).toContain("Only in A (Wire Service): 2 of 6 passages");
  });

  it("lists flags by importance with the analyst's review", () => {
    const md = markdown();
    const high = md.indexOf("### High importance");
    const medium = md.indexOf("### Medium importance");
    const low = md.indexOf("### Low importance");
    expect(high).toBeGreaterThan(-1);
    expect(medium).toBeGreaterThan(high);
    expect(low).toBeGreaterThan(medium);
    expect(md.indexOf("Ostrava Shipyards”: missing from B")).toBeGreaterThan(high);
    expect(md).toContain("Review: **confirmed** — Checked: B never names the yard &lt;b&gt;at all&lt;/b&gt;");
    expect(md).toContain("Review: **needs check** \\(alice, 2026-12-04 21:04 UTC\\) — Ask the desk");
    expect(md).toContain("Review: not reviewed");
  });

  it("marks removed words struck through and added words bold", () => {
    expect(markdown()).toContain("They agreed to hold ~~a meeting~~**talks** in Lisbon ~~next month~~**in June**.");
  });

  it("hides dismissed flags only when asked, and says so", () => {
    expect(markdown(false)).toContain("Review: **dismissed**");
    const hidden = markdown(true);
    expect(hidden).not.toContain("Review: **dismissed**");
    expect(hidden).toContain("1 dismissed flag hidden");
  });

  it("neutralises HTML and link syntax from article text", () => {
    const md = markdown();
    expect(md).not.toMatch(/<script|<img/i);
    expect(md).not.toContain("](javascript:");
    expect(md).toContain("\\[click here\\]\\(javascript:alert\\(1\\)\\)");
  });

  it("links only http(s) source URLs", () => {
    const md = markdown();
    expect(md).toContain("[wire.example](<https://wire.example/news/2021/05/04/ministers?id=1&x=%3Cb%3E>)");
    expect(md).toContain("javascript:alert\\(document.cookie\\) (not linked: not a web address)");
  });

  it("says so when every flag was dismissed and hidden", () => {
    const comparison = sampleComparison();
    const md = renderMarkdown(buildComparisonReport(comparison, dismissAll(comparison.omissions.map((o) => o.key)), { ...meta, hideDismissed: true }));
    expect(md).toContain("All flags were dismissed by the analyst.");
    expect(md).toContain("4 dismissed flags hidden");
    expect(md).not.toContain("### High importance");
  });

  it("renders an empty comparison without inventing content", () => {
    const md = renderMarkdown(buildComparisonReport(emptyComparison(), new Map(), meta));
    expect(md).toContain("No omissions were flagged.");
    expect(md).toContain("No passages were matched.");
    expect(md).toContain("| A | Wire Service | Short item |  | — |");
  });
});

describe("renderMarkdown (story)", () => {
  it("renders a story of one article", () => {
    const md = renderMarkdown(buildStoryReport(oneArticleStory()));
    expect(md).toContain("# Story: Harbour strike");
    expect(md).toContain("## Articles (1)");
    expect(md).toContain("| FNV Havens | 2 |");
    expect(md).toContain("No flags.");
  });

  it("renders a story of thirty articles with coverage, flags and a comparison", () => {
    const md = renderMarkdown(buildStoryReport(thirtyArticleStory()));
    expect(md.match(/^\| \d+ \| Outlet \d\d \|/gm)).toHaveLength(30);
    expect(md).toContain("| Ostrava Shipyards | 0 | 1 | 2 | 3 | 0 |");
    expect(md).toContain("1. **high** (0.70): 20 of 30 outlets leave out the quote");
    expect(md).toContain("## Comparison: Wire Service vs Second Report");
    expect(md).toContain("### What is missing");
    expect(md).not.toMatch(/<img|<script/i);
  });
});

describe("renderMarkdown (hostile outlet names)", () => {
  it("escapes the outlet name wherever it appears", () => {
    const comparison = sampleComparison();
    comparison.b.outlet = "<img src=x onerror=alert(1)> [Evil](javascript:alert(1))";
    const md = renderMarkdown(buildComparisonReport(comparison, new Map(), meta));
    expect(md).not.toMatch(/<img/i);
    expect(md).not.toContain("](javascript:");
    expect(md).toContain("missing from B \\(&lt;img src=x onerror=alert\\(1\\)&gt; \\[Evil\\]\\(javascript:alert\\(1\\)\\)\\)");
  });
});
