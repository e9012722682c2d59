/**
 * The server's one cache of prepared articles (lib/compare/prepared-document-cache.ts):
 * every use case that compares stored articles reads them through it, so an
 * article is segmented, tokenised and scanned for names once while it is in use.
 */
import "server-only";
import { PreparedDocumentCache } from "../compare/prepared-document-cache";
import type { PreparedDocument } from "../compare/prepared-document";
import type { ComparableDocument } from "../types/comparison";

const cache = new PreparedDocumentCache();

export function preparedDocument(doc: ComparableDocument): PreparedDocument {
  return cache.get(doc);
}
