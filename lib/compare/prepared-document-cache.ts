/**
 * Recently prepared documents, so an article the analyst keeps comparing (the
 * story page, the compare page opened again or swapped, its report) is read
 * once. Keyed by the document's whole content, so an edited or re-extracted
 * article is never served from an old reading; bounded by the text it holds,
 * least recently used out first.
 */
import { prepareDocument, type PreparedDocument } from "./prepared-document";
import type { ComparableDocument } from "./types";

/** About 400,000 words of article text: tens of megabytes of readings at most. */
const DEFAULT_MAX_CHARS = 2_500_000;

export class PreparedDocumentCache {
  /** Insertion order is recency order: a hit is moved to the end. */
  private readonly entries = new Map<string, { prepared: PreparedDocument; chars: number }>();
  private chars = 0;

  constructor(private readonly maxChars = DEFAULT_MAX_CHARS) {}

  get(doc: ComparableDocument): PreparedDocument {
    const key = JSON.stringify(doc);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.prepared;
    }
    const prepared = prepareDocument(doc);
    const chars = doc.blocks.reduce((n, b) => n + b.text.length, 0);
    // A document larger than the whole budget is prepared but not kept.
    if (chars > this.maxChars) return prepared;
    this.entries.set(key, { prepared, chars });
    this.chars += chars;
    for (const [oldKey, entry] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldKey);
      this.chars -= entry.chars;
    }
    return prepared;
  }

  get size(): number {
    return this.entries.size;
  }
}
