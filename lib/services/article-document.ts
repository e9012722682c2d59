/** Stored article ↔ the pure core's ComparableDocument. */
import type { ComparableDocument } from "../types/comparison";
import { BLOCK_SEPARATOR, type Block, type BlockRole } from "../text/types";

export interface StoredArticleText {
  title: string;
  text: string;
  blockRoles: string;
  url: string | null;
  publishedAt: Date | null;
  outlet: { name: string };
}

const ROLES: ReadonlySet<string> = new Set<BlockRole>(["body", "heading", "caption", "quote", "list-item"]);

/** Splits the stored text back into its blocks; roles that do not line up fall back to "body". */
export function articleBlocks(article: Pick<StoredArticleText, "text" | "blockRoles">): Block[] {
  let roles: unknown;
  try {
    roles = JSON.parse(article.blockRoles);
  } catch {
    roles = [];
  }
  const list = Array.isArray(roles) ? roles : [];
  return article.text.split(BLOCK_SEPARATOR).map((text, i) => {
    const role = list[i];
    return { text, role: typeof role === "string" && ROLES.has(role) ? (role as BlockRole) : "body" };
  });
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
