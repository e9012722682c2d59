/** Reads of articles. Writes live in article-mutations.ts. */
import "server-only";
import { db } from "./client";

const withOutletAndStory = { outlet: true, story: { select: { id: true, title: true } } } as const;
/** The raw source (a gzipped page) is read only for provenance and re-extraction. */
const withoutRaw = { rawSource: true } as const;

export async function getArticle(id: string) {
  return (await db()).article.findUnique({ where: { id }, include: withOutletAndStory, omit: withoutRaw });
}

export async function getArticles(ids: string[]) {
  return (await db()).article.findMany({ where: { id: { in: ids } }, include: withOutletAndStory, omit: withoutRaw });
}

export async function findArticleByContentHash(contentHash: string) {
  return (await db()).article.findUnique({ where: { contentHash }, select: { id: true, title: true } });
}

/** Newest first, without the heavy text and raw columns. */
export async function listRecentArticles(limit = 20) {
  return (await db()).article.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      title: true,
      publishedAt: true,
      wordCount: true,
      createdAt: true,
      outlet: { select: { name: true } },
      story: { select: { id: true, title: true } },
    },
  });
}

/** Every stored article's text, for story suggestions (the grouper is fast enough for thousands). */
export async function listArticlesForGrouping() {
  return (await db()).article.findMany({
    select: { id: true, title: true, text: true, publishedAt: true, storyId: true },
  });
}

export async function getArticleRawSource(id: string) {
  return (await db()).article.findUnique({
    where: { id },
    select: { id: true, title: true, sourceKind: true, rawSource: true, url: true, finalUrl: true, fetchedAt: true },
  });
}

/** Whether an article exists, without loading its text. */
export async function articleExists(id: string): Promise<boolean> {
  return (await (await db()).article.count({ where: { id } })) > 0;
}

/** The few columns a use case needs to decide what to do with an article, without its text. */
export async function getArticleHeader(id: string) {
  return (await db()).article.findUnique({ where: { id }, select: { id: true, title: true, contentHash: true, storyId: true } });
}
