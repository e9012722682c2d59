/**
 * Recently prepared documents, so an article the analyst keeps comparing (the
 * story page, the compare page opened again or swapped, its report) is read
 * once. Keyed by a compact fingerprint of the document's content
 * (document-fingerprint.ts), so an edited or re-extracted article is never
 * served from an old reading, and a hit is checked against the content it was
 * read from, so not even a fingerprint collision could serve another
 * article's reading. Bounded by the text it holds, least recently used out first.
 */
import { documentFingerprint } from "./document-fingerprint";
import { prepareDocument, type PreparedDocument } from "./prepared-document";
import type { ComparableDocument } from "../types/comparison";
import type { Block } from "../text/types";

/** About 400,000 words of article text: tens of megabytes of readings at most. */
const DEFAULT_MAX_CHARS = 2_500_000;

interface Entry {
  prepared: PreparedDocument;
  chars: number;
  /** What it was prepared from: the info as JSON and each block's role and text (the strings are shared, not copied). */
  info: string;
  blocks: readonly Block[];
}

export class PreparedDocumentCache {
  /** Insertion order is recency order: a hit is moved to the end. */
  private readonly entries = new Map<string, Entry>();
  private chars = 0;

  constructor(
    private readonly maxChars = DEFAULT_MAX_CHARS,
    /** Replaceable only so tests can force a collision. */
    private readonly fingerprint: (doc: ComparableDocument) => string = documentFingerprint,
  ) {}

  get(doc: ComparableDocument): PreparedDocument {
    const key = this.fingerprint(doc);
    const hit = this.entries.get(key);
    const info = JSON.stringify(doc.info);
    if (hit) {
      this.entries.delete(key);
      this.chars -= hit.chars;
      if (sameContent(hit, info, doc.blocks)) {
        this.entries.set(key, hit);
        this.chars += hit.chars;
        return hit.prepared;
      }
    }
    const prepared = prepareDocument(doc);
    const chars = doc.blocks.reduce((n, b) => n + b.text.length, 0);
    // A document larger than the whole budget is prepared but not kept.
    if (chars > this.maxChars) return prepared;
    this.entries.set(key, { prepared, chars, info, blocks: doc.blocks.map((b) => ({ role: b.role, text: b.text })) });
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

function sameContent(entry: Entry, info: string, blocks: readonly Block[]): boolean {
  if (entry.info !== info || entry.blocks.length !== blocks.length) return false;
  return entry.blocks.every((b, k) => b.role === blocks[k]?.role && b.text === blocks[k]?.text);
}
