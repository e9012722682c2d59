/** Writes of stories. */
import "server-only";
import { db } from "./client";

export async function createStory(title: string, articleIds: string[] = []) {
  const client = await db();
  return client.$transaction(async (tx) => {
    const story = await tx.story.create({ data: { title } });
    if (articleIds.length) await tx.article.updateMany({ where: { id: { in: articleIds } }, data: { storyId: story.id } });
    return story;
  });
}

export async function renameStory(id: string, title: string) {
  await (await db()).story.update({ where: { id }, data: { title } });
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
