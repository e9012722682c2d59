import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { emptyComparison, sampleComparison } from "./fixtures/sample-comparison";
import { dismissAll, sampleReviews } from "./fixtures/sample-reviews";
import { oneArticleStory, thirtyArticleStory } from "./fixtures/sample-story";
import { renderPdf } from "./render-pdf";

// Node's TextDecoder reads "windows-1252" as Latin-1, so the few WinAnsi punctuation bytes the tests use are mapped by hand.
const WIN_ANSI_PUNCTUATION: Readonly<Record<number, string>> = { 0x85: "…", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x96: "–", 0x97: "—" };
const winAnsi = (bytes: Buffer) => Array.from(bytes, (b) => WIN_ANSI_PUNCTUATION[b] ?? String.fromCharCode(b)).join("");
const meta = { generatedAt: "2026-11-22T10:00:00Z" };

/** The text drawn on the pages: pdfkit writes standard-font text as hex strings inside deflated content streams. */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  let text = "";
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1");
    } catch {
      continue; // not a deflated stream (fonts are built in, so there should be none)
    }
    for (const hex of content.matchAll(/<([0-9a-fA-F]+)>/g)) text += winAnsi(Buffer.from(hex[1]!, "hex"));
  }
  return text;
}

describe("renderPdf", () => {
  it("writes a complete PDF with the sources, summary, flags and passages", async () => {
    const pdf = await renderPdf(buildComparisonReport(sampleComparison(), sampleReviews(), meta));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1").trimEnd().endsWith("%%EOF")).toBe(true);
    const text = pdfText(pdf);
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

  it("transliterates what the standard fonts cannot show, and says so", async () => {
    const comparison = sampleComparison();
    comparison.a.outlet = "ТАСС";
    comparison.onlyA[1]!.text = "Переговоры в Хабаровске 北京 — «final»";
    const text = pdfText(await renderPdf(buildComparisonReport(comparison, new Map(), meta)));
    expect(text).toContain("Peregovory v Khabarovske BeiJing — «final»");
    expect(text).toMatch(/Note: \d+ characters outside the PDF standard fonts/);
  });

  it("renders empty and all-dismissed comparisons and stories of 1 and 30 articles", async () => {
    const empty = pdfText(await renderPdf(buildComparisonReport(emptyComparison(), new Map(), meta)));
    expect(empty).toContain("No omissions were flagged.");
    const comparison = sampleComparison();
    const dismissed = pdfText(await renderPdf(buildComparisonReport(comparison, dismissAll(comparison.omissions.map((o) => o.key)), { ...meta, hideDismissed: true })));
    expect(dismissed).toContain("All items were dismissed by the analyst.");
    expect(pdfText(await renderPdf(buildStoryReport(oneArticleStory())))).toContain("Articles (1)");
    const thirty = pdfText(await renderPdf(buildStoryReport(thirtyArticleStory())));
    expect(thirty).toContain("30. Outlet 30");
    expect(thirty).toContain("Comparison: Wire Service vs Second Report");
  });

  it("prints the story's coverage as a table, and four short articles in a few pages", async () => {
    const story = thirtyArticleStory();
    const pdf = await renderPdf(buildStoryReport({ ...story, articles: story.articles.slice(0, 4), coverage: story.coverage!.map((r) => ({ ...r, counts: r.counts.slice(0, 4) })) }));
    const text = pdfText(pdf);
    // One cell per count, not "Label: 1:0 2:1" lines.
    expect(text).toContain("Name or passage");
    expect(text).not.toMatch(/Ostrava Shipyards: 1:/);
    const pages = (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    expect(pages).toBeLessThanOrEqual(3);
  });
});
