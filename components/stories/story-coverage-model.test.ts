import { describe, expect, it } from "vitest";
import { buildCoverage, type Coverage, type CoverageSource } from "@/lib/omissions/coverage";
import { passagesFromBlocks } from "@/lib/omissions/fixtures/seed-passages";
import { CLIMATE_LAW_AGENCY } from "@/lib/compare/fixtures/german-climate-law";
import { buildStoryReport } from "@/lib/report/build-story-report";
import { groupedStory, groupedStoryCoverage } from "@/lib/report/fixtures/grouped-story";
import { buildStoryCoverageModel } from "./story-coverage-model";
import { reportSources } from "./report-sources";

// A story whose syndicated copy (Portal, stored last so with the largest id, undated so listed first) reprints Ledger.
const coverage: Coverage = {
  sources: [
    { id: "c2zzz", label: "Portal", group: 0 },
    { id: "c1aaa", label: "Ledger", group: 0 },
    { id: "c1bbb", label: "Courier", group: 1 },
  ],
  groups: [["c2zzz", "c1aaa"], ["c1bbb"]],
  rows: [],
  flags: [],
};
const headers = (articles?: ReadonlyArray<{ id: string; copyOf: string | null }>) =>
  buildStoryCoverageModel(coverage, [[], [], []], articles).sources.map((s) => [s.label, s.copyOf]);

describe("buildStoryCoverageModel column headers", () => {
  it("names the syndicated copy as the copy, as the articles table does, even when it is listed first", () => {
    const articles = [
      { id: "c2zzz", copyOf: "Ledger" },
      { id: "c1aaa", copyOf: null },
      { id: "c1bbb", copyOf: null },
    ];
    expect(headers(articles)).toEqual([
      ["Portal", "Ledger"],
      ["Ledger", null],
      ["Courier", null],
    ]);
    // The original is the report compared when the story has two.
    expect(reportSources(buildStoryCoverageModel(coverage, [[], [], []], articles).sources).map((s) => s.label)).toEqual(["Ledger", "Courier"]);
  });

  it("follows the overview on which copy is the original, whatever the ids (a copy published later but stored first)", () => {
    const articles = [
      { id: "c2zzz", copyOf: null },
      { id: "c1aaa", copyOf: "Portal" },
      { id: "c1bbb", copyOf: null },
    ];
    expect(headers(articles)).toEqual([
      ["Portal", null],
      ["Ledger", "Portal"],
      ["Courier", null],
    ]);
  });

  it("without the overview's word, takes each group's first column as its original (a story lists originals first)", () => {
    expect(headers()).toEqual([
      ["Portal", null],
      ["Ledger", "Portal"],
      ["Courier", null],
    ]);
  });
});

const source = (id: string, label: string, ...paragraphs: string[]): CoverageSource => ({
  id,
  label,
  passages: passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text }))),
});

describe("the story page's flags", () => {
  it("say a source in another language is not compared, rather than that it reports or leaves out the flag", () => {
    // Long enough to be told English (a text too short to tell is compared with any language), and not copies of each other.
    const sources = [
      source("ani", "ANI", "Japan protested to China on Monday over ships near the Senkaku islands, Foreign Minister Toshimitsu Motegi said.", "A Chinese diplomat was summoned in Tokyo.", "The islands are administered by Japan and claimed by China, which calls them the Diaoyu, and the two navies have shadowed each other there for years."),
      source("kyodo", "Kyodo", "Foreign Minister Toshimitsu Motegi lodged a protest with China on Monday over ships near the Senkaku islands.", "A Chinese diplomat was summoned in Tokyo.", "Tokyo has complained about such incursions many times this year, and the government says it wants to avoid an accident at sea."),
      source("reuters", "Reuters", "Japan protested to China on Monday over ships in the East China Sea, officials said.", "A Chinese diplomat was summoned in Tokyo, officials said.", "Beijing rejected the protest and said its coast guard was patrolling waters that it has always regarded as its own territory."),
      { id: "rp", label: "Rheinische Post", passages: passagesFromBlocks(CLIMATE_LAW_AGENCY.blocks) },
    ];
    const model = buildStoryCoverageModel(buildCoverage(sources), sources.map((s) => s.passages));
    const motegi = model.flags.find((f) => f.term.includes("Motegi"));
    expect(motegi?.absentFrom).toEqual(["Reuters"]);
    expect(motegi?.notCompared).toEqual([null, null, null, "not compared: in German"]);
  });
});

describe("the story page and the story reports", () => {
  it("list the same items, in the same order, with the same flags grouped under each", () => {
    const coverage = groupedStoryCoverage();
    const page = buildStoryCoverageModel(coverage, [[], [], [], []]);
    const report = buildStoryReport(groupedStory(coverage));
    // Fewer items than flags: the grouping is what both must share.
    expect(page.flags.length).toBeLessThan(coverage.flags.length);
    expect(report.items.map((i) => [i.number, i.id, i.text, i.flags.length - 1])).toEqual(page.flags.map((f, i) => [i + 1, f.key, f.text, f.grouped.length]));
    expect(page.flags.map((f) => f.number)).toEqual(page.flags.map((_, i) => i + 1));
  });

  it("number an item alike when the report hides a dismissed one before it", () => {
    const coverage = groupedStoryCoverage();
    const page = buildStoryCoverageModel(coverage, [[], [], [], []]);
    const story = groupedStory(coverage);
    const first = page.flags[0]!.key;
    story.flags = story.flags.map((f) => (f.key === first ? { ...f, review: { status: "dismissed" as const } } : f));
    const report = buildStoryReport({ ...story, hideDismissed: true });
    const onPage = new Map(page.flags.map((f) => [f.key, f.number]));
    expect(report.items.map((i) => [i.id, i.number])).toEqual(report.items.map((i) => [i.id, onPage.get(i.id)]));
    expect(report.items[0]!.number).toBe(2);
  });
});

describe("buildStoryCoverageModel: a figure the sources disagree on", () => {
  const body = (text: string) => passagesFromBlocks([{ role: "body", text }]);
  const sources: CoverageSource[] = [
    { id: "k1", label: "Evening Post", passages: body("Nine workers were hurt when scaffolding collapsed at the Delmont tower site in Ashby on Tuesday, the fire service said.") },
    { id: "k2", label: "Ashby Wire", passages: body("Seven workers were hurt when scaffolding collapsed at the Delmont tower site in Ashby on Tuesday, the fire service said.") },
    { id: "k3", label: "Radio Ashby", passages: body("Seven workers were injured when scaffolding collapsed at the Delmont tower site on Tuesday, according to the fire service.") },
  ];
  const conflicts = buildCoverage(sources);
  const model = buildStoryCoverageModel(conflicts, sources.map((s) => s.passages));

  it("says, per source, the figure it gives, and calls no source absent", () => {
    const flag = model.flags.find((f) => f.kind === "conflict");
    expect(flag?.figures).toEqual(["Nine workers", "Seven workers", "Seven workers"]);
    expect(flag?.absentFrom).toEqual([]);
    // Each source's sentence is behind it.
    expect(flag?.sentences.map((list) => list.map((s) => s.text.slice(0, 5)))).toEqual([["Nine "], ["Seven"], ["Seven"]]);
  });
});
