import { describe, expect, it } from "vitest";
import type { Alignment, Comparison, PassageRef } from "@/lib/types/comparison";
import { buildRows, isDifference, rowIdForPassage } from "./build-rows";

const ref = (index: number, text = `p${index}`): PassageRef => ({ index, text, paragraph: index, role: "body", start: 0, end: text.length });
const pair = (a: number, b: number, moved = false, kind: Alignment["kind"] = "near"): Alignment => ({
  kind,
  score: 0.9,
  a: [ref(a)],
  b: [ref(b)],
  diff: [[0, `p${a}`]],
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

  it("puts a passage that opens B before everything", () => {
    const rows = buildRows(comparison([pair(0, 1)], [], [0]));
    expect(rows.map((r) => r.id)).toEqual(["only-b-0", "pair-0"]);
  });

  it("shows a moved pair once at A's position and leaves a marker at its B position", () => {
    // A: 0 1 2 ; B: 2' 0' 1'  (A's last paragraph moved to the top in B)
    const rows = buildRows(comparison([pair(0, 1), pair(1, 2), pair(2, 0, true)], [], []));
    expect(rows.map((r) => r.id)).toEqual(["moved-2", "pair-0", "pair-1", "pair-2"]);
    const marker = rows[0];
    expect(marker?.type === "moved-marker" && marker.targetId).toBe("pair-2");
  });

  it("finds the row of a passage on either side", () => {
    const c = comparison([pair(0, 0)], [1], [1]);
    expect(rowIdForPassage(c, "a", 0)).toBe("pair-0");
    expect(rowIdForPassage(c, "b", 1)).toBe("only-b-1");
    expect(rowIdForPassage(c, "a", 9)).toBeNull();
  });

  it("treats everything but identical pairs as a difference", () => {
    const rows = buildRows(comparison([pair(0, 0, false, "identical"), pair(1, 1)], [], [2]));
    expect(rows.map(isDifference)).toEqual([false, true, true]);
  });
});
