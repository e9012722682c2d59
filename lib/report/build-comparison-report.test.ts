import { describe, expect, it } from "vitest";
import { buildComparisonReport } from "./build-comparison-report";
import { emptyComparison, sampleComparison } from "./fixtures/sample-comparison";
import { dismissAll, sampleReviews } from "./fixtures/sample-reviews";

const meta = { generatedAt: "2026-11-22T10:00:00Z" };

describe("buildComparisonReport", () => {
  it("lists flags by severity with their reviews attached", () => {
    const model = buildComparisonReport(sampleComparison(), sampleReviews(), meta);
    expect(model.flags.map((f) => f.key)).toEqual(["entity:b:ostrava-shipyards", "quote:b:final", "number:a:40", "passage:a:surprisingly-statement-trade"]);
    expect(model.flags.map((f) => f.importance)).toEqual(["high", "medium", "medium", "low"]);
    expect(model.flags[0]!.review).toEqual({ status: "confirmed", note: "Checked: B never names the yard <b>at all</b>" });
    expect(model.flags[2]!.review).toBeUndefined();
  });

  it("summarises shared, changed and missing content from the comparison's counts", () => {
    const s = buildComparisonReport(sampleComparison(), new Map(), meta).summary;
    expect(s).toMatchObject({ similarity: 0.47, shared: 2, changed: 1, moved: 1, onlyA: 2, onlyB: 1, flags: 4 });
  });

  it("keeps dismissed flags unless asked to hide them, and then counts them", () => {
    const shown = buildComparisonReport(sampleComparison(), sampleReviews(), meta);
    expect(shown.flags.some((f) => f.review?.status === "dismissed")).toBe(true);
    expect(shown.hiddenDismissed).toBe(0);

    const hidden = buildComparisonReport(sampleComparison(), sampleReviews(), { ...meta, hideDismissed: true });
    expect(hidden.flags.map((f) => f.key)).not.toContain("passage:a:surprisingly-statement-trade");
    expect(hidden.hiddenDismissed).toBe(1);
    expect(hidden.summary.flags).toBe(3);
    expect(hidden.comparison.omissions.map((o) => o.key)).not.toContain("passage:a:surprisingly-statement-trade");
    expect(Object.keys(hidden.reviews)).not.toContain("passage:a:surprisingly-statement-trade");
  });

  it("ignores reviews of flags that no longer exist", () => {
    const reviews = new Map([["entity:b:gone", { status: "confirmed" as const }]]);
    const model = buildComparisonReport(sampleComparison(), reviews, meta);
    expect(model.reviews).toEqual({});
  });

  it("copes with a comparison that has nothing in it", () => {
    const model = buildComparisonReport(emptyComparison(), new Map(), meta);
    expect(model.flags).toEqual([]);
    expect(model.pairs).toEqual([]);
    expect(model.summary.flags).toBe(0);
  });

  it("hides every flag when all were dismissed", () => {
    const comparison = sampleComparison();
    const model = buildComparisonReport(comparison, dismissAll(comparison.omissions.map((o) => o.key)), { ...meta, hideDismissed: true });
    expect(model.flags).toEqual([]);
    expect(model.hiddenDismissed).toBe(4);
  });
});
