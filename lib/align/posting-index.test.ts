import { describe, expect, it } from "vitest";
import { PostingIndex } from "./posting-index";

describe("PostingIndex", () => {
  const keys = [[7, 3], [3], [900_000_000, 3, 12], [], [12]];
  const index = new PostingIndex(keys.length, (j) => keys[j] ?? []);

  const credited = (key: number, cap: number) => {
    const evidence = new Float64Array(keys.length);
    const touched: number[] = [];
    index.credit(key, cap, 2, evidence, touched);
    return { touched, evidence: [...evidence] };
  };

  it("credits every passage holding a key, in passage order", () => {
    expect(credited(3, 10)).toEqual({ touched: [0, 1, 2], evidence: [2, 2, 2, 0, 0] });
    expect(credited(12, 10).touched).toEqual([2, 4]);
    expect(credited(900_000_000, 10).touched).toEqual([2]);
  });

  it("ignores keys held by more passages than the cap, and absent keys", () => {
    expect(credited(3, 2).touched).toEqual([]);
    expect(credited(3, 3).touched).toEqual([0, 1, 2]);
    expect(credited(5, 10).touched).toEqual([]);
  });

  it("tells how many passages hold a key, so a caller knows which keys were too common to credit", () => {
    const evidence = new Float64Array(keys.length);
    expect(index.credit(3, 2, 1, evidence, [])).toBe(3);
    expect([...evidence]).toEqual([0, 0, 0, 0, 0]);
    expect(index.credit(12, 10, 1, evidence, [])).toBe(2);
    expect(index.credit(5, 10, 1, evidence, [])).toBe(0);
  });

  it("adds up evidence over several keys and lists each passage once", () => {
    const evidence = new Float64Array(keys.length);
    const touched: number[] = [];
    index.credit(3, 10, 1, evidence, touched);
    index.credit(12, 10, 2, evidence, touched);
    expect(touched).toEqual([0, 1, 2, 4]);
    expect([...evidence]).toEqual([1, 1, 3, 0, 2]);
  });
});
