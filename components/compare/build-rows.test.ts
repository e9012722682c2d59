import { describe, expect, it } from "vitest";
import type { Alignment, Comparison, PassageRef } from "@/lib/types/comparison";
import { buildRows, isDifference, rowIdForPassage } from "./build-rows";
import { changesFigures, onlyTrivialChanges, rowCategory } from "./row-category";

const ref = (index: number, text = `p${index}`): PassageRef => ({ index, text, paragraph: index, role: "body", start: 0, end: text.length });
const pair = (a: number, b: number, moved = false, kind: Alignment["kind"] = "near", diff: Alignment["diff"] = [[0, `p${a}`], [-1, " x"], [1, " y"]]): Alignment => ({
  kind,
  score: 0.9,
  a: [ref(a)],
  b: [ref(b)],
  diff,
  moved,
});

function comparison(alignments: Alignment[], onlyA: number[], onlyB: number[]): Comparison {
  return {
    a: { title: "A", outlet: "X" },
    b: { title: "B", outlet: "Y" },
    similarity: 0.5,
    alignments,
    onlyA: onlyA.map((i) => ref(i)),
    onlyB: onlyB.map((i) => ref(i)),
    omissions: [],
    items: [],
    stats: { passagesA: 0, passagesB: 0, identical: 0, near: 0, paraphrase: 0, partial: 0, moved: 0, onlyA: 0, onlyB: 0, notComparedA: 0, notComparedB: 0 },
  };
}

describe("buildRows", () => {
  it("keeps A's order and slots passages only in B after their B neighbour", () => {
    const rows = buildRows(comparison([pair(0, 0), pair(2, 2)], [1], [1, 3]));
    expect(rows.map((r) => r.id)).toEqual(["pair-0", "only-a-1", "only-b-1", "pair-1", "only-b-3"]);
  });

  it("reads B in its own order, slotting A's own passages after their A neighbour", () => {
    const rows = buildRows(comparison([pair(0, 0), pair(2, 2)], [1], [1, 3]), "b");
    expect(rows.map((r) => r.id)).toEqual(["pair-0", "only-b-1", "only-a-1", "pair-1", "only-b-3"]);
  });

  it("puts a passage that opens B before everything", () => {
    const rows = buildRows(comparison([pair(0, 1)], [], [0]));
    expect(rows.map((r) => r.id)).toEqual(["only-b-0", "pair-0"]);
  });

  it("shows a moved pair once at its place in the order read, with a marker at its place in the other article", () => {
    // A: 0 1 2 ; B: 2' 0' 1'  (A's last paragraph moved to the top in B)
    const c = comparison([pair(0, 1), pair(1, 2), pair(2, 0, true)], [], []);
    const inA = buildRows(c);
    expect(inA.map((r) => r.id)).toEqual(["moved-b-2", "pair-0", "pair-1", "pair-2"]);
    expect(inA[0]?.type === "moved-marker" && inA[0].targetId).toBe("pair-2");
    // Read in B's order the moved pair opens the page, and A's column keeps a marker where A had it.
    const inB = buildRows(c, "b");
    expect(inB.map((r) => r.id)).toEqual(["pair-2", "pair-0", "pair-1", "moved-a-2"]);
  });

  it("finds the row of a passage on either side", () => {
    const c = comparison([pair(0, 0)], [1], [1]);
    expect(rowIdForPassage(c, "a", 0)).toBe("pair-0");
    expect(rowIdForPassage(c, "b", 1)).toBe("only-b-1");
    expect(rowIdForPassage(c, "a", 9)).toBeNull();
  });

  it("counts identical pairs and pairs differing only by quote marks or case as the same", () => {
    const quoteOnly: Alignment["diff"] = [[0, "He said "], [-1, '"'], [1, "“"], [0, "yes"], [-1, '"'], [1, "”"]];
    const rows = buildRows(comparison([pair(0, 0, false, "identical", [[0, "p0"]]), pair(1, 1, false, "near", quoteOnly), pair(2, 2)], [], [3]));
    expect(rows.map((r) => r.category)).toEqual(["same", "same", "edited", "only-b"]);
    expect(rows.map(isDifference)).toEqual([false, false, true, true]);
  });
});

describe("onlyTrivialChanges", () => {
  it("tells a changed word from changed punctuation", () => {
    expect(onlyTrivialChanges([[0, "China"], [-1, ","], [1, ";"]])).toBe(true);
    expect(onlyTrivialChanges([[0, "talks in "], [-1, "London"], [1, "Tokyo"]])).toBe(false);
  });
});

describe("a changed figure", () => {
  const evacuated: Alignment["diff"] = [[0, "About "], [-1, "3,400"], [1, "4,300"], [0, " residents were evacuated."]];

  it("is its own row category, so hiding light edits never hides a changed toll", () => {
    expect(rowCategory({ kind: "near", moved: false, diff: evacuated })).toBe("figures");
    expect(rowCategory({ kind: "paraphrase", moved: false, diff: evacuated })).toBe("figures");
    expect(rowCategory({ kind: "near", moved: false, diff: [[0, "About 3,400 residents were "], [-1, "evacuated"], [1, "moved"]] })).toBe("edited");
  });

  it("is a different figure, not a figure rewritten with other separators or moved words", () => {
    expect(changesFigures(evacuated)).toBe(true);
    expect(changesFigures([[0, "About "], [-1, "3,400"], [1, "3 400"], [0, " residents"]])).toBe(false);
    expect(changesFigures([[-1, "On Monday 14 "], [0, "people"], [1, " (14) on Monday"]])).toBe(false);
    expect(changesFigures([[0, "killing "], [-1, "14"], [1, "17"], [0, " people"]])).toBe(true);
  });

  it("is never a date: a span of days written two ways, or a year one side adds, changes no figure", () => {
    const span: Alignment["diff"] = [[0, "The board meets "], [-1, "on Mar. 10-12"], [1, "from 10 to 12 March, 2027"], [0, "."]];
    expect(changesFigures(span)).toBe(false);
    expect(rowCategory({ kind: "paraphrase", moved: false, diff: span })).toBe("reworded");
    expect(changesFigures([[0, "Talks on "], [-1, "Oct. 14"], [1, "14 October"], [0, " with 12 ministers"]])).toBe(false);
    // A figure beside the date still counts.
    expect(changesFigures([[0, "On Oct. 14, "], [-1, "12"], [1, "15"], [0, " ministers met"]])).toBe(true);
  });
});
