/** Use case step: an extracted HTML page becomes a stored article (or is recognised as one already stored). */
import "server-only";
import { gzipSync } from "node:zlib";
import { saveArticle, type SaveArticleResult } from "../db/article-mutations";
import { contentHash } from "../ingest/content-hash";
import type { ExtractedArticle } from "../ingest/extract/types";
import { countWords } from "../ingest/input-guards";
import { guessOutletKind } from "../ingest/outlet-kind";

export interface PageSource {
  requestedUrl: string;
  finalUrl: string;
  bytes: Uint8Array;
  fetchedAt?: string;
}

export function outletNameFor(extracted: Pick<ExtractedArticle, "siteName">, hostname: string): string {
  return extracted.siteName?.trim() || hostname.replace(/^www\./, "");
}

export async function storeExtractedArticle(extracted: ExtractedArticle, page: PageSource, storyId?: string | null): Promise<SaveArticleResult> {
  const host = new URL(extracted.canonicalUrl ?? page.finalUrl).hostname;
  const date = extracted.publishedAt ? new Date(extracted.publishedAt) : null;
  return saveArticle({
    outlet: { name: outletNameFor(extracted, host), domain: host, kind: guessOutletKind(host) },
    storyId: storyId ?? null,
    title: extracted.title?.trim() || host,
    byline: extracted.byline,
    publishedAt: date && !Number.isNaN(date.getTime()) ? date : null,
    url: page.requestedUrl,
    canonicalUrl: extracted.canonicalUrl ?? page.finalUrl,
    lang: extracted.lang,
    text: extracted.text,
    blockRoles: extracted.blocks.map((b) => b.role),
    wordCount: countWords(extracted.text),
    contentHash: contentHash(extracted.text),
    sourceKind: "html",
    rawSource: gzipSync(page.bytes),
    finalUrl: page.finalUrl,
    fetchedAt: page.fetchedAt ? new Date(page.fetchedAt) : null,
  });
}
