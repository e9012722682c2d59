/**
 * A court or an agency written with its jurisdiction or its seat on one side
 * and shorter on the other is no name left out, in the comparison of two
 * articles nor in the story view (institution-forms.ts); two different
 * courts still are.
 */
import { describe, expect, it } from "vitest";
import { buildCoverage } from "./coverage";
import { findOmissions } from "./find-omissions";
import { passagesFromBlocks } from "./fixtures/seed-passages";

// Invented reports of a ruling on a county's land sale.
const body = (text: string) => passagesFromBlocks([{ role: "body", text }]);
const pairNames = (x: string, y: string) =>
  findOmissions({ a: { passages: body(x) }, b: { passages: body(y) }, alignments: [], onlyA: [], onlyB: [] })
    .filter((f) => f.kind === "entity")
    .map((f) => `${f.term} (missing from ${f.missingFrom})`);
const storyNames = (...texts: string[]) =>
  buildCoverage(texts.map((text, k) => ({ id: `s${k}`, label: `S${k}`, passages: body(text) })))
    .flags.filter((f) => f.kind === "entity")
    .map((f) => f.term);

const longCourt = "A judge of the U.S. District Court for the Eastern District of Virginia blocked the Halvard land sale on Tuesday.";
const shortCourt = "A judge of the District Court blocked the Halvard land sale on Tuesday, lawyers for the county said.";
// Another report of the same ruling, in its own words (a reprint would count once: copy-groups.ts).
const longCourtAgain = "The land sale in Halvard was halted by the U.S. District Court for the Eastern District of Virginia, whose judge cited the county's notice.";
const otherCourt = "A judge of the U.S. District Court for the Western District of Virginia blocked the Halvard land sale on Tuesday.";

describe("a court with and without its jurisdiction and seat", () => {
  it("flags neither side of the pair, nor the short source in the story", () => {
    expect(pairNames(longCourt, shortCourt)).toEqual([]);
    expect(pairNames(shortCourt, longCourt)).toEqual([]);
    expect(storyNames(longCourt, shortCourt, longCourtAgain)).toEqual([]);
  });

  it("still flags two different districts, in the pair and in the story", () => {
    expect(pairNames(longCourt, otherCourt).sort()).toEqual([
      "District Court for the Eastern District of Virginia (missing from b)",
      "District Court for the Western District of Virginia (missing from a)",
    ]);
    expect(storyNames(longCourt, longCourtAgain, otherCourt)).toContain("District Court for the Eastern District of Virginia");
  });

  it("reads the circuit's court of appeals in its forms as one, and the Supreme Court as another court", () => {
    const circuit = "The U.S. Court of Appeals for the Ninth Circuit upheld the ruling on Friday, the county said.";
    expect(pairNames(circuit, "The 9th Circuit upheld the ruling on Friday, the county said.")).toEqual([]);
    expect(pairNames(circuit, "The Ninth Circuit Court of Appeals upheld the ruling on Friday, the county said.")).toEqual([]);
    expect(storyNames(circuit, "The 9th Circuit upheld the ruling on Friday.", "The county won its dispute over the Halvard sale at the Ninth Circuit Court of Appeals.")).toEqual([]);
    expect(pairNames(circuit, "The Supreme Court upheld the ruling on Friday, the county said.").length).toBeGreaterThan(0);
  });
});

describe("an agency with and without its country", () => {
  const long = "Officials at the U.S. Environmental Protection Agency approved the Halvard permit on Monday.";
  it("flags neither the agency nor the country when one side writes 'the Environmental Protection Agency' or 'the EPA'", () => {
    for (const short of ["Officials at the Environmental Protection Agency approved the Halvard permit on Monday.", "Officials at the EPA approved the Halvard permit on Monday, the company said."]) {
      expect(pairNames(long, short)).toEqual([]);
      expect(storyNames(long, short, "The Halvard chemical plant won its permit from the U.S. Environmental Protection Agency after a year of review.")).toEqual([]);
    }
  });
});
