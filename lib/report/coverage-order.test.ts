import { describe, expect, it } from "vitest";
import { gapsFirst } from "./coverage-order";

describe("gapsFirst", () => {
  it("puts flagged gaps first by rank, then other gaps, then rows every source has, however often they are mentioned", () => {
    const rows = [
      { key: "japan", counts: [11, 4, 2], presentIn: 3 },
      { key: "kishi", counts: [0, 1, 0], presentIn: 1 },
      { key: "china", counts: [0, 5, 4], presentIn: 2 },
      { key: "milley", counts: [0, 2, 1], presentIn: 2 },
    ];
    const rank = (key: string) => ({ milley: 0, china: 1 })[key] ?? Number.POSITIVE_INFINITY;
    expect(gapsFirst(rows, rank).map((r) => r.key)).toEqual(["milley", "china", "kishi", "japan"]);
  });

  it("does not count a 0 in a column that is not compared (a source in another language) as a gap", () => {
    const rows = [
      { key: "japan", counts: [11, 4, 0], presentIn: 2 },
      { key: "kishi", counts: [0, 1, 0], presentIn: 1 },
    ];
    const never = () => Number.POSITIVE_INFINITY;
    expect(gapsFirst(rows, never).map((r) => r.key)).toEqual(["japan", "kishi"]);
    expect(gapsFirst(rows, never, (_, source) => source !== 2).map((r) => r.key)).toEqual(["kishi", "japan"]);
  });
});
