/**
 * A key for what a report is made from: the story (title, summary) or the two
 * compared articles, every article's content and last change, the analysts'
 * reviews and the entity aliases. A background export records it when it
 * renders; a prepared file whose key no longer matches the current one is out
 * of date (the story or an article changed since), and the page offers to
 * prepare it again instead of handing over the old file.
 */
import "server-only";
import { createHash } from "node:crypto";
import { listEntityAliases } from "../db/aliases";
import { getArticleReportSources, getStoryReportSources } from "../db/report-sources";
import { listReviewsIn, storyScope, type FlagReviewRecord } from "../db/reviews";

export interface ReportSubject {
  subject: "story" | "comparison";
  /** The story id, or "<article A id>:<article B id>". */
  subjectId: string;
}

/** Both scopes a pair's reviews may sit in (the current one and the older, other-order one: see flag-reviews.ts). */
function pairScopes(x: string, y: string): string[] {
  return [`cmp:${x}:${y}`, `cmp:${y}:${x}`];
}

/** Reviews as plain, ordered data, so the same reviews always hash the same. */
function reviewStamps(byScope: Map<string, Map<string, FlagReviewRecord>>) {
  return [...byScope]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([scope, reviews]) => [scope, [...reviews.values()].sort((a, b) => a.flagKey.localeCompare(b.flagKey)).map((r) => [r.flagKey, r.status, r.note, r.reviewerName, r.updatedAt.toISOString()])]);
}

/** The sources' key, or null when the story or an article is gone (no report can match it). */
export async function reportContentKey({ subject, subjectId }: ReportSubject): Promise<string | null> {
  let sources: unknown;
  let scopes: string[];
  if (subject === "story") {
    const story = await getStoryReportSources(subjectId);
    if (!story) return null;
    // A story report compares its first article with each of the others.
    const [first, ...others] = story.articles;
    scopes = [storyScope(subjectId), ...(first ? others.flatMap((other) => pairScopes(first.id, other.id)) : [])];
    sources = story;
  } else {
    const ids = subjectId.split(":");
    const articles = await getArticleReportSources(ids);
    if (articles.length !== 2) return null;
    scopes = pairScopes(ids[0]!, ids[1]!);
    sources = articles;
  }
  const [reviews, aliases] = await Promise.all([listReviewsIn(scopes), listEntityAliases()]);
  return createHash("sha256")
    .update(JSON.stringify([subject, subjectId, sources, reviewStamps(reviews), aliases.map((a) => [a.canonical, [...a.aliases].sort()])]))
    .digest("base64url");
}
