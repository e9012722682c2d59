import { describe, expect, it } from "vitest";
import { groupCopies, groupsInOrder } from "./copy-groups";
import { buildCoverage, comparedReports, type CoverageSource } from "./coverage";
import { passagesFromBlocks } from "./fixtures/seed-passages";

// An invented story: a ferry fire and the coastguard chief's resignation (QA round 4's bug 1 in other words).
const source = (id: string, label: string, ...paragraphs: string[]): CoverageSource => ({
  id,
  label,
  passages: passagesFromBlocks(paragraphs.map((text) => ({ role: "body" as const, text }))),
});
const LEDE = "PORT ELLIS, March 14 (Harbour Wire) - Three crew members died and 27 passengers were hurt when fire broke out on the ferry Northern Light off Port Ellis on Sunday; the coastguard chief, Helen Varga, resigned hours later.";
const BLAZE = "The blaze started in the engine room shortly after 6 a.m., an hour into the crossing to Skerra, the operator Baltic Lines said.";
const RESIGNATION = "Varga, who had been criticised for cutting patrol budgets, said in a statement that she took responsibility for the slow response.";
const RESCUE = "Passengers were taken off in lifeboats and brought ashore by fishing boats from the harbour.";
const WIRE = [LEDE, BLAZE, RESIGNATION, RESCUE];
// A near-copy of the wire that leaves out the resignation: the lede's clause and its paragraph.
const REWRITE = [LEDE.replace("; the coastguard chief, Helen Varga, resigned hours later.", "."), BLAZE, RESCUE];

const story = [
  source("c1wire", "Harbour Wire", ...WIRE),
  source("c2quay", "Daily Quay", ...REWRITE),
  source("c3radio", "Coast Radio", "Fire on the ferry Northern Light killed three crew near Port Ellis on Sunday.", "Coastguard chief Helen Varga quit on Sunday evening, saying the rescue had been too slow."),
  source("c4times", "Island Times", "Helen Varga has resigned as head of the coastguard after a ferry fire in which three crew members died.", "The Northern Light was on its way to Skerra."),
];

describe("buildCoverage with a near-copy that leaves out a paragraph", () => {
  it("keeps it an independent report, so the story shows what it leaves out", () => {
    const coverage = buildCoverage(story);
    expect(coverage.groups).toEqual([["c1wire"], ["c2quay"], ["c3radio"], ["c4times"]]);
    const varga = coverage.flags.find((f) => f.kind === "entity" && f.term === "Helen Varga");
    expect(varga?.absentFrom).toEqual(["c2quay"]);
    expect(varga?.text).toBe("“Helen Varga” mentioned by 3 of 4 sources; absent from Daily Quay");
  });

  it("folds true reprints of each, and names each absent report once so the names add up to the count", () => {
    // Reprints as portals run them: the text and an ad line.
    const withReprints = [...story, source("c5portal", "Harbour Portal", ...WIRE, "Advertisement"), source("c6post", "Island Post", ...REWRITE, "Advertisement")];
    const coverage = buildCoverage(withReprints);
    expect(coverage.groups).toEqual([["c1wire", "c5portal"], ["c2quay", "c6post"], ["c3radio"], ["c4times"]]);
    expect(comparedReports(coverage)).toBe(4);
    const varga = coverage.flags.find((f) => f.kind === "entity" && f.term === "Helen Varga");
    // 3 reports carry it and 1 leaves it out: the copy is named beside the report it copies, not as a fifth.
    expect(varga?.text).toBe("“Helen Varga” mentioned by 3 of 4 sources; absent from Daily Quay (with its copy Island Post)");
    expect(varga?.absentFrom).toEqual(["c2quay", "c6post"]);
    expect(varga?.reasons).toContain("absent from Daily Quay (with its copy Island Post)");
  });
});

describe("buildCoverage given the groups its caller read (the story page orders its articles by them)", () => {
  const withReprints = [...story, source("c5portal", "Harbour Portal", ...WIRE, "Advertisement"), source("c6post", "Island Post", ...REWRITE, "Advertisement")];

  it("gives the same coverage as reading the groups itself, in the caller's order", () => {
    // The story page lists each copy after its original: the groups read in stored order, carried to that order.
    const order = [0, 4, 1, 5, 2, 3];
    const ordered = order.map((i) => withReprints[i]!);
    const given = groupsInOrder(groupCopies(withReprints), order);
    expect(given).toEqual(groupCopies(ordered));
    expect(buildCoverage(ordered, { copyGroups: given })).toEqual(buildCoverage(ordered));
  });

  it("counts by the groups it is given rather than reading them again", () => {
    // Told the rewrite is a copy of the wire, it folds them: the resignation it leaves out is no finding.
    const coverage = buildCoverage(story, { copyGroups: [0, 0, 1, 2] });
    expect(coverage.groups).toEqual([["c1wire", "c2quay"], ["c3radio"], ["c4times"]]);
    expect(coverage.flags.find((f) => f.kind === "entity" && f.term === "Helen Varga")).toBeUndefined();
  });

  it("refuses groups that do not name one per source", () => {
    expect(() => buildCoverage(story, { copyGroups: [0, 1, 2] })).toThrow(/3 groups for 4 sources/);
  });
});
