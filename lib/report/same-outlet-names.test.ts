/**
 * Two articles of one outlet side by side: every format tells them apart the
 * way the compare page does (lib/compare/source-labels.ts), never "Brackley
 * Gazette vs Brackley Gazette".
 */
import { describe, expect, it } from "vitest";
import { analyseDocuments } from "../compare/analyse-documents";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "../compare/fixtures/blinken-motegi";
import type { SideLabels } from "../compare/source-labels";
import type { Comparison } from "../types/comparison";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { readPdf } from "./fixtures/read-pdf";
import { renderCsv } from "./render-csv";
import { renderHtml } from "./render-html";
import { renderJson } from "./render-json";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";

/** Day 1 and day 2 of one paper, analysed (by default named by the pair's own rule, as the report is). */
function twoGazettes(labels?: SideLabels): Comparison {
  return analyseDocuments(
    { ...BLINKEN_MOTEGI_ANI, info: { ...BLINKEN_MOTEGI_ANI.info, outlet: "Brackley Gazette", publishedAt: "2026-12-06" } },
    { ...BLINKEN_MOTEGI_REWRITE, info: { ...BLINKEN_MOTEGI_REWRITE.info, outlet: "Brackley Gazette", publishedAt: "2026-12-07" } },
    labels ? { labels } : {},
  );
}

/** An item the rewrite mentions twice and the agency never: its reason names both sides. */
const MILLEY = "entity:a:mark milley";

const meta = { generatedAt: "2026-12-07T10:00:00Z" };
const DAY1 = "Brackley Gazette (6 Dec)";
const DAY2 = "Brackley Gazette (7 Dec)";

describe("a comparison of two articles of one outlet", () => {
  const model = buildComparisonReport(twoGazettes(), new Map(), meta);

  it("names each side by the outlet and its day, in the reasons too", () => {
    expect(model.sources.map((s) => s.name)).toEqual([DAY1, DAY2]);
    expect(model.items.find((i) => i.id === MILLEY)!.reasons).toEqual([`2 mentions in ${DAY2}, none in ${DAY1}`]);
    // The flags' own notes too: the analysis wrote them with the same names.
    expect(model.flags.find((f) => f.key === MILLEY)!.note).toBe(`“Mark Milley” appears 2× in ${DAY2}, never in ${DAY1}`);
    expect(JSON.stringify(model)).not.toMatch(/Brackley Gazette \([AB]\)/);
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
    expect(json.comparison.items.find((i: { id: string }) => i.id === MILLEY).reasons).toEqual([`2 mentions in ${DAY2}, none in ${DAY1}`]);
  });

  it("prints them in the PDF", async () => {
    const { text, title } = await readPdf(await renderPdf(model));
    expect(title).toBe(`Comparison: ${DAY1} vs ${DAY2}`);
    expect(text.replace(/\s+/g, " ")).toContain(`Comparison: ${DAY1} vs ${DAY2}`);
  });
});

describe("a story report's comparisons", () => {
  it("name their articles as the story's article table does", () => {
    // Analysed with the story's names, as the story export does (export-report.ts).
    const comparison = twoGazettes({ a: "Brackley Gazette (1)", b: "Brackley Gazette (2)" });
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
    expect(md).toContain("2 mentions in Brackley Gazette (2), none in Brackley Gazette (1)");
    expect(md).not.toMatch(/Brackley Gazette \((A|B|6 Dec|7 Dec)\)/);
    expect(renderHtml(model)).toContain("<h2>Comparison: Brackley Gazette (1) vs Brackley Gazette (2)</h2>");
    expect(JSON.parse(renderJson(model)).comparisons[0].names).toEqual({ a: "Brackley Gazette (1)", b: "Brackley Gazette (2)" });
  });
});
