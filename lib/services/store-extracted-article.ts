/** Use case step: an extracted HTML page becomes a stored article (or is recognised as one already stored). */
import "server-only";
import { gzipSync } from "node:zlib";
import { saveArticle, type SaveArticleResult } from "../db/article-mutations";
import { contentHash } from "../ingest/content-hash";
import type { ExtractedArticle } from "../ingest/extract/types";
import { countWords } from "../ingest/input-guards";
import { guessOutletKind } from "../ingest/outlet-kind";

export interface PageSource {
  /** Null for an uploaded file. */
  requestedUrl: string | null;
  finalUrl: string | null;
  bytes: Uint8Array;
  fetchedAt?: string;
}

function hostnameOf(address: string | null): string | null {
  try {
    return address ? new URL(address).hostname : null;
  } catch {
    return null;
  }
}

export async function storeExtractedArticle(
  extracted: ExtractedArticle,
  page: PageSource,
  options: { storyId?: string | null; outletName?: string } = {},
): Promise<SaveArticleResult> {
  const host = hostnameOf(extracted.canonicalUrl) ?? hostnameOf(page.finalUrl);
  const date = extracted.publishedAt ? new Date(extracted.publishedAt) : null;
  const outletName = options.outletName?.trim() || extracted.siteName?.trim() || host?.replace(/^www\./, "") || "Unknown outlet";
  return saveArticle({
    outlet: { name: outletName, domain: host, kind: host ? guessOutletKind(host) : "other" },
    storyId: options.storyId ?? null,
    title: extracted.title?.trim() || host || "Untitled article",
    byline: extracted.byline,
    publishedAt: date && !Number.isNaN(date.getTime()) ? date : null,
    url: page.requestedUrl,
    canonicalUrl: extracted.canonicalUrl ?? page.finalUrl ?? null,
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
