import { describe, expect, it } from "vitest";
import { bCubed } from "./b-cubed";

const map = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("bCubed", () => {
  it("scores a perfect grouping 1 whatever the label names", () => {
    expect(bCubed(map({ a: "x", b: "x", c: "y" }), map({ a: "1", b: "1", c: "2" }))).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("charges a split story to recall only", () => {
    // Gold {a,b,c}; predicted {a,b} {c}: recall per item 2/3, 2/3, 1/3.
    const score = bCubed(map({ a: "x", b: "x", c: "y" }), map({ a: "1", b: "1", c: "1" }));
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(5 / 9, 10);
  });

  it("charges a merge to precision only", () => {
    // Gold {a,b} {c}; predicted {a,b,c}: precision per item 2/3, 2/3, 1/3.
    const score = bCubed(map({ a: "x", b: "x", c: "x" }), map({ a: "1", b: "1", c: "2" }));
    expect(score.recall).toBe(1);
    expect(score.precision).toBeCloseTo(5 / 9, 10);
    expect(score.f1).toBeCloseTo((2 * (5 / 9)) / (1 + 5 / 9), 10);
  });

  it("scores only the chosen items but counts every item in their clusters", () => {
    // a is scored; its predicted cluster also holds distractor d: precision 1/2.
    const score = bCubed(map({ a: "x", d: "x" }), map({ a: "1", d: "2" }), ["a"]);
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
  });
});
