import { describe, expect, it } from "vitest";
import { analyseDocuments } from "@/lib/compare/analyse-documents";
import { BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE } from "@/lib/compare/fixtures/blinken-motegi";
import { CLIMATE_LAW_AGENCY } from "@/lib/compare/fixtures/german-climate-law";
import { buildComparisonReport } from "@/lib/report/build-comparison-report";
import { buildComparePageModel, MAX_ITEMS_PER_SIDE, paginate } from "./compare-page-model";
import { buildRows } from "./build-rows";

describe("buildComparePageModel", () => {
  const comparison = analyseDocuments(BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_REWRITE);

  it("only reads the comparison: the server keeps one analysis for every view of a pair", () => {
    const before = structuredClone(comparison);
    for (const order of ["a", "b"] as const) buildComparePageModel(comparison, { order, page: 0 });
    expect(comparison).toEqual(before);
  });

  it("tells two articles of one outlet apart everywhere it names them, as the reports do", () => {
    const sameOutlet = analyseDocuments(
      { ...BLINKEN_MOTEGI_ANI, info: { ...BLINKEN_MOTEGI_ANI.info, outlet: "ANI", publishedAt: "2021-05-04" } },
      { ...BLINKEN_MOTEGI_REWRITE, info: { ...BLINKEN_MOTEGI_REWRITE.info, outlet: "ANI", publishedAt: "2021-05-05" } },
    );
    const model = buildComparePageModel(sameOutlet);
    expect(model.labels).toEqual({ a: "ANI (4 May)", b: "ANI (5 May)" });
    const reasons = model.items.flatMap((i) => i.reasons).join("\n");
    // The analysis writes the labels itself: the page shows its reasons as they are.
    for (const item of model.items) expect(item.reasons).toEqual(sameOutlet.items.find((i) => i.id === item.id)!.reasons.slice(0, 4));
    expect(reasons).not.toMatch(/ANI \([AB]\)/);
    expect(reasons).toMatch(/ANI \((4|5) May\)/);
    const report = buildComparisonReport(sameOutlet, new Map(), { generatedAt: "" });
    expect(report.sources.map((s) => s.name)).toEqual([model.labels.a, model.labels.b]);
  });

  it("shows two news articles on one page", () => {
    const model = buildComparePageModel(comparison);
    expect(model.pageCount).toBe(1);
    expect(model.overview).toHaveLength(model.rows.length);
  });

  it("sends one page of two very long articles, not the whole comparison", () => {
    // Two ~600 KB articles: the same 4,000 paragraphs, every fifth one reworded in B.
    const paragraph = (i: number, twist: string) =>
      `Paragraph ${i}: the council met on day ${i} to discuss harbour dues, ${twist} the port authority's ledger for berth ${i % 97} and the ferry schedule of route ${i % 13}.`;
    const blocks = (twist: (i: number) => string) => Array.from({ length: 4000 }, (_, i) => ({ role: "body" as const, text: paragraph(i, twist(i)) }));
    const long = analyseDocuments(
      { info: { title: "Long A", outlet: "Ledger" }, blocks: blocks(() => "reviewing") },
      { info: { title: "Long B", outlet: "Gazette" }, blocks: blocks((i) => (i % 5 === 0 ? "after auditing" : "reviewing")) },
    );
    const model = buildComparePageModel(long);
    const pageBytes = JSON.stringify(model).length;
    expect(model.pageCount).toBeGreaterThan(5);
    expect(JSON.stringify(model.rows).length).toBeLessThan(3 * 200_000);
    expect(pageBytes).toBeLessThan(JSON.stringify(long).length / 4);
  }, 60_000);

  it("points every item at the rows of its evidence", () => {
    const model = buildComparePageModel(comparison);
    const ids = new Set(model.rows.map((r) => r.id));
    for (const item of model.items) {
      if (item.evidence.length > 0) expect(item.rows.length).toBeGreaterThan(0);
      for (const id of item.rows) expect(ids).toContain(id);
    }
  });

  it("carries at most MAX_ITEMS_PER_SIDE items per side, and the rest on the next window of items, so every item is reachable", () => {
    const lead = comparison.items.find((i) => i.missingFrom === "b")!;
    const many = { ...comparison, items: Array.from({ length: MAX_ITEMS_PER_SIDE + 25 }, (_, k) => ({ ...lead, id: `${lead.id}-${k}` })) };
    const first = buildComparePageModel(many);
    expect(first.items).toHaveLength(MAX_ITEMS_PER_SIDE);
    expect(first.itemWindows.b).toMatchObject({ window: 0, windowCount: 2, from: 0, to: MAX_ITEMS_PER_SIDE, total: MAX_ITEMS_PER_SIDE + 25 });
    expect(first.offPage.b.total).toBe(25);
    const second = buildComparePageModel(many, { itemWindow: 1 });
    expect(second.items.map((i) => i.number)).toEqual(Array.from({ length: 25 }, (_, k) => MAX_ITEMS_PER_SIDE + k + 1));
    expect(second.offPage.b.total).toBe(MAX_ITEMS_PER_SIDE);
    // Between the windows, every item once, numbered as the reports number them.
    const numbers = [...first.items, ...second.items].map((i) => i.number);
    expect(numbers).toEqual(Array.from({ length: MAX_ITEMS_PER_SIDE + 25 }, (_, k) => k + 1));
    // A window past the last is the last.
    expect(buildComparePageModel(many, { itemWindow: 9 }).items.map((i) => i.id)).toEqual(second.items.map((i) => i.id));
  });

  it("shows a short side whole on every window of a long side's items, numbered on from the long side's", () => {
    const leadB = comparison.items.find((i) => i.missingFrom === "b")!;
    const leadA = comparison.items.find((i) => i.missingFrom === "a")!;
    const many = { ...comparison, items: [leadA, ...Array.from({ length: 12 }, (_, k) => ({ ...leadB, id: `${leadB.id}-${k}` }))] };
    for (const itemWindow of [0, 1, 2]) {
      const model = buildComparePageModel(many, { itemWindow, maxItemsPerSide: 5 });
      expect(model.items.filter((i) => i.missingFrom === "a").map((i) => i.number)).toEqual([13]);
      expect(model.itemWindows.a).toMatchObject({ numberOffset: 12, windowCount: 1, total: 1 });
      expect(model.itemWindows.b).toMatchObject({ numberOffset: 0, window: itemWindow, windowCount: 3, total: 12 });
    }
  });

  it("counts the reviews and dismissals of items on other windows, so the panel's counts are of every item", () => {
    const lead = comparison.items.find((i) => i.missingFrom === "b")!;
    const many = { ...comparison, items: Array.from({ length: 8 }, (_, k) => ({ ...lead, id: `${lead.id}-${k}`, flags: [`${lead.id}-${k}`] })) };
    const reviews = new Map([
      [`${lead.id}-1`, "dismissed"],
      [`${lead.id}-6`, "dismissed"],
      [`${lead.id}-7`, "confirmed"],
    ]);
    const model = buildComparePageModel(many, { maxItemsPerSide: 5, reviewStatus: (key) => reviews.get(key) });
    expect(model.items).toHaveLength(5);
    expect(model.offPage.b).toEqual({ total: 3, reviewed: 2, dismissed: 1 });
  });

  it("maps each item on another window of items to its window, by its id and its review's flag, so a link to it can open it", () => {
    const lead = comparison.items.find((i) => i.missingFrom === "b")!;
    const many = { ...comparison, items: Array.from({ length: 12 }, (_, k) => ({ ...lead, id: `${lead.id}-${k}`, flags: [`${lead.id}-${k}`, `other-flag-${k}`] })) };
    // Item 8's review is kept under its second flag (the grouping changed which flag leads it): the activity log links to that.
    const reviews = new Map([[`other-flag-8`, "confirmed"]]);
    const model = buildComparePageModel(many, { itemWindow: 1, maxItemsPerSide: 5, reviewStatus: (key) => reviews.get(key) });
    expect(model.items.map((i) => i.id)).toEqual([5, 6, 7, 8, 9].map((k) => `${lead.id}-${k}`));
    expect(model.itemWindowOf).toEqual({
      ...Object.fromEntries([0, 1, 2, 3, 4].map((k) => [`${lead.id}-${k}`, 0])),
      ...Object.fromEntries([10, 11].map((k) => [`${lead.id}-${k}`, 2])),
    });
    const first = buildComparePageModel(many, { maxItemsPerSide: 5, reviewStatus: (key) => reviews.get(key) });
    expect(first.itemWindowOf?.[`${lead.id}-8`]).toBe(1);
    expect(first.itemWindowOf?.["other-flag-8"]).toBe(1);
    expect(first.itemWindowOf?.[`${lead.id}-2`]).toBeUndefined();
  });

  it("sends no map of item windows when every side fits one window", () => {
    const model = buildComparePageModel(comparison);
    expect(model.itemWindows.a.windowCount).toBe(1);
    expect(model.itemWindows.b.windowCount).toBe(1);
    expect(model).not.toHaveProperty("itemWindowOf");
    expect(JSON.stringify(model)).not.toContain("itemWindowOf");
  });

  it("marks a row's importance from every item, those on other windows of items too", () => {
    const ranked = buildComparePageModel(comparison, { maxItemsPerSide: 1 });
    const whole = buildComparePageModel(comparison);
    expect(ranked.rows.map((r) => r.importance)).toEqual(whole.rows.map((r) => r.importance));
  });

  it("numbers each item as every report does, so 'item 7' in a report is the page's item 7", () => {
    const page = buildComparePageModel(comparison).items.map((i) => [i.id, i.number]);
    const report = buildComparisonReport(comparison, new Map(), { generatedAt: "" }).items.map((i) => [i.id, i.number]);
    expect(page).toEqual(expect.arrayContaining(report));
    expect(page).toHaveLength(report.length);
    // One list of numbers across the panel's two groups: what B leaves out first, then A's on from it.
    const missingFromB = comparison.items.filter((i) => i.missingFrom === "b").length;
    expect(Object.fromEntries(page)[comparison.items.find((i) => i.missingFrom === "a")!.id]).toBe(missingFromB + 1);
  });

  it("numbers A's items on from all of B's, those left off the page too", () => {
    const leadB = comparison.items.find((i) => i.missingFrom === "b")!;
    const leadA = comparison.items.find((i) => i.missingFrom === "a")!;
    const many = { ...comparison, items: [leadA, ...Array.from({ length: MAX_ITEMS_PER_SIDE + 25 }, (_, k) => ({ ...leadB, id: `${leadB.id}-${k}` }))] };
    const model = buildComparePageModel(many);
    expect(model.items.find((i) => i.id === leadA.id)!.number).toBe(MAX_ITEMS_PER_SIDE + 25 + 1);
  });

  it("splits a long comparison into pages by rows and by characters, and finds each item's page", () => {
    const rows = buildRows(comparison);
    expect(paginate(rows, 5)).toEqual(Array.from({ length: Math.ceil(rows.length / 5) }, (_, i) => i * 5));
    const starts = paginate(rows, 1000, 400);
    expect(starts.length).toBeGreaterThan(3);
    const model = buildComparePageModel(comparison, { maxRows: 5, page: 1 });
    expect(model.rows.map((r) => r.id)).toEqual(rows.slice(5, 10).map((r) => r.id));
    for (const item of model.items) {
      const first = item.rows[0];
      if (first) expect(Math.floor(model.overviewIds.indexOf(first) / 5)).toBe(item.page);
    }
  });
});

describe("the Left out panel's text when a comparison has no items", () => {
  it("does not claim two articles in different languages report the same content: they were not compared", () => {
    const model = buildComparePageModel(analyseDocuments(BLINKEN_MOTEGI_ANI, CLIMATE_LAW_AGENCY));
    expect(model.items).toEqual([]);
    expect(model.noItemsText).toMatch(/^Not compared across languages: .+ is in English and .+ in German/);
    expect(model.noItemsText).not.toMatch(/same content/);
  });

  it("says both report the same content when two articles in one language leave nothing out", () => {
    const model = buildComparePageModel(analyseDocuments(BLINKEN_MOTEGI_ANI, BLINKEN_MOTEGI_ANI));
    expect(model.items).toEqual([]);
    expect(model.noItemsText).toBe("No omissions found: both sources report the same content.");
  });
});
