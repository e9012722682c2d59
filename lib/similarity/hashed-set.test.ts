import { describe, expect, it } from "vitest";
import { hashedDice, hashedSet, sharedHashes } from "./hashed-set";

describe("hashed sets", () => {
  it("counts the distinct items two sets share, ignoring repeats and order", () => {
    const a = hashedSet(["fuel tax", "tax cut", "cut by", "fuel tax"]);
    const b = hashedSet(["cut by", "by ten", "fuel tax"]);
    expect(a.length).toBe(3);
    expect(sharedHashes(a, b)).toBe(2);
    expect(hashedDice(a, b)).toBeCloseTo((2 * 2) / 6);
  });

  it("gives Dice 1 for equal sets and 0 for disjoint or empty ones", () => {
    expect(hashedDice(hashedSet(["x y", "y z"]), hashedSet(["y z", "x y"]))).toBe(1);
    expect(hashedDice(hashedSet(["x y"]), hashedSet(["p q"]))).toBe(0);
    expect(hashedDice(hashedSet([]), hashedSet([]))).toBe(0);
  });
});
