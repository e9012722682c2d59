import { describe, expect, it } from "vitest";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { emptyComparison, sampleComparison } from "./fixtures/sample-comparison";
import { dismissAll, sampleReviews } from "./fixtures/sample-reviews";
import { groupedStoryChinaDismissed } from "./fixtures/grouped-story";
import { oneArticleStory, thirtyArticleStory } from "./fixtures/sample-story";
import { readPdf } from "./fixtures/read-pdf";
import { renderPdf } from "./render-pdf";

const meta = { generatedAt: "2026-11-22T10:00:00Z" };

const pdfText = async (pdf: Buffer) => (await readPdf(pdf)).text;

describe("renderPdf", () => {
  it("writes a complete PDF with the sources, summary, flags and passages", async () => {
    const pdf = await renderPdf(buildComparisonReport(sampleComparison(), sampleReviews(), meta));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
    const text = await pdfText(pdf);
    expect(text).toContain("Wire Service: Ministers agree Lisbon talks");
    expect(text).toContain("47% shared: the share of the two articles' content");
    expect(text).toContain("1. [HIGH] Name ");
    expect(text).toContain("Missing from Wire Service (A), reported by Second Report (B) (1)");
    expect(text).not.toMatch(/severity/);
    expect(text).toContain("Review: CONFIRMED - Checked: B never names the yard");
    expect(text).toContain("They agreed to hold a meeting");
    expect(text).toContain("javascript:alert(document.cookie) (not linked: not a web address)");
  });

  it("links only http(s) source URLs", async () => {
    const raw = (await renderPdf(buildComparisonReport(sampleComparison(), new Map(), meta))).toString("latin1");
    expect(raw).toContain("/URI (https://wire.example/");
    expect(raw).not.toMatch(/\/URI \(javascript/i);
  });

  it("gives the same bytes for the same report", async () => {
    const model = buildComparisonReport(sampleComparison(), sampleReviews(), meta);
    expect((await renderPdf(model)).equals(await renderPdf(model))).toBe(true);
  });

  it("prints Latin with any diacritic, Greek and Cyrillic exactly, title included", async () => {
    const comparison = sampleComparison();
    comparison.a.outlet = "ТАСС";
    comparison.onlyA[1]!.text = "Переговоры в Хабаровске: Łódź, İstanbul'da görüşme, Ελλάδα, Nguyễn Phú Trọng — «final» “q” €5";
    const { text, title } = await readPdf(await renderPdf(buildComparisonReport(comparison, new Map(), meta)));
    // A reader's lines joined back into one (the passage wraps).
    expect(text.replace(/\s+/g, " ")).toContain("Переговоры в Хабаровске: Łódź, İstanbul'da görüşme, Ελλάδα, Nguyễn Phú Trọng — «final» “q” €5");
    expect(title).toBe("Comparison: ТАСС vs Second Report");
    expect(text).not.toMatch(/Note: \d+ character/);
  });

  it("transliterates scripts the typeface lacks or would print backwards, and says how many characters changed", async () => {
    const comparison = sampleComparison();
    comparison.onlyA[1]!.text = "Talks in 北京 and שלום, zero\u200bwidth";
    const text = await pdfText(await renderPdf(buildComparisonReport(comparison, new Map(), meta)));
    expect(text).toContain("Talks in BeiJing and slvm, zerowidth");
    expect(text).toContain("Note: 7 characters the PDF's typeface cannot print");
  });

  it("renders empty and all-dismissed comparisons and stories of 1 and 30 articles", async () => {
    const empty = await pdfText(await renderPdf(buildComparisonReport(emptyComparison(), new Map(), meta)));
    expect(empty).toContain("No omissions were flagged.");
    const comparison = sampleComparison();
    const dismissed = await pdfText(await renderPdf(buildComparisonReport(comparison, dismissAll(comparison.omissions.map((o) => o.key)), { ...meta, hideDismissed: true })));
    expect(dismissed).toContain("All items were dismissed by the analyst.");
    expect(await pdfText(await renderPdf(buildStoryReport(oneArticleStory())))).toContain("Articles (1)");
    const thirty = await pdfText(await renderPdf(buildStoryReport(thirtyArticleStory())));
    expect(thirty).toContain("30. Outlet 30");
    expect(thirty).toContain("Comparison: Wire Service vs Second Report");
  });

  it("prints the story's coverage as a table, and four short articles in a few pages", async () => {
    const story = thirtyArticleStory();
    const pdf = await renderPdf(buildStoryReport({ ...story, articles: story.articles.slice(0, 4), coverage: story.coverage!.map((r) => ({ ...r, counts: r.counts.slice(0, 4) })) }));
    const text = await pdfText(pdf);
    // One cell per count, not "Label: 1:0 2:1" lines.
    expect(text).toContain("Name or passage");
    expect(text).not.toMatch(/Ostrava Shipyards: 1:/);
    const pages = (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeLessThanOrEqual(3);
  });

  it("lists the story page's items, numbered as there, and says how many dismissed ones it hides", async () => {
    const text = await pdfText(await renderPdf(buildStoryReport({ ...groupedStoryChinaDismissed(), hideDismissed: true })));
    expect(text).toContain("Omissions: 15 items (16 flags) (1 dismissed item hidden) (4 dismissed flags hidden)");
    // China (item 1) dismissed: the others keep the page's numbers, 2…16.
    expect(text).toMatch(/2\. \[HIGH\] Name\s+“North Korea” mentioned/);
    expect(text).toMatch(/16\. \[MEDIUM\] Name/);
    expect(text).not.toMatch(/(^|\D)1\. \[/);
    expect(text).not.toMatch(/17\. \[/);
    expect(text).toContain("More (5)");
  });

  it("opens a story with the analyst's summary, paragraphs and who saved it", async () => {
    const summary = { text: "Only the Wire names the shipyard.\n\nThe second report leaves out the cost.", author: "alice", savedAt: "2026-12-07T01:50:00.000Z" };
    const text = await pdfText(await renderPdf(buildStoryReport({ ...oneArticleStory(), summary })));
    expect(text).toContain("Analyst's summary");
    expect(text.indexOf("Only the Wire names the shipyard.")).toBeLessThan(text.indexOf("Articles ("));
    expect(text).toContain("The second report leaves out the cost.");
    expect(text).toContain("Saved by alice, 2026-12-07 01:50 UTC.");
  });
});
