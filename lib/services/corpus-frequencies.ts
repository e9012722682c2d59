/**
 * The document frequencies a story suggestion needs, without reading the
 * Term table on every request. The table (kept exact by every write, in the
 * write's transaction) is the truth; this process keeps a snapshot of the
 * features held by two or more articles (the grouping ignores the others) in
 * a typed hash table, and reloads it in the background once the archive has
 * grown or shrunk by 2 % since it was taken. The asking article's own
 * features — the only ones a cosine's numerator uses — are always read fresh;
 * the snapshot only serves the other articles' vector norms, which a 2 %
 * change in the corpus barely moves. Small archives (up to 2,000 articles,
 * where one article changes the statistics) reload on every change.
 */
import "server-only";
import { frequencyTableFrom, type FrequencyTable } from "../corpus/frequency-table";
import { getCorpusCounters, getTermFrequencies, termFrequenciesFrom, type CorpusCounters } from "../db/corpus-index";
import { databasePath } from "../db/database-path";
import type { CorpusFrequencies } from "../group/score-indexed-stories";

const SMALL_ARCHIVE = 2_000;
const DRIFT = 0.02;

interface Snapshot {
  table: FrequencyTable;
  counters: CorpusCounters;
  /** The database file it was read from (tests switch files within one process). */
  database: string;
}

const state = globalThis as unknown as { lacunaFrequencySnapshot?: Snapshot; lacunaFrequencyLoad?: Promise<Snapshot> };

async function loadSnapshot(): Promise<Snapshot> {
  const database = databasePath();
  const counters = await getCorpusCounters();
  const table = await frequencyTableFrom(termFrequenciesFrom(2));
  return { table, counters, database };
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

/** Frequencies for one suggestion: the `exact` features read now, every other one from the snapshot. */
export async function corpusFrequencies(exact: Iterable<number>): Promise<CorpusFrequencies> {
  const [counters, fresh] = await Promise.all([getCorpusCounters(), getTermFrequencies([...exact])]);
  let snapshot = state.lacunaFrequencySnapshot;
  if (snapshot && snapshot.database !== databasePath()) snapshot = undefined;
  if (!snapshot || (counters.articles <= SMALL_ARCHIVE && drifted(snapshot, counters))) {
    // First use, or a small archive that changed: wait for an exact snapshot.
    snapshot = await reload();
  } else if (drifted(snapshot, counters)) {
    // Serve from the current snapshot; the next request gets the new one.
    void reload().catch((error: unknown) => console.error("reloading corpus frequencies failed", error));
  }
  const table = snapshot.table;
  return {
    size: counters.articles,
    // A feature missing from the snapshot is held by at most one article (or is newer than it): too rare to count.
    documentFrequency: (hash) => fresh.get(hash) ?? table.get(hash) ?? 1,
  };
}
