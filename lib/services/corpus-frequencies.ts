/**
 * The document frequencies a story suggestion needs, without reading the
 * Term table on every request. The table (kept exact by every write, in the
 * write's transaction) is the truth; this process keeps a snapshot of it as a
 * typed array by term id (4 bytes a term) and reloads it in the background
 * once the archive has grown or shrunk by 2 % since it was taken. The asking
 * article's own terms — the only ones a cosine's numerator uses — are always
 * read fresh; the snapshot only serves the other articles' vector norms, which
 * a 2 % change in the corpus barely moves. Small archives (up to 2,000
 * articles, where one article changes the statistics) reload on every change.
 */
import "server-only";
import { databasePath } from "../db/database-path";
import { allTermFrequencies, getCorpusCounters, getTermFrequencies, type CorpusCounters } from "../db/corpus-index";
import type { CorpusFrequencies } from "../group/score-indexed-stories";

const SMALL_ARCHIVE = 2_000;
const DRIFT = 0.02;

interface Snapshot {
  df: Int32Array;
  counters: CorpusCounters;
  /** The database file it was read from (tests switch files within one process). */
  database: string;
}

const state = globalThis as unknown as { lacunaFrequencySnapshot?: Snapshot; lacunaFrequencyLoad?: Promise<Snapshot> };

async function loadSnapshot(): Promise<Snapshot> {
  const database = databasePath();
  const counters = await getCorpusCounters();
  let df = new Int32Array(1024);
  for await (const page of allTermFrequencies()) {
    const last = page[page.length - 1]!.id;
    if (last >= df.length) {
      const grown = new Int32Array(Math.max(last + 1, df.length * 2));
      grown.set(df);
      df = grown;
    }
    for (const row of page) df[row.id] = row.df;
  }
  return { df, counters, database };
}

function reload(): Promise<Snapshot> {
  state.lacunaFrequencyLoad ??= loadSnapshot()
    .then((snapshot) => (state.lacunaFrequencySnapshot = snapshot))
    .finally(() => (state.lacunaFrequencyLoad = undefined));
  return state.lacunaFrequencyLoad;
}

function drifted(snapshot: Snapshot, now: CorpusCounters): boolean {
  if (snapshot.counters.version === now.version) return false;
  if (now.articles <= SMALL_ARCHIVE) return true;
  return Math.abs(now.articles - snapshot.counters.articles) > DRIFT * Math.max(1, snapshot.counters.articles);
}

export interface SuggestionFrequencies extends CorpusFrequencies {
  /** Reads now the ids among `others` that are newer than the snapshot. */
  cover(others: Iterable<number>): Promise<void>;
}

/**
 * Frequencies for one suggestion: `exact` term ids read now, every other id
 * from the snapshot (ids newer than the snapshot are read by `cover`).
 */
export async function corpusFrequencies(exact: readonly number[]): Promise<SuggestionFrequencies> {
  const [counters, fresh] = await Promise.all([getCorpusCounters(), getTermFrequencies(exact)]);
  let snapshot = state.lacunaFrequencySnapshot;
  if (snapshot && snapshot.database !== databasePath()) snapshot = undefined;
  if (!snapshot || (counters.articles <= SMALL_ARCHIVE && drifted(snapshot, counters))) {
    // First use, or a small archive that changed: wait for an exact snapshot (small, so quick).
    snapshot = await reload();
  } else if (drifted(snapshot, counters)) {
    // Serve from the current snapshot; the next request gets the new one.
    void reload().catch((error: unknown) => console.error("reloading corpus frequencies failed", error));
  }
  const df = snapshot.df;
  return {
    size: counters.articles,
    documentFrequency: (id) => fresh.get(id) ?? (id < df.length ? df[id]! : 0),
    async cover(others) {
      const unknown = new Set<number>();
      for (const id of others) if (id >= df.length && !fresh.has(id)) unknown.add(id);
      if (unknown.size) for (const [id, n] of await getTermFrequencies([...unknown])) fresh.set(id, n);
    },
  };
}
