/**
 * Use cases around the corpus index: make sure an article's entry is current
 * before it is used, and bring a whole archive up to date (articles stored
 * before the index existed, or under older rules: `lacuna reindex`, and
 * quietly in the background of a server that finds some).
 */
import "server-only";
import { reindexArticles } from "../db/article-mutations";
import { getIndexEntry, listArticlesNeedingIndex, type StoredIndexEntry } from "../db/corpus-index";
import { INDEX_VERSION } from "../corpus/index-version";

/** The article's current index entry, computed now if it is missing or stale; null when there is no such article. */
export async function currentIndexEntry(articleId: string, contentHash: string): Promise<StoredIndexEntry | null> {
  const entry = await getIndexEntry(articleId);
  if (entry && entry.version === INDEX_VERSION && entry.contentHash === contentHash) return entry;
  if ((await reindexArticles([articleId])) === 0) return null;
  return getIndexEntry(articleId);
}

/** Indexes every article that needs it, `batch` per transaction; returns how many. */
export async function reindexArchive(options: { batch?: number; onProgress?: (done: number) => void } = {}): Promise<number> {
  const batch = options.batch ?? 200;
  let done = 0;
  for (;;) {
    const ids = await listArticlesNeedingIndex(batch);
    if (ids.length === 0) return done;
    done += await reindexArticles(ids);
    options.onProgress?.(done);
  }
}

const state = globalThis as unknown as { lacunaBackfill?: Promise<number> };

/**
 * Starts (once per process) a background pass that indexes whatever needs it,
 * so an archive upgraded in place finds its stories without a manual step.
 */
export function backfillIndexInBackground(): void {
  state.lacunaBackfill ??= reindexArchive().catch((error: unknown) => {
    console.error("indexing the archive failed", error);
    return 0;
  });
}
