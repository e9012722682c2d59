/** The full analysis of two documents: the pure core plus the analyst's own entity aliases from the database. */
import "server-only";
import { analysePrepared } from "../compare/analyse-documents";
import type { ComparableDocument, Comparison } from "../types/comparison";
import { listEntityAliases } from "../db/aliases";
import { compareOffThread, isLongAnalysis } from "./off-thread";
import { preparedDocument } from "./prepared-documents";

/** Long pairs are analysed in a worker thread (other requests keep answering); short ones here, with the reading cache. */
export async function analyseComparison(a: ComparableDocument, b: ComparableDocument): Promise<Comparison> {
  const aliases = await listEntityAliases();
  if (isLongAnalysis([a, b])) return compareOffThread(a, b, aliases);
  return analysePrepared(preparedDocument(a), preparedDocument(b), { aliases });
}
