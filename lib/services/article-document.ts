/** Stored article ↔ the pure core's ComparableDocument. */
import type { ComparableDocument } from "../types/comparison";
import { storedBlocks } from "../corpus/stored-blocks";
import type { Block } from "../text/types";
import { withoutTracking } from "../ingest/fetch/tracking-params";

export interface StoredArticleText {
  title: string;
  text: string;
  blockRoles: string;
  /** The address the analyst gave (a link as typed, or a pasted article's URL). */
  url: string | null;
  /** For a fetched page: the address the page is known by, and the one the redirects ended at. */
  canonicalUrl: string | null;
  finalUrl: string | null;
  publishedAt: Date | null;
  outlet: { name: string };
}

/** Splits the stored text back into its blocks; roles that do not line up fall back to "body". */
export function articleBlocks(article: Pick<StoredArticleText, "text" | "blockRoles">): Block[] {
  return storedBlocks(article.text, article.blockRoles);
}

/**
 * The address a report cites: the article's own (its believed canonical, else
 * where the redirects ended), not the first hop of a redirect chain the
 * analyst pasted, and never with tracking parameters. The link as the analyst
 * gave it stays in `url` (and in its batch's row).
 */
export function citationUrl(article: Pick<StoredArticleText, "url" | "canonicalUrl" | "finalUrl">): string | null {
  const address = article.canonicalUrl ?? article.finalUrl ?? article.url;
  return address ? withoutTracking(address) : null;
}

export function toComparableDocument(article: StoredArticleText): ComparableDocument {
  return {
    info: {
      title: article.title,
      outlet: article.outlet.name,
      url: citationUrl(article),
      publishedAt: article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : null,
    },
    blocks: articleBlocks(article),
  };
}
