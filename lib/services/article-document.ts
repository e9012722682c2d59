/** Stored article ↔ the pure core's ComparableDocument. */
import type { ComparableDocument } from "../types/comparison";
import { storedBlocks } from "../corpus/stored-blocks";
import type { Block } from "../text/types";

export interface StoredArticleText {
  title: string;
  text: string;
  blockRoles: string;
  url: string | null;
  publishedAt: Date | null;
  outlet: { name: string };
}

/** Splits the stored text back into its blocks; roles that do not line up fall back to "body". */
export function articleBlocks(article: Pick<StoredArticleText, "text" | "blockRoles">): Block[] {
  return storedBlocks(article.text, article.blockRoles);
}

export function toComparableDocument(article: StoredArticleText): ComparableDocument {
  return {
    info: {
      title: article.title,
      outlet: article.outlet.name,
      url: article.url,
      publishedAt: article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : null,
    },
    blocks: articleBlocks(article),
  };
}
