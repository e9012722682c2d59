/**
 * Use case step: a story's reviews follow their findings once articles joined
 * the story or changed their text (story-joins.ts marks the story before the
 * write). A story finding's key names the sources that leave it out
 * (lib/omissions/coverage.ts), so a new article that also leaves it out
 * changes the key; without this step the analyst's review would silently
 * detach. Which key a review goes to is decided on the story's analysis as it
 * is now (storyReviewKeysAfterJoin).
 *
 * It runs where that analysis is made anyway: the story's next overview (its
 * page, its report, an article's deletion), before the reviews are read. So a
 * join returns at once, a batch of links ingested into the story is analysed
 * once for all of them (on the next view) instead of once per link, and a
 * server stopped between the join and the move loses nothing: the mark is in
 * the database and the next overview honours it. A failure is logged and
 * leaves the mark, and every review under its old key, for the next overview.
 */
import "server-only";
import { getPendingRekey, settleRekey } from "../db/review-rekeys";
import { listReviews, moveStoryReviews, storyScope, type ReviewMove } from "../db/reviews";
import type { Coverage } from "../omissions/coverage";
import type { Passage } from "../text/types";
import { storyReviewKeysAfterJoin } from "./story-review-keys";

/** The story's analysis as its overview holds it. */
export interface AnalysedStory {
  articles: ReadonlyArray<{ id: string }>;
  coverage: Coverage | null;
  passages: ReadonlyArray<readonly Passage[]>;
}

const state = globalThis as unknown as { lacunaReviewRekeys?: Map<string, Promise<number>> };
/** The move running for each story in this process: a second overview waits for it, then finds no mark. */
const running = (state.lacunaReviewRekeys ??= new Map());

/** Moves the story's reviews to their findings' keys if a join or a change left them behind. Returns how many moved. */
export function carryPendingReviews(storyId: string, analysis: AnalysedStory): Promise<number> {
  const previous = running.get(storyId) ?? Promise.resolve(0);
  const run = previous
    .then(() => carry(storyId, analysis))
    .catch((error: unknown) => {
      console.error(`Reviews of story ${storyId} could not follow their findings; they stay under their old keys until its next view.`, error);
      return 0;
    });
  running.set(storyId, run);
  void run.finally(() => {
    if (running.get(storyId) === run) running.delete(storyId);
  });
  return run;
}

async function carry(storyId: string, analysis: AnalysedStory): Promise<number> {
  const pending = await getPendingRekey(storyId);
  if (!pending) return 0;
  const members = analysis.articles.map((a) => a.id);
  const keyedFor = new Set(pending.keyedFor);
  // Joined: not among the articles the keys were made for; changed: noted so (re-extracted, or joined again).
  const changed = new Set(members.filter((id) => !keyedFor.has(id) || pending.changed.includes(id)));
  const moved = analysis.coverage && changed.size > 0 ? await moveStoryReviews(storyId, movesFor(analysis, analysis.coverage, changed, await listReviews(storyScope(storyId)))) : 0;
  await settleRekey(storyId, pending, members);
  return moved;
}

function movesFor(analysis: AnalysedStory, coverage: Coverage, changed: ReadonlySet<string>, reviews: Awaited<ReturnType<typeof listReviews>>): ReviewMove[] {
  const keyNow = storyReviewKeysAfterJoin({ sources: coverage.sources, flags: coverage.flags, passages: analysis.passages }, changed);
  const moves: ReviewMove[] = [];
  const taken = new Set<string>();
  // The most recently saved first: of two reviews that would land on one finding, it is the one that goes there.
  for (const review of [...reviews.values()].sort((x, y) => y.updatedAt.getTime() - x.updatedAt.getTime())) {
    const to = keyNow(review.flagKey);
    if (to === review.flagKey || taken.has(to)) continue;
    taken.add(to);
    moves.push({ from: review.flagKey, to, version: review.updatedAt });
  }
  return moves;
}
