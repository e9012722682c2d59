/** Writes of stories. */
import "server-only";
import { db } from "./client";
import { rekeyLeftStory, TRANSACTION_OPTIONS } from "./article-mutations";
import type { StoryReviewRekey } from "./reviews";
import { searchKey } from "../text/search-key";

/**
 * Creates a story holding these articles, taken from any story they were in;
 * with `rekey`, the reviews of a story they leave are carried over to their
 * findings' keys without them (see rekeyStoryReviews).
 */
export async function createStory(title: string, articleIds: string[] = [], rekey?: StoryReviewRekey) {
  const client = await db();
  return client.$transaction(async (tx) => {
    const story = await tx.story.create({ data: { title, titleKey: searchKey(title) } });
    if (articleIds.length === 0) return story;
    const leaving = rekey ? await tx.article.findMany({ where: { id: { in: articleIds }, storyId: { not: null } }, select: { id: true, storyId: true, contentHash: true } }) : [];
    await tx.article.updateMany({ where: { id: { in: articleIds } }, data: { storyId: story.id } });
    for (const a of leaving) if (rekey) await rekeyLeftStory(tx, a.id, a.storyId as string, a.contentHash, rekey);
    return story;
  }, TRANSACTION_OPTIONS);
}

export async function renameStory(id: string, title: string) {
  await (await db()).story.update({ where: { id }, data: { title, titleKey: searchKey(title) } });
}

/** What a summary save did: saved, the story gone, or someone else's save since the one the editor started from. */
export type SummarySave =
  | { status: "saved"; savedAt: Date }
  | { status: "missing" }
  | { status: "conflict"; current: { summary: string | null; summaryAuthor: string | null; summaryUpdatedAt: Date | null } };

/**
 * Saves a story's summary (null clears it) if it is still as the editor
 * loaded it (`expected`, the time of the save they started from, null for
 * none): one conditional UPDATE, so of two editors saving over the same
 * version only the first wins and the second is told, with the text that won.
 */
export async function saveStorySummary(id: string, summary: string | null, author: string, expected: Date | null): Promise<SummarySave> {
  const client = await db();
  // Later than the version it replaces even within one millisecond, so every save makes a new version.
  const savedAt = new Date(Math.max(Date.now(), (expected?.getTime() ?? 0) + 1));
  const { count } = await client.story.updateMany({
    where: { id, summaryUpdatedAt: expected },
    data: { summary, summaryAuthor: author, summaryUpdatedAt: savedAt },
  });
  if (count === 1) return { status: "saved", savedAt };
  const current = await client.story.findUnique({ where: { id }, select: { summary: true, summaryAuthor: true, summaryUpdatedAt: true } });
  return current ? { status: "conflict", current } : { status: "missing" };
}

/**
 * Deletes a story; its articles stay stored, unfiled (and links still queued
 * for it are stored unfiled): the relations are ON DELETE SET NULL. Returns
 * how many articles it held, or null when there was no such story.
 */
export async function deleteStory(id: string): Promise<number | null> {
  const client = await db();
  return client.$transaction(async (tx) => {
    const articles = await tx.article.count({ where: { storyId: id } });
    const { count } = await tx.story.deleteMany({ where: { id } });
    return count === 0 ? null : articles;
  });
}


export async function addArticlesToStory(storyId: string, articleIds: string[]) {
  const client = await db();
  await client.$transaction([
    client.article.updateMany({ where: { id: { in: articleIds } }, data: { storyId } }),
    client.story.update({ where: { id: storyId }, data: { updatedAt: new Date() } }),
  ]);
}
