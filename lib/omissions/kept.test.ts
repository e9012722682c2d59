import { describe, expect, it } from "vitest";
import { kept } from "./kept";

describe("kept", () => {
  it("reads a key once, an undefined answer included", () => {
    const memo = new Map<string, string | undefined>();
    let reads = 0;
    const unnamedSource = (text: string) =>
      kept(memo, text, () => {
        reads++;
        return text.includes("official") ? "a senior official" : undefined;
      });
    expect(unnamedSource("Kirby said.")).toBeUndefined();
    expect(unnamedSource("Kirby said.")).toBeUndefined();
    expect(unnamedSource("a senior official said.")).toBe("a senior official");
    expect(unnamedSource("a senior official said.")).toBe("a senior official");
    expect(reads).toBe(2);
  });

  it("keeps by object in a weak map", () => {
    const memo = new WeakMap<object, number>();
    const key = {};
    expect(kept(memo, key, () => 1)).toBe(1);
    expect(kept(memo, key, () => 2)).toBe(1);
  });
});
