/** The full analysis of two documents: the pure core plus the analyst's own entity aliases from the database. */
import "server-only";
import { analyseDocuments } from "../compare/analyse-documents";
import type { ComparableDocument, Comparison } from "../compare/types";
import { listEntityAliases } from "../db/aliases";

export async function analyseComparison(a: ComparableDocument, b: ComparableDocument): Promise<Comparison> {
  return analyseDocuments(a, b, { aliases: await listEntityAliases() });
}
