/** The full analysis of two documents: the pure core plus the analyst's own entity aliases from the database. */
import "server-only";
import { compareDocuments } from "../compare/compare-documents";
import type { ComparableDocument, Comparison } from "../compare/types";

export async function analyseComparison(a: ComparableDocument, b: ComparableDocument): Promise<Comparison> {
  return compareDocuments(a, b);
}
