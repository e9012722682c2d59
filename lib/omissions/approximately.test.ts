import { describe, expect, it } from "vitest";
import { boundsOf, estimateCovers, figureOf, roundingOf, roundsTo, withinEstimates } from "./approximately";

describe("figures given as a bound or an estimate", () => {
  it("reads a round figure after 'more than', 'nearly' or 'about' as the values it allows", () => {
    expect(boundsOf("Obama took more than ", figureOf("$700000000000"))).toEqual({ low: 700000000000, high: 840000000000 });
    expect(boundsOf("the department released nearly ", figureOf("50"))).toEqual({ low: 42.5, high: 50 });
    expect(boundsOf("about ", figureOf("3000"))?.low).toBeCloseTo(2700);
  });

  it("leaves exact figures and unqualified round ones alone", () => {
    expect(boundsOf("more than ", figureOf("716"))).toBeUndefined();
    expect(boundsOf("Obama cut ", figureOf("$700000000000"))).toBeUndefined();
    expect(figureOf("may 4")).toBeUndefined();
  });

  it("matches only figures of the same unit", () => {
    const estimates = new Map([["$", [{ low: 700, high: 840 }]]]);
    expect(withinEstimates("$716", estimates)).toBe(true);
    expect(withinEstimates("716", estimates)).toBe(false);
    expect(withinEstimates("716%", estimates)).toBe(false);
    expect(withinEstimates("$950", estimates)).toBe(false);
  });

  it("lets a bound of ours allow an exact figure of the other article, in its unit only", () => {
    const exact = new Map([["$", [1100000]], ["", [1100000]]]);
    expect(estimateCovers("$1000000", { low: 1000000, high: 1200000 }, exact)).toBe(true);
    expect(estimateCovers("$1000000", undefined, exact)).toBe(false);
    expect(estimateCovers("$1000000", { low: 1000000, high: 1050000 }, exact)).toBe(false);
    expect(estimateCovers("1000000%", { low: 1000000, high: 1200000 }, exact)).toBe(false);
  });
});

describe("figures rounded with a scale word", () => {
  it("stands for the exact figures that round to it, given to more digits", () => {
    const rounding = roundingOf("2.37", 1e6);
    expect(rounding).toMatchObject({ low: 2365000, high: 2375000, digits: 3 });
    expect(roundsTo(2368411, rounding!)).toBe(true);
    expect(roundsTo(2381000, rounding!)).toBe(false);
    // "2 million" stands for 2,368,411 too, but not for 2,600,000, nor for another rounding such as "2.4 million".
    expect(roundsTo(2368411, roundingOf("2", 1e6)!)).toBe(true);
    expect(roundsTo(2600000, roundingOf("2", 1e6)!)).toBe(false);
    expect(roundsTo(2400000, roundingOf("2", 1e6)!)).toBe(false);
  });
});
