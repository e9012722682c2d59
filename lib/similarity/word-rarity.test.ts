import { describe, expect, it } from "vitest";
import { MAX_RARITY, wordRarity } from "./word-rarity";

describe("wordRarity", () => {
  it("weighs everyday words below specific ones", () => {
    expect(wordRarity("people", false)).toBeLessThan(wordRarity("tariff", false));
    expect(wordRarity("tariff", false)).toBeLessThan(MAX_RARITY);
  });

  it("gives unseen names and all numbers the top weight", () => {
    expect(wordRarity("motegi", false)).toBe(MAX_RARITY);
    expect(wordRarity("2021", true)).toBe(MAX_RARITY);
  });

  it("weighs a hyphenated compound by its rarest known part", () => {
    expect(wordRarity("defense-tariff", false)).toBe(Math.max(wordRarity("defense", false), wordRarity("tariff", false)));
  });
});
