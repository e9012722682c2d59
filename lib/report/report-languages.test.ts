import { describe, expect, it } from "vitest";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport, type StoryReportInput } from "./build-story-report";
import { sampleComparison } from "./fixtures/sample-comparison";
import { readPdf } from "./fixtures/read-pdf";
import { oneArticleStory } from "./fixtures/sample-story";
import { renderCsv } from "./render-csv";
import { renderHtml } from "./render-html";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";

const meta = { generatedAt: "2026-11-22T10:00:00Z" };

describe("reports of articles in other languages than English", () => {
  it("say in a comparison's summary why articles in two languages have no omissions", () => {
    const comparison = sampleComparison();
    comparison.b.language = "deu";
    comparison.crossLanguage = true;
    const model = buildComparisonReport(comparison, new Map(), meta);
    expect(model.summary.languages).toMatch(/^Wire Service is in English and Second Report in German\. .*lists no omissions/);
    expect(renderMarkdown(model)).toContain("- Wire Service is in English and Second Report in German.");
    expect(renderHtml(model)).toContain("<li>Wire Service is in English and Second Report in German.");
    expect(buildComparisonReport(sampleComparison(), new Map(), meta).summary.languages).toBeNull();
    // B's words are marked as German for a screen reader; A's, in the report's own English, are not.
    const html = renderHtml(model);
    expect(html).toMatch(/<div lang="de" dir="auto">[^<]*(<(del|ins|span)[^>]*>[^<]*<\/(del|ins|span)>[^<]*)*<\/div>/);
    expect(html).toContain('Passage 4: <span lang="de" dir="auto">=SUM(A1:A9) was the figure quoted by analysts');
    expect(html).toContain("Passage 4: <span>Surprisingly, the statement did not mention trade.");
  });

  it("give no '0% shared' for two articles in different languages, in a comparison's report and in a story's, but say they are not compared", async () => {
    const comparison = sampleComparison();
    comparison.b.language = "deu";
    comparison.crossLanguage = true;
    comparison.similarity = 0;
    const model = buildComparisonReport(comparison, new Map(), meta);
    expect(model.summary.similarity).toBeNull();
    const md = renderMarkdown(model);
    expect(md).toContain("- Shared: not compared (other language). The two articles are in different languages");
    expect(md).not.toMatch(/\b0% shared/);
    expect(renderHtml(model)).toContain("<li>Shared: not compared (other language).");
    const { text } = await readPdf(await renderPdf(model));
    expect(text).toContain("Shared: not compared (other language).");
    expect(text).not.toMatch(/\b0% shared/);
    // In a story's export, each comparison's summary says the same.
    const story = buildStoryReport({ ...oneArticleStory(), comparisons: [comparison] });
    expect(renderMarkdown(story)).toContain("- Shared: not compared (other language).");
    // Two articles in one language keep their figure, 0% included.
    const same = sampleComparison();
    same.similarity = 0;
    expect(renderMarkdown(buildComparisonReport(same, new Map(), meta))).toContain("- 0% shared: the share");
  });

  it("print a story's uncompared cells as n/a, not as absences, with the reason", async () => {
    const one = oneArticleStory();
    const story: StoryReportInput = {
      ...one,
      articles: [one.articles[0]!, { title: "Hafenstreik", outlet: "Tagesblatt", language: "deu", compared: false }],
      coverage: [{ label: "FNV Havens", counts: [2, null] }],
      languageNote: "Tagesblatt (German) is not in the story's language (English).",
    };
    const model = buildStoryReport(story);
    const md = renderMarkdown(model);
    expect(md).toContain("| FNV Havens | 2 | n/a |");
    expect(md).toContain("> Tagesblatt (German) is not in the story's language (English).");
    const html = renderHtml(model);
    expect(html).toContain('<td class="num">n/a <span class="sr">not compared</span></td>');
    expect(html).not.toContain("absent</span>");
    expect(renderCsv(model)).toMatch(/FNV Havens.*2;n\/a/);
    // One English report and one not compared: nothing can be carried by a majority of one.
    expect(md).toContain("There is one independent report here");
    const { text } = await readPdf(await renderPdf(model));
    expect(text).toContain("Tagesblatt (German) is not in the story's language (English).");
    expect(text).toMatch(/FNV Havens\s*2\s*n\/a/);
  });
});
