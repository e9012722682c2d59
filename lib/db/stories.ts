/** Reads of stories. */
import "server-only";
import { db } from "./client";

export async function listStories() {
  return (await db()).story.findMany({
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      updatedAt: true,
      articles: { select: { id: true, outlet: { select: { name: true } } } },
    },
  });
}

export async function getStory(id: string) {
  return (await db()).story.findUnique({
    where: { id },
    include: {
      articles: { include: { outlet: true }, omit: { rawSource: true }, orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }] },
    },
  });
}

export async function findStoryByTitle(title: string) {
  return (await db()).story.findFirst({ where: { title }, select: { id: true } });
}

/** Whether a story exists, without loading its articles. */
export async function storyExists(id: string): Promise<boolean> {
  return (await (await db()).story.count({ where: { id } })) > 0;
}

export async function getStoryTitles(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await (await db()).story.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true } });
  return new Map(rows.map((r) => [r.id, r.title]));
}
