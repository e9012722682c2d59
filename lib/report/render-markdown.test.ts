import { describe, expect, it } from "vitest";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { emptyComparison, sampleComparison } from "./fixtures/sample-comparison";
import { dismissAll, sampleReviews } from "./fixtures/sample-reviews";
import { groupedStory, groupedStoryChinaDismissed } from "./fixtures/grouped-story";
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
    expect(md).toContain("47% shared: the share of the two articles' content");
    expect(md).toContain("Shared passages (identical or near-identical): 2");
    expect(md).toContain("Only in A (Wire Service): 2 of 6 passages");
  });

  it("lists the omission items of each side, numbered once across sides, with importance in words, reasons and the analyst's review", () => {
    const md = markdown();
    const fromB = md.indexOf("### Missing from Second Report (B), reported by Wire Service (A) (3)");
    const fromA = md.indexOf("### Missing from Wire Service (A), reported by Second Report (B) (1)");
    expect(fromB).toBeGreaterThan(-1);
    expect(fromA).toBeGreaterThan(fromB);
    expect(md).toContain("1. **High** · Name “Ostrava Shipyards” — in Wire Service's headline and lede; 3 mentions in Wire Service, none in Second Report");
    expect(md).toContain("2. **Medium** · Quote “final”");
    expect(md).toContain("4. **Medium** · Number");
    expect(md.indexOf("4. **Medium** · Number")).toBeGreaterThan(fromA);
    expect(md).not.toMatch(/severity|0\.92/);
    expect(md).toContain("Review: **confirmed** — Checked: B never names the yard &lt;b&gt;at all&lt;/b&gt;");
    expect(md).toContain("Review: **needs check** (alice, 2026-12-04 21:04 UTC) — Ask the desk");
    expect(md).toContain("Review: not reviewed");
  });

  it("leads each side with its top ten items and puts the rest under More, nothing left out", () => {
    const comparison = sampleComparison();
    const base = comparison.items[0]!;
    const flag = comparison.omissions.find((o) => o.key === base.id)!;
    for (let i = 0; i < 12; i++) {
      const key = `entity:b:extra-${i}`;
      comparison.omissions.push({ ...flag, key, term: `Extra name ${i}`, item: key });
      comparison.items.splice(1 + i, 0, { ...base, id: key, title: `Extra name ${i}`, flags: [key] });
    }
    const md = renderMarkdown(buildComparisonReport(comparison, new Map(), meta));
    expect(md).toContain("(15)");
    const more = md.indexOf("#### More (5)");
    expect(more).toBeGreaterThan(md.indexOf("10. **High** · Name “Extra name 8”"));
    expect(md.indexOf("11. **High** · Name “Extra name 9”")).toBeGreaterThan(more);
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
    // Brackets are escaped, so no link can form; parentheses stay as written.
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain("\\[click here\\](javascript:alert(1))");
  });

  it("links only http(s) source URLs", () => {
    const md = markdown();
    expect(md).toContain("[wire.example](<https://wire.example/news/2021/05/04/ministers?id=1&x=%3Cb%3E>)");
    expect(md).toContain("javascript:alert(document.cookie) (not linked: not a web address)");
  });

  it("says so when every flag was dismissed and hidden", () => {
    const comparison = sampleComparison();
    const md = renderMarkdown(buildComparisonReport(comparison, dismissAll(comparison.omissions.map((o) => o.key)), { ...meta, hideDismissed: true }));
    expect(md).toContain("All items were dismissed by the analyst.");
    expect(md).toContain("4 dismissed items hidden");
    expect(md).not.toContain("**High**");
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
    expect(md).toContain("There is one independent report here, so nothing can be left out across the story yet");
    expect(md).not.toContain("Nothing that most sources report is missing");
  });

  it("sends a story of two reports to their comparison instead of saying nothing is missing", () => {
    const story = thirtyArticleStory();
    const md = renderMarkdown(buildStoryReport({ ...story, articles: story.articles.slice(0, 2), coverage: [], flags: [], comparisons: [] }));
    expect(md).toContain("With two independent reports, nothing is carried by a majority and missing from the rest: what each one leaves out is in the comparison of the two.");
    expect(md).not.toContain("Nothing that most sources report is missing");
  });

  it("renders a story of thirty articles with coverage, flags and a comparison", () => {
    const md = renderMarkdown(buildStoryReport(thirtyArticleStory()));
    expect(md.match(/^\| \d+ \| Outlet \d\d \|/gm)).toHaveLength(30);
    expect(md).toContain("| Ostrava Shipyards | **—** | 1 | 2 | 3 | **—** |");
    expect(md).toContain("1. **High**: 20 of 30 outlets leave out the quote");
    expect(md).toContain("## Comparison: Wire Service vs Second Report");
    expect(md).toContain("### What is missing");
    expect(md).not.toMatch(/<img|<script/i);
  });
});

