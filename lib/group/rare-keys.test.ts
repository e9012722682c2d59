import { describe, expect, it } from "vitest";
import { selectRareKeys } from "./rare-keys";

/** The rule as written: every feature sorted by weight × rarity, ties by key, the first `limit` kept. */
function byFullSort(counts: Map<string, number>, rarity: Map<string, number>, limit: number): string[] {
  return [...counts]
    .map(([key, weight]) => ({ key, score: weight * (rarity.get(key) ?? 0) }))
    .sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .slice(0, limit)
    .map((e) => e.key);
}

/** A small fixed-seed generator (a 32-bit LCG): the same cases on every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe("selectRareKeys", () => {
  it("keeps the same keys as sorting every feature, ties at the cut included", () => {
    const random = lcg(3);
    for (let round = 0; round < 50; round++) {
      const counts = new Map<string, number>();
      const rarity = new Map<string, number>();
      const n = 1 + Math.floor(random() * 300);
      for (let i = 0; i < n; i++) {
        const key = `s:w${Math.floor(random() * 1000)}`;
        // Few distinct weights and rarities: many tied scores, as in real articles.
        counts.set(key, 1 + Math.floor(random() * 3));
        if (random() < 0.9) rarity.set(key, Math.floor(random() * 4));
      }
      for (const limit of [1, 5, 32, 400]) expect(selectRareKeys(counts, rarity, limit)).toEqual(byFullSort(counts, rarity, limit));
    }
  });
});
