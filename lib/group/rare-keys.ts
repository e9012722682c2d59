/**
 * The keys an article is found by in the corpus index (lib/db/corpus-index.ts):
 * its features with the highest weight × everyday rarity — the names, quote
 * fragments, figures and uncommon words that two outlets covering one event
 * share and unrelated articles do not. The prior does not depend on the
 * collection, so an article keeps the same keys however the archive grows and
 * two articles of one event choose overlapping keys whichever came first.
 */
import type { FeatureCounts } from "./features";

/** Keys per article: enough that two reports of one event share several; few enough that postings stay small (32 × 100,000 rows). */
export const RARE_KEYS_PER_ARTICLE = 32;

export function selectRareKeys(counts: FeatureCounts, rarity: ReadonlyMap<string, number>, limit = RARE_KEYS_PER_ARTICLE): string[] {
  return [...counts]
    .map(([key, weight]) => ({ key, score: weight * (rarity.get(key) ?? 0) }))
    // Ties broken by the key, so the choice is the same on every run.
    .sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .slice(0, limit)
    .map((entry) => entry.key);
}
