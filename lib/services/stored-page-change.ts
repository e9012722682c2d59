/**
 * Use case step: a link whose article is already stored (matched by its
 * address) was fetched, and its page may have been updated since (a corrected
 * toll, a new headline). Such a link is not a plain duplicate: the analyst is
 * told what changed and how to take the new version, and the stored one is
 * kept until they do (replacing it re-keys the story's reviews: their call).
 */
import "server-only";
import { getArticleRefetchSource } from "../db/articles";
import { contentHash } from "../ingest/content-hash";
import type { ExtractedArticle } from "../ingest/extract/types";
import { describePageChange, pageChange } from "../ingest/page-change";
import { utcMinute } from "./refetch-article";

/** The note for a stored article whose page now reads otherwise; null when it reads the same (a plain duplicate). */
export async function storedPageChangeNote(articleId: string, extracted: ExtractedArticle): Promise<string | null> {
  const stored = await getArticleRefetchSource(articleId);
  // A pasted text under the same address was never this page's extraction: it is compared with nothing.
  if (!stored || stored.sourceKind !== "html" || !stored.url) return null;
  if (contentHash(extracted.text) === stored.contentHash) return null;
  const what = describePageChange(pageChange({ title: stored.title, text: stored.text }, { title: extracted.title?.trim() || stored.title, text: extracted.text })) || "its text";
  const since = utcMinute(stored.fetchedAt ?? stored.createdAt);
  return `Already stored, but the page has changed since it was fetched (${since}): ${what}. The stored version is kept; use Fetch again on the article (lacuna refetch ${articleId}) to replace it with this one.`;
}
