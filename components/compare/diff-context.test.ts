import { describe, expect, it } from "vitest";
import type { DiffChunk } from "@/lib/types/comparison";
import { changesInContext } from "./diff-context";

const words = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `w${from + k}`).join(" ");
const text = (diff: DiffChunk[]) => diff.map(([op, t]) => (op === -1 ? `[-${t}]` : op === 1 ? `[+${t}]` : t)).join("");

describe("changesInContext", () => {
  it("keeps each change with a few words either side and cuts the long runs between", () => {
    const diff: DiffChunk[] = [
      [0, `${words(1, 30)} `],
      [-1, "also"],
      [0, ` ${words(31, 60)} `],
      [1, "firmly"],
      [0, ` ${words(61, 90)}`],
    ];
    expect(text(changesInContext(diff, 3))).toBe("… w28 w29 w30 [-also] w31 w32 w33 … w58 w59 w60 [+firmly] w61 w62 w63 …");
  });

  it("leaves a short diff, or one without changes, whole", () => {
    const diff: DiffChunk[] = [[0, "They agreed to "], [-1, "oppose"], [1, "resist"], [0, " any change."]];
    expect(changesInContext(diff)).toEqual(diff);
    expect(changesInContext([[0, words(1, 40)]], 3)).toEqual([[0, words(1, 40)]]);
  });
});
