import { describe, expect, it } from "vitest";
import { buildStoryReport } from "./build-story-report";
import { groupedStory } from "./fixtures/grouped-story";
import { sampleComparison } from "./fixtures/sample-comparison";

describe("buildStoryReport", () => {
  const articles = [
    { title: "First", outlet: "Wire Service", publishedAt: "2021-05-04" },
    { title: "Second", outlet: "Second Report", publishedAt: "2021-05-05" },
  ];

  it("numbers the articles and keeps the analysis's order of the flags", () => {
    const model = buildStoryReport({
      story: { title: "Lisbon talks" },
      articles,
      flags: [
        { key: "coverage:entity:shipyard:absent:2", text: "Only one outlet names the shipyard", severity: 0.2 },
        { key: "coverage:passage:quote:absent:1", text: "The quote differs", severity: 0.8 },
      ],
    });
    expect(model.articles.map((a) => a.label)).toEqual(["1", "2"]);
    // The analysis ranks with tie-breakers the severity alone does not hold: its order is the page's.
    expect(model.items.map((i) => [i.number, i.text, i.importance])).toEqual([
      [1, "Only one outlet names the shipyard", "low"],
      [2, "The quote differs", "high"],
    ]);
    expect(model.generatedAt).toBe("");
  });

  it("lists the story page's items: the flags grouped into fewer items, in the page's order, numbered as there", () => {
    const model = buildStoryReport(groupedStory());
    expect(model.flags).toHaveLength(20);
    expect(model.items).toHaveLength(16);
    expect(model.items.map((i) => i.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    // China leads, with the three sentences naming it that the readout leaves out grouped under it…
    const [china, northKorea] = model.items;
    expect(china).toMatchObject({ id: "coverage:entity:china:absent:readout", kind: "entity", importance: "high" });
    expect(china!.flags.map((f) => f.kind)).toEqual(["entity", "passage", "passage", "passage"]);
    // …so the next item is North Korea, though one of those sentences outranks it by its own severity.
    expect(northKorea!.text).toMatch(/^“North Korea” mentioned/);
    expect(china!.flags[1]!.severity).toBeGreaterThan(model.items[12]!.severity);
    // Every flag carries its item's number, and the flags run item by item.
    expect(model.flags.map((f) => f.itemNumber)).toEqual(model.items.flatMap((i) => i.flags.map(() => i.number)));
    // The page's first view is ten items; the rest follow under "More".
    expect(model.items.filter((i) => i.top).map((i) => i.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(model.hiddenDismissed).toBe(0);
    expect(model.hiddenItems).toBe(0);
  });

  it("hides an item whose lead flag is dismissed, as the page does, keeps the others' numbers and counts what it hid", () => {
    const story = groupedStory();
    const dismissed = { status: "dismissed" as const, note: "the readout is not a news report" };
    // China (the lead of four flags) and, inside the North Korea item, its grouped sentence.
    story.flags = story.flags.map((f) =>
      f.key === "coverage:entity:china:absent:readout" || (f.kind === "passage" && f.item === "coverage:entity:north korea:absent:kyodo") ? { ...f, review: dismissed } : f,
    );
    const shown = buildStoryReport({ ...story, hideDismissed: true });
    expect(shown.items).toHaveLength(15);
    // North Korea stays item 2, as on the page: "item 2" in a note still names it once China is dismissed.
    expect(shown.items[0]).toMatchObject({ number: 2, id: "coverage:entity:north korea:absent:kyodo" });
    expect(shown.items.map((i) => i.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 2));
    // The first view is still the first ten items shown.
    expect(shown.items.filter((i) => i.top).map((i) => i.number)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // An item whose grouped flag alone is dismissed stays, without that flag.
    expect(shown.items[0]!.flags).toHaveLength(1);
    expect(shown.hiddenItems).toBe(1);
    expect(shown.hiddenDismissed).toBe(5);
    expect(shown.flags).toHaveLength(15);
    // Asked for everything, the report keeps everything, with the review where the page shows it.
    const all = buildStoryReport({ ...story, hideDismissed: false });
    expect(all.items).toHaveLength(16);
    expect(all.items[0]!.review).toEqual(dismissed);
    expect(all.hiddenDismissed).toBe(0);
  });

  it("refuses a coverage row that does not have one count per article", () => {
    expect(() => buildStoryReport({ story: { title: "x" }, articles, coverage: [{ label: "China", counts: [1] }], flags: [] })).toThrow(/China/);
  });

  it("builds the comparisons it is given with the same reviews", () => {
    const model = buildStoryReport({
      story: { title: "x" },
      articles,
      flags: [],
      comparisons: [sampleComparison()],
      reviews: [new Map([["quote:b:final", { status: "dismissed" as const }]])],
      hideDismissed: true,
      generatedAt: "2026-11-22T10:00:00Z",
    });
    expect(model.comparisons).toHaveLength(1);
    expect(model.comparisons[0]!.hiddenDismissed).toBe(1);
  });
});
