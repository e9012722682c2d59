import { describe, expect, it } from "vitest";
import { buildCoverage, type CoverageSource } from "./coverage";
import { coverageItems } from "./coverage-items";
import { passagesFromBlocks } from "./fixtures/seed-passages";

// An invented story: a harbour dredging contract, four reports; the contractor's own statement gives no price.
const source = (id: string, label: string, title: string, ...paragraphs: string[]): CoverageSource => ({
  id,
  label,
  title,
  passages: passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text }))),
});
const wire = source(
  "h1wire",
  "Bay Wire",
  "Port authority awards €84.6 million dredging contract to Halvard Marine",
  "The Kestrel Bay Port Authority on Monday awarded an €84.6 million contract to deepen the harbour's main channel to Halvard Marine, ending a tender that ran for 19 months.",
  "The work will remove about 2.3 million cubic metres of silt from the channel and is due to finish in 2028, the authority said.",
  "Harbour master Ines Dalgaard said larger container ships had been turned away 14 times last year.",
);
const paper = source(
  "h2paper",
  "Kestrel Courier",
  "Halvard Marine wins harbour deal worth more than €80 million",
  "Halvard Marine will deepen Kestrel Bay's main channel under a contract worth more than €80 million, the port authority said on Monday.",
  "The work will remove about 2.3 million cubic metres of silt from the channel and is due to finish in 2028.",
  "Fishing crews fear the dredging will drive cod from the bay for a season. Rival bidders waited a year and seven months for the decision.",
);
const release = source(
  "h3release",
  "Port Authority",
  "Kestrel Bay Port Authority awards channel deepening contract",
  "The Kestrel Bay Port Authority today awarded a contract worth €84,600,000 to Halvard Marine to deepen the main channel of the harbour.",
  "Harbour master Ines Dalgaard said larger container ships had been turned away 14 times last year.",
  "Bids were invited from firms in six countries.",
);
const companyText = [
  "Halvard Marine is proud to have been selected by the Kestrel Bay Port Authority to deepen the main channel of the harbour.",
  "The work will remove about 2.3 million cubic metres of silt from the channel and is due to finish in 2028.",
  "Chief executive Morten Hale said the company would hire 40 local workers for the project.",
];
const company = source("h4company", "Halvard Marine", "Halvard Marine selected for Kestrel Bay channel project", ...companyText);

describe("buildCoverage: figures most reports give and some leave out", () => {
  it("lists the price three reports give in three forms and the contractor leaves out, first, with its row in the matrix", () => {
    const coverage = buildCoverage([wire, paper, release, company]);
    const price = coverage.flags.find((f) => f.kind === "figure" && f.key.includes("84600000"));
    expect(price).toMatchObject({ absentFrom: ["h4company"], presentIn: 3, of: 4, importance: "high" });
    expect(price?.text).toMatch(/^“€84\.6 million” reported by 3 of 4 sources \(“.*”\); absent from Halvard Marine$/);
    expect(price?.reasons).toEqual([
      "in 2 headlines",
      "in 3 ledes",
      "Bay Wire says €84.6 million",
      "Kestrel Courier says more than €80 million",
      "Port Authority says €84,600,000",
      "3 of 4 sources",
      "absent from Halvard Marine",
    ]);
    // The story's headline figure is its first item.
    expect(coverageItems(coverage.flags)[0]?.id).toBe(price?.key);
    const row = coverage.rows.find((r) => r.kind === "figure" && `coverage:${r.key}:absent:h4company` === price?.key);
    expect(row).toMatchObject({ counts: [1, 1, 1, 0], presentIn: 3, figures: ["€84.6 million", "more than €80 million", "€84,600,000", null] });
  });

  it("counts a rounded or approximate form as the figure given", () => {
    const rounded = source("h4company", "Halvard Marine", "Halvard Marine selected for Kestrel Bay channel project", `${companyText[0]} The contract is worth nearly €85 million.`, ...companyText.slice(1));
    const coverage = buildCoverage([wire, paper, release, rounded]);
    expect(coverage.flags.filter((f) => f.kind === "figure" && f.term?.includes("€"))).toEqual([]);
  });

  it("does not list a figure only one report gives, nor a small count of different things", () => {
    const coverage = buildCoverage([wire, paper, release, company]);
    const terms = coverage.flags.filter((f) => f.kind === "figure").map((f) => f.term);
    // "40 local workers": the contractor's alone; "six countries": the release's alone.
    expect(terms.some((t) => /40|six/.test(t ?? ""))).toBe(false);
    const counts = buildCoverage([
      source("c1", "A", "Audit", "Two officials resigned over the audit of the port's accounts on Friday."),
      // Two of one thing and two of another: no figure two reports give.
      source("c2", "B", "Audit", "The audit of the port's accounts found two errors, and officials resigned on Friday."),
      source("c3", "C", "Audit", "Officials resigned over the audit of the port's accounts on Friday."),
    ]);
    expect(counts.flags.filter((f) => f.kind === "figure")).toEqual([]);
  });

  it("reads a span said in two units as the one figure it is", () => {
    const coverage = buildCoverage([wire, paper, release, company]);
    const tender = coverage.flags.find((f) => f.kind === "figure" && f.reasons.includes("Kestrel Courier says a year and seven months"));
    expect(tender).toMatchObject({ absentFrom: ["h3release", "h4company"], presentIn: 2 });
    expect(tender?.reasons).toContain("Bay Wire says 19 months");
  });

  it("joins a figure to the item of the passage giving it, left out by the same sources: one omission, one item, its key the passage's", () => {
    const coverage = buildCoverage([wire, paper, release, company]);
    const silt = coverage.flags.find((f) => f.kind === "figure" && f.term?.startsWith("about 2.3 million"));
    const passage = coverage.flags.find((f) => f.kind === "passage" && f.text.includes("2.3 million cubic metres"));
    expect(silt?.absentFrom).toEqual(["h3release"]);
    expect(passage?.absentFrom).toEqual(["h3release"]);
    // The item is the passage's (where its review is kept), not a second item for the figure.
    expect(silt?.item).toBe(passage?.item);
    expect(coverageItems(coverage.flags).filter((i) => i.id === silt?.key)).toEqual([]);
  });

  it("leaves a source that gives another figure for the quantity to the conflict", () => {
    const other = source(
      "h4company",
      "Halvard Marine",
      "Halvard Marine selected for Kestrel Bay channel project",
      "The Kestrel Bay Port Authority on Monday awarded a €48.6 million contract to deepen the harbour's main channel to Halvard Marine.",
      ...companyText.slice(1),
    );
    const coverage = buildCoverage([wire, paper, release, other]);
    expect(coverage.flags.find((f) => f.kind === "conflict")?.term).toContain("€48.6 million");
    expect(coverage.flags.filter((f) => f.kind === "figure" && f.absentFrom.includes("h4company") && f.term?.includes("€"))).toEqual([]);
  });
});
