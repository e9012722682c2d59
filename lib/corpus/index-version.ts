/**
 * Version of the rules that turn an article into its index entry (grouping
 * features, rare-term keys, passage fingerprints). Bump it when any of them
 * changes: rows written under an older version are recomputed by
 * `lacuna reindex` and, one by one, when an article is opened. 2: words of
 * Chinese, Japanese and Thai are cut out of their runs (lib/text/unspaced-words.ts). 3: Korean
 * words are stemmed to their nouns (lib/text/korean-stem.ts).
 */
export const INDEX_VERSION = 3;