describe("renderMarkdown (story items)", () => {
  /** The numbered entries of the "Left out across the story" section. */
  const storyEntries = (md: string) => {
    const section = md.slice(md.indexOf("## Left out across the story"), md.indexOf("\n## ", md.indexOf("## Left out across the story") + 1));
    return section.match(/^\d+(?=\. \*\*)/gm)?.map(Number) ?? [];
  };

  it("lists the items the story page shows, numbered as there, each with the flags grouped under it", () => {
    const md = renderMarkdown(buildStoryReport(groupedStory()));
    // 20 flags, 16 items: one entry per item, 1…16, the first ten then "More".
    expect(storyEntries(md)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(md).toContain("Omissions: 16 items (20 flags)");
    expect(md).toContain("### More (6)");
    expect(md).toMatch(/^1\. \*\*High\*\* · Name: “China” mentioned by 3 of 4 sources; absent from State Department — .*\n {4}Grouped with it: Passage “.+”; Passage “.+”; Passage “.+”$/m);
    expect(md).toMatch(/^2\. \*\*High\*\* · Name: “North Korea” mentioned/m);
  });

  it("says how many dismissed story items and flags it hides, as a comparison does", () => {
    const md = renderMarkdown(buildStoryReport({ ...groupedStoryChinaDismissed(), hideDismissed: true }));
    expect(md).toContain("Omissions: 15 items (16 flags) (1 dismissed item hidden) (4 dismissed flags hidden)");
    expect(storyEntries(md)).toHaveLength(15);
    // North Korea keeps the page's number.
    expect(md).toMatch(/^2\. \*\*High\*\* · Name: “North Korea” mentioned/m);
    // Every item dismissed: the report says so rather than that nothing is missing.
    const story = groupedStory();
    const none = renderMarkdown(buildStoryReport({ ...story, flags: story.flags.map((f) => ({ ...f, review: { status: "dismissed" as const } })), hideDismissed: true }));
    expect(none).toContain("Omissions: 0 items (0 flags) (16 dismissed items hidden) (20 dismissed flags hidden)");
    expect(none).toContain("All items were dismissed by the analyst.");
    expect(none).not.toContain("Nothing that most sources report is missing");
  });
});

describe("renderMarkdown (numbers with a gap)", () => {
  it("keeps the page's numbers when a dismissed item is hidden, and says which is missing so a renderer cannot close the gap", () => {
    const story = groupedStory();
    const northKorea = "coverage:entity:north korea:absent:kyodo";
    story.flags = story.flags.map((f) => (f.key === northKorea ? { ...f, review: { status: "dismissed" as const } } : f));
    const md = renderMarkdown(buildStoryReport({ ...story, hideDismissed: true }));
    // A Markdown list numbers on from its first entry ("1. 3." shows 1, 2): the note ends the list, so "3." starts a new one at 3.
    expect(md).toMatch(/^1\. \*\*High\*\* · Name: “China”[^]*\n\n\*Item 2 dismissed, not listed\.\*\n\n3\. \*\*/m);
    expect(md).not.toMatch(/^2\. /m);
  });
});

describe("renderMarkdown (hostile outlet names)", () => {
  it("escapes the outlet name wherever it appears", () => {
    const comparison = sampleComparison();
    comparison.b.outlet = "<img src=x onerror=alert(1)> [Evil](javascript:alert(1))";
    const md = renderMarkdown(buildComparisonReport(comparison, new Map(), meta));
    expect(md).not.toMatch(/<img/i);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(md).toContain("Missing from &lt;img src=x onerror=alert(1)&gt; \\[Evil\\](javascript:alert(1)) (B)");
  });
});
