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
  const scored = [...counts].map(([key, weight]) => ({ key, score: weight * (rarity.get(key) ?? 0) }));
  return topByScore(scored, limit).map((entry) => entry.key);
}

/**
 * The `limit` best by score, ties broken by the key, so the choice is the same
 * on every run. Only the entries scoring at least the limit-th best score are
 * sorted with the key comparison: an article has hundreds of features and
 * keeps 32, and sorting them all was a tenth of its index entry.
 */
function topByScore(scored: Array<{ key: string; score: number }>, limit: number): Array<{ key: string; score: number }> {
  const byRank = (x: { key: string; score: number }, y: { key: string; score: number }) =>
    y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
  const scores = Float64Array.from(scored, (entry) => entry.score);
  if (scored.length <= limit || scores.some(Number.isNaN)) return scored.sort(byRank).slice(0, limit);
  const threshold = scores.sort()[scores.length - limit]!;
  return scored.filter((entry) => entry.score >= threshold).sort(byRank).slice(0, limit);
}
