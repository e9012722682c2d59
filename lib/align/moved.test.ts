import { describe, expect, it } from "vitest";
import { findMoved } from "./moved";

describe("findMoved", () => {
  it("flags nothing when both sides keep the order", () => {
    expect(findMoved([{ a: 0, b: 0, weight: 1 }, { a: 1, b: 2, weight: 1 }, { a: 3, b: 5, weight: 1 }])).toEqual([false, false, false]);
  });

  it("flags the light pair that moved, not the heavy ones that stayed", () => {
    // A long paragraph (weights 30, 40) stays in order; a short sentence jumped from the end to the start.
    const pairs = [
      { a: 0, b: 1, weight: 30 },
      { a: 1, b: 2, weight: 40 },
      { a: 2, b: 0, weight: 5 },
    ];
    expect(findMoved(pairs)).toEqual([false, false, true]);
    // With the weights reversed, the single heavy pair is the anchor.
    expect(findMoved(pairs.map((p, k) => ({ ...p, weight: k === 2 ? 100 : 1 })))).toEqual([true, true, false]);
  });

  it("accepts pairs in any order and returns flags in the given order", () => {
    expect(findMoved([{ a: 2, b: 0, weight: 1 }, { a: 0, b: 1, weight: 1 }, { a: 1, b: 2, weight: 1 }])).toEqual([true, false, false]);
    expect(findMoved([])).toEqual([]);
  });
});
