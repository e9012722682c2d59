/** The full analysis of two documents: the pure core plus the analyst's own entity aliases from the database. */
import "server-only";
import { analysePrepared } from "../compare/analyse-documents";
import type { ComparableDocument, Comparison } from "../types/comparison";
import { listEntityAliases } from "../db/aliases";
import { preparedDocument } from "./prepared-documents";

export async function analyseComparison(a: ComparableDocument, b: ComparableDocument): Promise<Comparison> {
  return analysePrepared(preparedDocument(a), preparedDocument(b), { aliases: await listEntityAliases() });
}
