import { describe, expect, it } from "vitest";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { sampleComparison } from "./fixtures/sample-comparison";
import { sampleReviews } from "./fixtures/sample-reviews";
import { readPdf } from "./fixtures/read-pdf";
import type { FlagReview } from "./model";
import { renderCsv } from "./render-csv";
import { renderHtml } from "./render-html";
import { renderJson } from "./render-json";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";

// Every format tells the reader a review was given on an earlier text of an article, and names the
// article as plain text: an outlet's name is article data and never markup.

const meta = { generatedAt: "2026-12-07T18:00:00Z" };
const change = { articleId: "gaz-1", outlet: "Brackley <b>Gazette</b>", changedAt: "2026-12-07T15:46:30.000Z" };

function reportWithChangedText() {
  const reviews = sampleReviews();
  const confirmed = reviews.get("entity:b:ostrava-shipyards")!;
  reviews.set("entity:b:ostrava-shipyards", { ...confirmed, by: "dana", at: "2026-12-07T09:12:00.000Z", reviewedBeforeTextChange: change } satisfies FlagReview);
  return buildComparisonReport(sampleComparison(), reviews, meta);
}

describe("a review made before an article's text changed, in the exported reports", () => {
  it("is marked in Markdown, escaped, and only on that review", () => {
    const md = renderMarkdown(reportWithChangedText());
    expect(md).toContain("_Reviewed before Brackley &lt;b&gt;Gazette&lt;/b&gt;'s text changed (7 Dec 2026, 15:46 UTC)._");
    expect(md.match(/Reviewed before/g)).toHaveLength(1);
  });

  it("is marked in HTML with the outlet escaped", () => {
    const html = renderHtml(reportWithChangedText());
    expect(html).toContain('<em class="text-changed">Reviewed before Brackley &lt;b&gt;Gazette&lt;/b&gt;&#39;s text changed (7 Dec 2026, 15:46 UTC).</em>');
    expect(html).not.toContain("<b>Gazette</b>");
  });

  it("gives JSON readers the article, its name and the time of the change beside the review", () => {
    const json = JSON.parse(renderJson(reportWithChangedText())) as { reviews: Record<string, FlagReview> };
    expect(json.reviews["entity:b:ostrava-shipyards"]?.reviewedBeforeTextChange).toEqual(change);
    expect(json.reviews["quote:b:final"]).not.toHaveProperty("reviewedBeforeTextChange");
  });

  it("fills the CSV's review_text_changed column of that flag's row and leaves the others empty", () => {
    const [header, ...lines] = renderCsv(reportWithChangedText()).trimEnd().split("\r\n");
    const column = header!.split(",").indexOf("review_text_changed");
    expect(column).toBeGreaterThan(-1);
    const marked = lines.filter((line) => line.includes("Reviewed before"));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatch(/^flag,.*entity:b:ostrava-shipyards/);
  });

  it("is printed in the PDF", async () => {
    const { text } = await readPdf(await renderPdf(reportWithChangedText()));
    expect(text.replace(/\s+/g, " ")).toContain("[Reviewed before Brackley <b>Gazette</b>'s text changed (7 Dec 2026, 15:46 UTC)]");
  });

  it("is marked on a story flag's review in a story report", () => {
    const review: FlagReview = { status: "confirmed", at: "2026-12-07T09:12:00.000Z", reviewedBeforeTextChange: change };
    const flag = { key: "coverage:entity:kishi:absent:b", item: "coverage:entity:kishi:absent:b", kind: "entity" as const, term: "Kishi", text: "“Kishi” mentioned by 1 of 2 sources", severity: 0.8, review };
    const model = buildStoryReport({ story: { title: "Harbour toll" }, articles: [sampleComparison().a, sampleComparison().b], flags: [flag], comparisons: [], generatedAt: meta.generatedAt });
    expect(renderMarkdown(model)).toContain("Reviewed before Brackley &lt;b&gt;Gazette&lt;/b&gt;'s text changed");
    expect(JSON.parse(renderJson(model)).flags[0].review.reviewedBeforeTextChange).toEqual(change);
  });
});
