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


export async function addArticlesToStory(storyId: string, articleIds: string[]) {
  const client = await db();
  await client.$transaction([
    client.article.updateMany({ where: { id: { in: articleIds } }, data: { storyId } }),
    client.story.update({ where: { id: storyId }, data: { updatedAt: new Date() } }),
  ]);
}
