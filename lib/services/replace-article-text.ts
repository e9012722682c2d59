/**
 * Use case step: an article's stored text is replaced in place (same id,
 * story and outlet), after a re-extraction of its kept page or a fetch again
 * of its link. One path for both, so the story's reviews always follow their
 * findings the same way and every cache keyed by the text sees the new one.
 */
import "server-only";
import { updateArticleExtraction, type NewArticle } from "../db/article-mutations";
import { contentHash } from "../ingest/content-hash";
import { countWords } from "../ingest/input-guards";
import type { Block } from "../text/types";
import { blocksToText } from "../text/types";
import { changingArticles } from "./story-joins";

/** The article's new text as blocks, and, after a fetch again, the page it came from. */
export interface ReplacementText {
  title: string;
  blocks: readonly Block[];
  page?: Pick<NewArticle, "rawSource" | "finalUrl" | "fetchedAt">;
}

/** The new text's fields as stored (its hash decides whether anything changed and whether it clashes). */
export function replacementFields(next: ReplacementText) {
  const text = blocksToText([...next.blocks]);
  return { title: next.title, text, blockRoles: next.blocks.map((b) => b.role), wordCount: countWords(text), contentHash: contentHash(text) };
}

export async function replaceArticleText(article: { id: string; storyId: string | null }, next: ReplacementText): Promise<void> {
  // What it says now may leave out more of its story's findings, or fewer: their reviews follow them
  // held as under way until it is stored (story-joins.ts), so a stop right after the update still moves them.
  const update = () => updateArticleExtraction(article.id, { ...replacementFields(next), ...next.page });
  await (article.storyId ? changingArticles(article.storyId, [article.id], update) : update());
}
