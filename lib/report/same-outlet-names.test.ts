/**
 * Two articles of one outlet side by side: every format tells them apart the
 * way the compare page does (lib/compare/source-labels.ts), never "Brackley
 * Gazette vs Brackley Gazette".
 */
import { describe, expect, it } from "vitest";
import type { Comparison } from "../types/comparison";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { sampleComparison } from "./fixtures/sample-comparison";
import { readPdf } from "./fixtures/read-pdf";
import { renderCsv } from "./render-csv";
import { renderHtml } from "./render-html";
import { renderJson } from "./render-json";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";

/** Day 1 and day 2 of one paper, the analysis naming the sides by letter as it does for one outlet twice. */
function twoGazettes(): Comparison {
  const c = sampleComparison();
  c.a = { ...c.a, outlet: "Brackley Gazette", title: "Fire at Brackley plant", publishedAt: "2026-12-06" };
  c.b = { ...c.b, outlet: "Brackley Gazette", title: "Death toll rises to 15", publishedAt: "2026-12-07" };
  c.items[0]!.reasons = ["named by Brackley Gazette (A); absent from Brackley Gazette (B)"];
  return c;
}

const meta = { generatedAt: "2026-12-07T10:00:00Z" };
const DAY1 = "Brackley Gazette (6 Dec)";
const DAY2 = "Brackley Gazette (7 Dec)";

describe("a comparison of two articles of one outlet", () => {
  const model = buildComparisonReport(twoGazettes(), new Map(), meta);

  it("names each side by the outlet and its day, in the reasons too", () => {
    expect(model.sources.map((s) => s.name)).toEqual([DAY1, DAY2]);
    expect(model.items[0]!.reasons).toEqual([`named by ${DAY1}; absent from ${DAY2}`]);
  });

  it("says so in the Markdown, HTML and CSV headings and legends", () => {
    const md = renderMarkdown(model);
    expect(md).toContain(`# Comparison: ${DAY1} vs ${DAY2}`);
    expect(md).toContain(`only in A (${DAY1})`);
    expect(md).not.toContain("Brackley Gazette vs Brackley Gazette");
    const html = renderHtml(model);
    expect(html).toContain(`<title>Comparison: ${DAY1} vs ${DAY2}</title>`);
    expect(html).not.toContain("Brackley Gazette vs Brackley Gazette");
    expect(renderCsv(model)).toContain(`${DAY1} vs ${DAY2}`);
  });

  it("gives the JSON the same names beside the unchanged outlets", () => {
    const json = JSON.parse(renderJson(model));
    expect(json.names).toEqual({ a: DAY1, b: DAY2 });
    expect(json.comparison.a.outlet).toBe("Brackley Gazette");
    expect(json.comparison.items[0].reasons).toEqual([`named by ${DAY1}; absent from ${DAY2}`]);
  });

  it("prints them in the PDF", async () => {
    const { text, title } = await readPdf(await renderPdf(model));
    expect(title).toBe(`Comparison: ${DAY1} vs ${DAY2}`);
    expect(text.replace(/\s+/g, " ")).toContain(`Comparison: ${DAY1} vs ${DAY2}`);
  });
});

describe("a story report's comparisons", () => {
  it("name their articles as the story's article table does", () => {
    const comparison = twoGazettes();
    const model = buildStoryReport({
      story: { title: "Brackley fire" },
      articles: [
        { ...comparison.a, outlet: "Brackley Gazette (1)" },
        { ...comparison.b, outlet: "Brackley Gazette (2)" },
      ],
      flags: [],
      comparisons: [comparison],
      comparisonNames: [{ a: "Brackley Gazette (1)", b: "Brackley Gazette (2)" }],
      generatedAt: meta.generatedAt,
    });
    const md = renderMarkdown(model);
    expect(md).toContain("## Comparison: Brackley Gazette (1) vs Brackley Gazette (2)");
    expect(md).toContain("named by Brackley Gazette (1); absent from Brackley Gazette (2)");
    expect(renderHtml(model)).toContain("<h2>Comparison: Brackley Gazette (1) vs Brackley Gazette (2)</h2>");
    expect(JSON.parse(renderJson(model)).comparisons[0].names).toEqual({ a: "Brackley Gazette (1)", b: "Brackley Gazette (2)" });
  });
});
