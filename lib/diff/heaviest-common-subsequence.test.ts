import { describe, expect, it } from "vitest";
import { heaviestCommonSubsequence, MAX_CELLS } from "./heaviest-common-subsequence";

// Upper-case letters stand for names (weight 2), lower-case for common words (weight 1).
const weight = (code: number): number => (code >= 65 && code <= 90 ? 2 : 1);

describe("heaviestCommonSubsequence", () => {
  it("prefers one heavy match to one light match when they cross", () => {
    expect(heaviestCommonSubsequence("Xy", "yX", weight)).toEqual([[0, 1]]);
    expect(heaviestCommonSubsequence("yX", "Xy", weight)).toEqual([[1, 0]]);
  });

  it("prefers many light matches in order to one heavy one that crosses them", () => {
    // "abc" shared in order (weight 3) beats "Z" (weight 2), which sits before it in one string and after it in the other.
    expect(heaviestCommonSubsequence("Zabc", "abcZ", weight)).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
    ]);
  });

  it("returns matched index pairs in order, each pointing at equal code units", () => {
    const a = "qAbrCdsE";
    const b = "AxCbyEdz";
    const pairs = heaviestCommonSubsequence(a, b, weight) ?? [];
    expect(pairs.map(([i]) => a[i]).join("")).toBe("ACE");
    for (const [i, j] of pairs) expect(a[i]).toBe(b[j]);
    for (let k = 1; k < pairs.length; k++) {
      expect((pairs[k] as [number, number])[0]).toBeGreaterThan((pairs[k - 1] as [number, number])[0]);
      expect((pairs[k] as [number, number])[1]).toBeGreaterThan((pairs[k - 1] as [number, number])[1]);
    }
    expect(heaviestCommonSubsequence("", "abc", weight)).toEqual([]);
  });

  it("declines strings whose table would pass its size cap", () => {
    const side = "a".repeat(Math.ceil(Math.sqrt(MAX_CELLS)));
    expect(heaviestCommonSubsequence(side, side, weight)).toBeNull();
  });
});
