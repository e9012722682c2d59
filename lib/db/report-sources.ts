/**
 * What a report is made from, without the texts: each article's content hash
 * and last change, its outlet and story, the story's title and summary. Enough
 * to tell whether a report prepared earlier still matches (lib/services/report-content-key.ts).
 */
import "server-only";
import { db } from "./client";
import { copiesAfterOriginals } from "./story-order";

const ARTICLE_STAMP = {
  id: true,
  contentHash: true,
  // Any edit of the article row (details, re-extraction, filing) moves it.
  updatedAt: true,
  outlet: { select: { name: true, kind: true } },
  story: { select: { title: true } },
} as const;

/** A story's title, summary and its articles in the order its report lists them (as getStory orders them); null when it is gone. */
export async function getStoryReportSources(storyId: string) {
  const story = await (await db()).story.findUnique({
    where: { id: storyId },
    select: {
      title: true,
      summary: true,
      summaryAuthor: true,
      summaryUpdatedAt: true,
      articles: { select: { ...ARTICLE_STAMP, createdAt: true, publishedAt: true, wordCount: true }, orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }] },
    },
  });
  if (!story) return null;
  // Date, words and createdAt order the copies only: a stamp without them keeps the keys of reports prepared before.
  const articles = copiesAfterOriginals(story.articles).map((article) => {
    const { createdAt, publishedAt, wordCount, ...stamp } = article;
    void createdAt;
    void publishedAt;
    void wordCount;
    return stamp;
  });
  return { ...story, articles };
}

/** The compared articles' stamps, by id (those that no longer exist are missing). */
export async function getArticleReportSources(ids: readonly string[]) {
  return (await db()).article.findMany({ where: { id: { in: [...ids] } }, select: ARTICLE_STAMP, orderBy: { id: "asc" } });
}
