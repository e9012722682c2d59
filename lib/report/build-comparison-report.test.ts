import { describe, expect, it } from "vitest";
import { buildComparisonReport } from "./build-comparison-report";
import { emptyComparison, sampleComparison } from "./fixtures/sample-comparison";
import { dismissAll, sampleReviews } from "./fixtures/sample-reviews";

const meta = { generatedAt: "2026-11-22T10:00:00Z" };

describe("buildComparisonReport", () => {
  it("only reads the comparison: the server keeps one analysis for the page and every export of a pair", () => {
    const comparison = sampleComparison();
    const before = structuredClone(comparison);
    buildComparisonReport(comparison, dismissAll(comparison.omissions.map((f) => f.key)), { ...meta, hideDismissed: true });
    buildComparisonReport(comparison, sampleReviews(), meta);
    expect(comparison).toEqual(before);
  });

  it("lists items in the order the analyst sees them (B's gaps by rank, then A's), numbered once, with reviews attached", () => {
    const model = buildComparisonReport(sampleComparison(), sampleReviews(), meta);
    expect(model.items.map((i) => [i.number, i.id, i.importance])).toEqual([
      [1, "entity:b:ostrava-shipyards", "high"],
      [2, "quote:b:final", "medium"],
      [3, "passage:a:surprisingly-statement-trade", "low"],
      [4, "number:a:40", "medium"],
    ]);
    expect(model.items[0]!.reasons).toEqual(["in Wire Service's headline and lede", "3 mentions in Wire Service, none in Second Report"]);
    expect(model.items[0]!.review).toEqual({ status: "confirmed", note: "Checked: B never names the yard <b>at all</b>" });
    expect(model.flags.map((f) => f.key)).toEqual(["entity:b:ostrava-shipyards", "quote:b:final", "passage:a:surprisingly-statement-trade", "number:a:40"]);
    expect(model.flags[0]!.review).toEqual({ status: "confirmed", note: "Checked: B never names the yard <b>at all</b>" });
    expect(model.flags[3]!.review).toBeUndefined();
  });

  it("keeps a grouped item's flags together and hides a dismissed flag inside it", () => {
    const comparison = sampleComparison();
    // The passage that names the shipyard joins the shipyard's item.
    comparison.items = comparison.items.filter((i) => i.id !== "passage:a:surprisingly-statement-trade");
    comparison.items[0]!.flags.push("passage:a:surprisingly-statement-trade");
    const model = buildComparisonReport(comparison, sampleReviews(), { ...meta, hideDismissed: true });
    expect(model.items[0]!.flags.map((f) => f.key)).toEqual(["entity:b:ostrava-shipyards"]);
    expect(model.hiddenDismissed).toBe(1);
    expect(model.hiddenItems).toBe(0);
    const shown = buildComparisonReport(comparison, sampleReviews(), meta);
    expect(shown.items[0]!.flags.map((f) => f.key)).toEqual(["entity:b:ostrava-shipyards", "passage:a:surprisingly-statement-trade"]);
  });

  it("attaches a review made on a name before a regrouping led its item by a passage, and a dismissal there hides the whole item", () => {
    const comparison = sampleComparison();
    // The shipyard's name now sits in the item of the passage that names it; the passage leads.
    const passageItem = comparison.items.find((i) => i.id === "passage:a:surprisingly-statement-trade")!;
    comparison.items = comparison.items.filter((i) => i.id !== "entity:b:ostrava-shipyards");
    passageItem.flags.push("entity:b:ostrava-shipyards");
    const reviews = new Map([["entity:b:ostrava-shipyards", { status: "dismissed" as const, note: "Named in the caption" }]]);
    const shown = buildComparisonReport(comparison, reviews, meta);
    expect(shown.items.find((i) => i.id === passageItem.id)?.review).toEqual({ status: "dismissed", note: "Named in the caption" });
    const hidden = buildComparisonReport(comparison, reviews, { ...meta, hideDismissed: true });
    expect(hidden.items.map((i) => i.id)).not.toContain(passageItem.id);
    expect(hidden.flags.map((f) => f.key)).not.toContain("passage:a:surprisingly-statement-trade");
    expect(hidden.hiddenItems).toBe(1);
  });

  it("names the story only when it is given, never with an article's headline", () => {
    expect(buildComparisonReport(sampleComparison(), new Map(), meta).story).toBeNull();
    expect(buildComparisonReport(sampleComparison(), new Map(), { ...meta, story: "Lisbon talks" }).story).toBe("Lisbon talks");
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
