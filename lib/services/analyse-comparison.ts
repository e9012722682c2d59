/** The full analysis of two documents: the pure core plus the analyst's own entity aliases from the database. */
import "server-only";
import { createHash } from "node:crypto";
import { analysePrepared } from "../compare/analyse-documents";
import type { ComparableDocument, Comparison } from "../types/comparison";
import { listEntityAliases } from "../db/aliases";
import { BoundedCache, rememberPromise } from "./bounded-cache";
import { compareOffThread, isLongAnalysis, textLength } from "./off-thread";
import { preparedDocument } from "./prepared-documents";
import type { SideLabels } from "../compare/source-labels";

type Aliases = Awaited<ReturnType<typeof listEntityAliases>>;

const state = globalThis as unknown as { lacunaComparisons?: BoundedCache<string, Promise<Comparison>> };
/**
 * Comparisons by what they depend on (both documents as compared and the
 * aliases), weighed by the characters of text they hold: 2 million, about a
 * dozen pairs of 10,000-word articles. Viewing the next page of a long
 * comparison, swapping back or exporting it then reuses the analysis instead
 * of a worker thread's ~150 ms. A re-extracted article or a new alias changes
 * the key, so a stale analysis is never shown; new engine code means a new
 * process, so the cache starts empty. Callers only read a comparison.
 */
const comparisons = (state.lacunaComparisons ??= new BoundedCache(2_000_000));

/**
 * Long pairs are analysed in a worker thread (other requests keep answering); short ones here, with the reading cache.
 * `labels`: how the view names the two, which its reasons and notes say (AnalyseOptions.labels); by default the pair's own rule.
 */
export async function analyseComparison(a: ComparableDocument, b: ComparableDocument, labels?: SideLabels | null): Promise<Comparison> {
  const aliases = await listEntityAliases();
  const named = labels ?? undefined;
  const key = comparisonKey(a, b, aliases, named);
  // A second request for the same pair while the first is analysed waits for it; a failed analysis is not remembered.
  return rememberPromise(comparisons, key, textLength(a) + textLength(b), () =>
    isLongAnalysis([a, b])
      ? compareOffThread(a, b, aliases, named)
      : Promise.resolve().then(() => analysePrepared(preparedDocument(a), preparedDocument(b), { aliases, labels: named })),
  );
}

/** What a comparison depends on, in order (A and B are not interchangeable); the labels, because its sentences say them. */
export function comparisonKey(a: ComparableDocument, b: ComparableDocument, aliases: Aliases, labels?: SideLabels): string {
  return createHash("sha256").update(JSON.stringify([a, b, aliases, labels ?? null])).digest("base64url");
}
