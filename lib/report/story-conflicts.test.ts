import { describe, expect, it } from "vitest";
import { buildCoverage } from "../omissions/coverage";
import { derailmentStory } from "../omissions/fixtures/derailment-story";
import { segmentBlocks } from "../text/segment";
import { buildStoryReport } from "./build-story-report";
import { readPdf } from "./fixtures/read-pdf";
import { renderCsv } from "./render-csv";
import { renderHtml } from "./render-html";
import { renderJson } from "./render-json";
import { renderMarkdown } from "./render-markdown";
import { renderPdf } from "./render-pdf";

// QA round 4's derailment story: the Gazette gives "Nine" killed, six sources seven.
const story = derailmentStory();
const coverage = buildCoverage(story.map((s) => ({ id: s.id, label: s.label, title: s.document.info.title, passages: segmentBlocks(s.document.blocks) })));
const model = buildStoryReport({
  story: { title: "Kessingford derailment" },
  articles: story.map((s) => s.document.info),
  flags: coverage.flags.map((f) => ({ ...f })),
  generatedAt: "2026-12-07T12:00:00Z",
});

describe("story reports: a figure the sources disagree on", () => {
  it("is the first item, as on the story page, with who says which figure", () => {
    const first = model.items[0];
    expect(first?.kind).toBe("conflict");
    expect(first?.reasons).toContain("Kessingford Gazette says Nine people");
  });

  it("reads the same in Markdown, HTML, PDF, CSV and JSON", async () => {
    const md = renderMarkdown(model);
    expect(md).toMatch(/1\. \*\*High\*\* · Figures differ: Seven people in .*; Nine people in Kessingford Gazette/);
    expect(renderHtml(model)).toMatch(/<strong>Figures differ<\/strong>.*Seven people in .*; Nine people in Kessingford Gazette/);
    const pdf = (await readPdf(await renderPdf(model))).text.replace(/\s+/g, " ");
    expect(pdf).toContain("1. [HIGH] Figures differ");
    expect(pdf).toContain("Kessingford Gazette says Nine people");
    expect(renderCsv(model)).toMatch(/story_flag.*conflict/);
    const json = JSON.parse(renderJson(model)) as { items: Array<{ kind?: string; number: number }> };
    expect(json.items[0]).toMatchObject({ kind: "conflict", number: 1 });
  });
});
