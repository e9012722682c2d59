/** Use case step: an extracted HTML page becomes a stored article (or is recognised as one already stored). */
import "server-only";
import { gzipSync } from "node:zlib";
import { saveArticle, type NewArticle } from "../db/article-mutations";
import { contentHash } from "../ingest/content-hash";
import type { ExtractedArticle } from "../ingest/extract/types";
import { countWords } from "../ingest/input-guards";
import { guessOutletKind } from "../ingest/outlet-kind";
import { firstParagraph } from "../text/first-paragraph";
import { trustPageIdentity } from "./page-identity";
import { fileIfAlreadyStored, type FiledSaveResult } from "./story-filing";
import { joiningStory } from "./story-joins";

export interface PageSource {
  /** Null for an uploaded file. */
  requestedUrl: string | null;
  finalUrl: string | null;
  bytes: Uint8Array;
  fetchedAt?: string;
}

export async function storeExtractedArticle(
  extracted: ExtractedArticle,
  page: PageSource,
  options: { storyId?: string | null; outletName?: string } = {},
): Promise<FiledSaveResult> {
  const article = articleOf(extracted, page, options);
  // A link pasted into a story that is already stored goes under that story when it is in none;
  // either way the story's reviews follow their findings.
  return joiningStory(options.storyId, async () => fileIfAlreadyStored(await saveArticle(article), options.storyId));
}

function articleOf(extracted: ExtractedArticle, page: PageSource, options: { storyId?: string | null; outletName?: string }): NewArticle {
  // The page's own claims (canonical URL, site name) are checked against the address actually fetched.
  const identity = trustPageIdentity(extracted.canonicalUrl, page.finalUrl);
  const date = extracted.publishedAt ? new Date(extracted.publishedAt) : null;
  const typedName = options.outletName?.trim();
  const outletName = typedName || extracted.siteName?.trim().slice(0, 200) || identity.domain || "Unknown outlet";
  // What the page says about its outlet; a page that says nothing is taken for a newspaper's when fetched from a site.
  const kind =
    guessOutletKind({
      host: identity.domain,
      name: outletName,
      publisherTypes: extracted.publisherTypes,
      opening: firstParagraph(extracted.blocks),
      pressRelease: extracted.pressRelease,
    }) ??
    (identity.domain ? "newspaper" : "other");
  return {
    outlet: { name: outletName, domain: identity.domain, kind },
    storyId: options.storyId ?? null,
    title: extracted.title?.trim() || identity.domain || "Untitled article",
    byline: extracted.byline,
    publishedAt: date && !Number.isNaN(date.getTime()) ? date : null,
    url: page.requestedUrl,
    canonicalUrl: identity.canonicalUrl,
    canonicalClaim: identity.canonicalClaim,
    lang: extracted.lang,
    text: extracted.text,
    blockRoles: extracted.blocks.map((b) => b.role),
    wordCount: countWords(extracted.text),
    contentHash: contentHash(extracted.text),
    sourceKind: "html",
    rawSource: gzipSync(page.bytes),
    finalUrl: page.finalUrl,
    fetchedAt: page.fetchedAt ? new Date(page.fetchedAt) : null,
  };
}
