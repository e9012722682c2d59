import { describe, expect, it } from "vitest";
import type { OmissionKind } from "../types/comparison";
import { buildComparisonReport } from "./build-comparison-report";
import { buildStoryReport } from "./build-story-report";
import { emptyComparison, HOSTILE_SCRIPT, sampleComparison } from "./fixtures/sample-comparison";
import { sampleReviews } from "./fixtures/sample-reviews";
import { groupedStory } from "./fixtures/grouped-story";
import { oneArticleStory, thirtyArticleStory } from "./fixtures/sample-story";
import { OMISSION_KIND_LABEL } from "./format-values";
import { CSV_COLUMNS, neutralizeFormula, renderCsv } from "./render-csv";
import { renderMarkdown } from "./render-markdown";

/** A strict RFC 4180 reader, so the test checks what a spreadsheet would read. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
      i++;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === "\n" || c === "\r" || c === '"') {
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("last line lacks CRLF");
  return rows;
}

function records(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...CSV_COLUMNS]);
  for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}

const meta = { generatedAt: "2026-11-22T10:00:00Z" };

describe("renderCsv", () => {
  it("has one row per flag and one per alignment, told apart by row_type", () => {
    const rows = records(renderCsv(buildComparisonReport(sampleComparison(), sampleReviews(), meta)));
    expect(rows.map((r) => r.row_type)).toEqual(["flag", "flag", "flag", "flag", "alignment", "alignment", "alignment"]);
    expect(rows[0]).toMatchObject({ key: "entity:b:ostrava-shipyards", importance: "high", missing_from: "B", review_status: "confirmed", reviewed_by: "" });
    expect(rows.find((r) => r.key === "quote:b:final")).toMatchObject({ review_status: "needs-check", reviewed_by: "alice", reviewed_at: "2026-12-04T21:04:30.000Z" });
    expect(rows[5]).toMatchObject({ kind: "near", a_text: "They agreed to hold a meeting in Lisbon next month.", diff: "They agreed to hold [-a meeting-]{+talks+} in Lisbon [-next month-]{+in June+}." });
  });

  it("round-trips commas, quotes and markup exactly", () => {
    const rows = records(renderCsv(buildComparisonReport(sampleComparison(), sampleReviews(), meta)));
    const partial = rows.find((r) => r.kind === "partial")!;
    expect(partial.a_text).toBe(`Officials said the plan, ${HOSTILE_SCRIPT}, was "final".`);
    expect(rows[0]!.note).toBe("“Ostrava Shipyards” appears 3× in A, never in B");
  });

  it("keeps line breaks inside a quoted field", () => {
    const comparison = sampleComparison();
    comparison.omissions.find((o) => o.kind === "passage")!.text = "Line one,\r\nline two";
    const rows = records(renderCsv(buildComparisonReport(comparison, new Map(), meta)));
    expect(rows.find((r) => r.kind === "passage")!.subject).toBe("Line one,\r\nline two");
  });

  it("stops article text from running as a spreadsheet formula", () => {
    const rows = records(renderCsv(buildComparisonReport(sampleComparison(), new Map(), meta)));
    expect(rows.find((r) => r.kind === "number")!.subject).toBe(`'=HYPERLINK("http://evil.example","40")`);
    for (const value of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutralizeFormula(value)).toBe(`'${value}`);
    expect(neutralizeFormula("plain 1+1")).toBe("plain 1+1");
  });

  it("leaves out dismissed flags when the report hides them", () => {
    const rows = records(renderCsv(buildComparisonReport(sampleComparison(), sampleReviews(), { ...meta, hideDismissed: true })));
    expect(rows.filter((r) => r.row_type === "flag")).toHaveLength(3);
  });

  it("gives each flag row the number its item has in the Markdown, HTML and PDF reports", () => {
    const numbered = (hideDismissed: boolean) => {
      const model = buildComparisonReport(sampleComparison(), sampleReviews(), { ...meta, hideDismissed });
      const md = renderMarkdown(model);
      return records(renderCsv(model))
        .filter((r) => r.row_type === "flag")
        .map((r) => {
          // The Markdown line of the item that shows this flag (the sample has one flag of each kind).
          const line = md.split("\n").find((l) => /^\d+\. \*\*/.test(l) && l.includes(` · ${OMISSION_KIND_LABEL[r.kind as OmissionKind]} “`));
          return [r.key, r.item_number, line?.split(".")[0]];
        });
    };
    expect(numbered(false)).toEqual([
      ["entity:b:ostrava-shipyards", "1", "1"],
      ["quote:b:final", "2", "2"],
      ["passage:a:surprisingly-statement-trade", "3", "3"],
      ["number:a:40", "4", "4"],
    ]);
    // A dismissed item hidden: the others keep their numbers (the page's), in every format alike, and 3 is a gap.
    expect(numbered(true)).toEqual([
      ["entity:b:ostrava-shipyards", "1", "1"],
      ["quote:b:final", "2", "2"],
      ["number:a:40", "4", "4"],
    ]);
    // Other rows have no item.
    expect(records(renderCsv(buildComparisonReport(sampleComparison(), new Map(), meta))).filter((r) => r.row_type === "alignment").map((r) => r.item_number)).toEqual(["", "", ""]);
  });

  it("gives each story flag row its key and the number of the story page's item it is grouped under", () => {
    const rows = records(renderCsv(buildStoryReport(groupedStory()))).filter((r) => r.row_type === "story_flag");
    // Every flag keeps its own row; the flags of one item share its number, items in the page's order.
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => r.item_number)).size).toBe(16);
    expect(rows.slice(0, 5).map((r) => [r.item_number, r.kind])).toEqual([
      ["1", "entity"],
      ["1", "passage"],
      ["1", "passage"],
      ["1", "passage"],
      ["2", "entity"],
    ]);
    expect(rows[0]!.key).toBe("coverage:entity:china:absent:readout");
    expect(rows.map((r) => Number(r.item_number))).toEqual([...rows.map((r) => Number(r.item_number))].sort((x, y) => x - y));
  });

  it("writes only the header for an empty comparison", () => {
    expect(records(renderCsv(buildComparisonReport(emptyComparison(), new Map(), meta)))).toEqual([]);
  });

  it("writes article, coverage and flag rows for a story", () => {
    const one = records(renderCsv(buildStoryReport(oneArticleStory())));
    expect(one.map((r) => r.row_type)).toEqual(["article", "coverage"]);
    const thirty = records(renderCsv(buildStoryReport(thirtyArticleStory())));
    expect(thirty.filter((r) => r.row_type === "article")).toHaveLength(30);
    expect(thirty.find((r) => r.row_type === "coverage")!.counts).toBe(Array.from({ length: 30 }, (_, i) => i % 4).join(";"));
    expect(thirty.filter((r) => r.row_type === "story_flag")).toHaveLength(2);
    // A story flag's review is in its row, as in the other formats.
    const story = thirtyArticleStory();
    story.flags[0] = { ...story.flags[0]!, review: { status: "confirmed", note: "checked against the wire", by: "alice", at: "2026-12-07T05:00:00.000Z" } };
    expect(records(renderCsv(buildStoryReport(story))).find((r) => r.row_type === "story_flag")).toMatchObject({ subject: "20 of 30 outlets leave out the quote", review_status: "confirmed", review_note: "checked against the wire", reviewed_by: "alice", reviewed_at: "2026-12-07T05:00:00.000Z" });
    expect(thirty.filter((r) => r.row_type === "alignment")).toHaveLength(3);
  });
});
