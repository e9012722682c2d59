import { describe, expect, it } from "vitest";
import { appendTo } from "./append-to";

describe("appendTo", () => {
  it("keeps values under their key in the order they came, starting a list on the first", () => {
    const lists = new Map<string, number[]>();
    for (const [key, value] of [["a", 1], ["b", 2], ["a", 3]] as const) appendTo(lists, key, value);
    expect([...lists]).toEqual([
      ["a", [1, 3]],
      ["b", [2]],
    ]);
  });

  it("grows one list in place, in linear time, so a hostile page's 200,000 figures stay cheap", () => {
    const lists = new Map<string, number[]>();
    appendTo(lists, "$", 0);
    const list = lists.get("$");
    const started = performance.now();
    for (let i = 1; i < 200_000; i++) appendTo(lists, "$", i);
    expect(lists.get("$")).toBe(list);
    expect(list).toHaveLength(200_000);
    // Copying per append would move 2 × 10^10 numbers: far beyond this bound on any machine.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
