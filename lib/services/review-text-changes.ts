/**
 * Use case step: which articles each review's finding concerns, with when
 * their text last changed, so a review made before one of them was replaced
 * in place (fetch again, re-extraction) is marked wherever it is shown: the
 * pages (reviewStateOf) and every report (reportReviewOf).
 */
import type { FlagReviewRecord } from "../db/reviews";
import type { FlagReview } from "../report/model";
import { reviewedBeforeTextChange, type ArticleTextState } from "../report/reviewed-before-change";
import { storyFlagArticleIds, type StoryFlagSources } from "../report/story-flag-articles";

/** The articles a review's finding concerns, by the flag key it is kept under. */
export type ConcernedArticles = (flagKey: string) => readonly ArticleTextState[];

/**
 * A story's findings: by the articles each current flag concerns; a review
 * kept under a key the story no longer flags is shown nowhere, so concerns none.
 */
export function storyConcernedArticles(story: { coverage: { sources: ReadonlyArray<{ id: string }>; flags: ReadonlyArray<StoryFlagSources & { key: string }> } | null; textStates: readonly ArticleTextState[] }): ConcernedArticles {
  const byId = new Map(story.textStates.map((a) => [a.id, a]));
  const sourceIds = story.coverage?.sources.map((s) => s.id) ?? [];
  const byKey = new Map((story.coverage?.flags ?? []).map((f) => [f.key, storyFlagArticleIds(f, sourceIds).flatMap((id) => byId.get(id) ?? [])]));
  return (flagKey) => byKey.get(flagKey) ?? [];
}

/** The review as every report format shows it, marked when it predates a text it concerns. */
export function reportReviewOf(record: FlagReviewRecord, concerned: readonly ArticleTextState[]): FlagReview {
  const changed = reviewedBeforeTextChange(record.updatedAt, concerned);
  return {
    status: record.status,
    note: record.note || undefined,
    by: record.reviewerName ?? undefined,
    at: record.updatedAt.toISOString(),
    ...(changed ? { reviewedBeforeTextChange: changed } : {}),
  };
}
