/**
 * Use case step: articles join a story (filed under it, added or ingested
 * under it) or change what they say (re-extracted), and the story's reviews
 * follow their findings. A story finding's key names the sources that leave
 * it out (lib/omissions/coverage.ts), so a new article that also leaves it out
 * changes the key; without this step the analyst's review would silently
 * detach. Which key a review goes to is decided on the story's analysis as it
 * is after the change (storyReviewKeysAfterJoin), which the story page would
 * compute on its next view anyway (it is cached, so that view is not slower).
 *
 * Stories without reviews of findings skip all of it (one count). Articles
 * that joined are told apart by the story's members before the write, not by
 * the caller, so two joins at once (links of one batch ingested side by side)
 * each see both. Carrying reviews over is done after the write and never
 * fails it: the article is filed whatever happens to the reviews, and a
 * review that could not follow is still stored, under its old key.
 */
import "server-only";
import { hasFindingReviews, moveStoryReviews, type ReviewMove } from "../db/reviews";
import { listStoryArticleIds } from "../db/stories";
import { getStoryOverview } from "./story-overview";
import { storyReviewKeysAfterJoin } from "./story-review-keys";

const state = globalThis as unknown as { lacunaReviewFollows?: Map<string, Promise<number>> };
/** The follow-up running for each story in this process: the next one waits for it (and finds its analysis cached). */
const running = (state.lacunaReviewFollows ??= new Map());

/** Runs `write`, which may put articles into these stories, then carries each story's reviews to their findings' keys. */
export async function joiningStories<T>(storyIds: Iterable<string | null | undefined>, write: () => Promise<T>): Promise<T> {
  const before = new Map<string, Set<string>>();
  for (const storyId of new Set(storyIds)) {
    if (storyId && (await hasFindingReviews(storyId))) before.set(storyId, new Set(await listStoryArticleIds(storyId)));
  }
  const result = await write();
  for (const [storyId, members] of before) {
    // Nothing joined (a duplicate not filed, an article already there): nothing to analyse.
    if ((await listStoryArticleIds(storyId)).some((id) => !members.has(id))) await followFindings(storyId, (id) => !members.has(id));
  }
  return result;
}

export function joiningStory<T>(storyId: string | null | undefined, write: () => Promise<T>): Promise<T> {
  return joiningStories([storyId], write);
}

/** After articles of the story changed their text: its reviews follow their findings. Returns how many moved. */
export async function followChangedArticles(storyId: string, changed: readonly string[]): Promise<number> {
  if (!(await hasFindingReviews(storyId))) return 0;
  return followFindings(storyId, (id) => changed.includes(id));
}

/** One follow-up at a time per story; a failure is logged, never thrown at the write that is already done. */
function followFindings(storyId: string, isChanged: (articleId: string) => boolean): Promise<number> {
  const previous = running.get(storyId) ?? Promise.resolve(0);
  const run = previous
    .then(() => carryReviews(storyId, isChanged))
    .catch((error: unknown) => {
      console.error(`Reviews of story ${storyId} could not follow their findings; they stay under their old keys.`, error);
      return 0;
    });
  running.set(storyId, run);
  void run.finally(() => {
    if (running.get(storyId) === run) running.delete(storyId);
  });
  return run;
}

async function carryReviews(storyId: string, isChanged: (articleId: string) => boolean): Promise<number> {
  const overview = await getStoryOverview(storyId);
  const changed = new Set(overview.articles.map((a) => a.id).filter(isChanged));
  if (!overview.coverage || changed.size === 0) return 0;
  const keyNow = storyReviewKeysAfterJoin({ sources: overview.coverage.sources, flags: overview.coverage.flags, passages: overview.passages }, changed);
  const moves: ReviewMove[] = [];
  const taken = new Set<string>();
  // The most recently saved first: of two reviews that would land on one finding, it is the one that goes there.
  for (const review of [...overview.reviews.values()].sort((x, y) => y.updatedAt.getTime() - x.updatedAt.getTime())) {
    const to = keyNow(review.flagKey);
    if (to === review.flagKey || taken.has(to)) continue;
    taken.add(to);
    moves.push({ from: review.flagKey, to, version: review.updatedAt });
  }
  return moveStoryReviews(storyId, moves);
}
