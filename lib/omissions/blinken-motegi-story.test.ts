/**
 * The four accounts of the Blinken–Motegi talks of May 2021: ANI's wire
 * story, a second outlet's rewrite, Kyodo's report and the US State
 * Department's readout, which never mentions China. What an analyst must see
 * first is that the readout leaves China out.
 */
import { describe, expect, it } from "vitest";
import { buildCoverage } from "./coverage";
import { loadFixturePassages } from "./fixtures/seed-passages";
import { simpleAlign } from "./fixtures/simple-align";
import { findOmissionItems } from "./find-omissions";

const accounts = {
  ani: { outlet: "ANI", passages: loadFixturePassages("ani-report.txt") },
  second: { outlet: "Second report", passages: loadFixturePassages("second-report.txt") },
  kyodo: { outlet: "Kyodo News", passages: loadFixturePassages("kyodo-report.txt") },
  readout: { outlet: "State Department", passages: loadFixturePassages("state-department-readout.txt") },
};
const titleOf = (a: (typeof accounts)[keyof typeof accounts]) => a.passages.find((p) => p.role === "heading")?.text;

function compare(a: keyof typeof accounts, b: keyof typeof accounts) {
  const x = accounts[a];
  const y = accounts[b];
  return findOmissionItems({
    a: { passages: x.passages, outlet: x.outlet, title: titleOf(x) },
    b: { passages: y.passages, outlet: y.outlet, title: titleOf(y) },
    ...simpleAlign(x.passages, y.passages),
  });
}

describe("the readout that never mentions China", () => {
  it("leads the story's flags with China absent from the readout, for reasons it shows", () => {
    const coverage = buildCoverage(
      Object.entries(accounts).map(([id, a]) => ({ id, label: a.outlet, title: titleOf(a), passages: a.passages })),
    );
    const [top] = coverage.flags;
    expect(top).toMatchObject({ kind: "entity", term: "China", absentFrom: ["readout"], presentIn: 3, of: 4, importance: "high" });
    expect(top?.reasons).toEqual(expect.arrayContaining(["3 of 4 sources", "absent from State Department"]));
    expect(top?.reasons.some((r) => /headline/.test(r))).toBe(true);
    // Its evidence: the sentences that name China, in each source that does.
    expect(top?.passages[0]?.length).toBeGreaterThan(3);
    // Burma is Myanmar: the readout does not "leave out" Myanmar.
    expect(coverage.flags.some((f) => f.term === "Myanmar" && f.absentFrom.includes("readout"))).toBe(false);
    // Kyodo News does not leave out its own name.
    expect(coverage.flags.some((f) => f.term === "Kyodo News" && f.absentFrom.includes("kyodo"))).toBe(false);
  });

  it("puts China first among what the readout leaves out of ANI's story and of the rewrite", () => {
    for (const account of ["ani", "second"] as const) {
      const top = compare(account, "readout").items.find((i) => i.missingFrom === "b");
      expect(top).toMatchObject({ kind: "entity", title: "China" });
    }
  });

  it("keeps ANI's remark on the readout among the first things the rewrite leaves out", () => {
    const leftOut = compare("ani", "second").items.filter((i) => i.missingFrom === "b");
    const remark = leftOut.findIndex((i) => /no mention of China in the State Department/.test(i.title));
    expect(remark).toBeGreaterThanOrEqual(0);
    expect(remark).toBeLessThan(5);
  });
});
