import { describe, expect, it } from "vitest";
import { extractFeatures } from "./features";
import { SYNTHETIC_EVENTS } from "./fixtures/synthetic-events";
import { dayNumber } from "./date-proximity";
import { DEFAULT_GROUP_PARAMS } from "./params";
import { selectRareKeys } from "./rare-keys";
import { scoreIndexedStories, type IndexedArticle } from "./score-indexed-stories";
import { suggestStory } from "./suggest-story";

/** Feature names (stand-ins for their hashes) and document frequencies over a fixed collection, as the database keeps them. */
function indexCollection(docs: typeof SYNTHETIC_EVENTS) {
  const ids = new Map<string, number>();
  const df = new Map<number, number>();
  const vectors = docs.map((doc): IndexedArticle => {
    const counts = extractFeatures(doc, DEFAULT_GROUP_PARAMS.weights);
    const entries = [...counts]
      .map(([key, weight]) => {
        if (!ids.has(key)) ids.set(key, 1000 + ids.size * 7);
        const id = ids.get(key)!;
        df.set(id, (df.get(id) ?? 0) + 1);
        return { id, weight };
      })
      .sort((x, y) => x.id - y.id);
    return { hashes: Float64Array.from(entries, (e) => e.id), weights: Float32Array.from(entries, (e) => e.weight), day: dayNumber(doc.publishedAt) };
  });
  return { vectors, corpus: { size: docs.length, documentFrequency: (id: number) => df.get(id) ?? 0 } };
}

describe("scoreIndexedStories", () => {
  const byEvent = (event: string) => SYNTHETIC_EVENTS.filter((d) => d.event === event);
  const storyDocs = ["strike", "volcano", "rates"].map((event) => ({ storyId: `s-${event}`, docs: byEvent(event).slice(0, 2) }));

  it("gives the score suggestStory gives when the corpus is the same collection", () => {
    for (const newcomer of [byEvent("volcano")[2]!, byEvent("budget-2023")[0]!, byEvent("rates")[2]!]) {
      const pool = [newcomer, ...storyDocs.flatMap((s) => s.docs)];
      const { vectors, corpus } = indexCollection(pool);
      const stories = storyDocs.map((s, k) => ({ storyId: s.storyId, members: vectors.slice(1 + 2 * k, 3 + 2 * k) }));
      const fromIndex = scoreIndexedStories(vectors[0]!, stories, corpus);
      const direct = suggestStory(newcomer, storyDocs);
      expect(fromIndex.storyId).toBe(direct.storyId);
      expect(fromIndex.score).toBeCloseTo(direct.score, 5);
      expect(fromIndex.runnerUp?.storyId).toBe(direct.runnerUp?.storyId);
    }
  });
});

describe("selectRareKeys", () => {
  it("keeps the names and unusual words two reports of one event share, not everyday words", () => {
    const keysOf = (id: string) => {
      const rarity = new Map<string, number>();
      const counts = extractFeatures(SYNTHETIC_EVENTS.find((d) => d.id === id)!, DEFAULT_GROUP_PARAMS.weights, rarity);
      return selectRareKeys(counts, rarity, 12);
    };
    const wire = keysOf("strike-wire");
    const daily = keysOf("strike-daily");
    expect(wire).toEqual(expect.arrayContaining(["n:maasvlakte", "n:marieke"]));
    expect(wire.filter((k) => daily.includes(k)).length).toBeGreaterThanOrEqual(3);
    expect(wire).not.toContain("s:said");
    expect(keysOf("strike-wire")).toEqual(wire);
  });
});
