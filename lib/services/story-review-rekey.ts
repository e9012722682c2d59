/**
 * Use case step: a story's reviews follow their findings once articles joined
 * the story or changed their text (story-joins.ts marks the story before the
 * write). A story finding's key names the sources that leave it out
 * (lib/omissions/coverage.ts), so a new article that also leaves it out
 * changes the key; without this step the analyst's review would silently
 * detach. Which key a review goes to is decided on the story's analysis as it
 * is now (storyReviewKeysAfterJoin).
 *
 * It runs on the story's analysis, wherever that is made first: the
 * `story-rekey` job queued with the mark (story-rekey-job.ts), or any read
 * of the story's reviews before it (its page, its report or export, an
 * article's deletion: all through story-overview.ts), before the reviews are
 * read. Running it twice is harmless: the second finds the mark gone. A
 * failure leaves the mark, and every review under its old key, for the next
 * settle; the view logs it, the job fails with it.
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

const state = globalThis as unknown as { lacunaReviewRekeys?: Map<string, Promise<unknown>> };
/** The move running for each story in this process: a second settle waits for it, then finds no mark. */
const running = (state.lacunaReviewRekeys ??= new Map());

/** Moves the story's reviews to their findings' keys if a join or a change left them behind. Returns how many moved; throws if they could not. */
export function settlePendingReviews(storyId: string, analysis: AnalysedStory): Promise<number> {
  const previous = running.get(storyId) ?? Promise.resolve();
  const run = previous.then(() => carry(storyId, analysis));
  const settled = run.catch(() => undefined);
  running.set(storyId, settled);
  void settled.finally(() => {
    if (running.get(storyId) === settled) running.delete(storyId);
  });
  return run;
}

/** The same for a view: a failure is logged, and the reviews are shown where they are. */
export function carryPendingReviews(storyId: string, analysis: AnalysedStory): Promise<number> {
  return settlePendingReviews(storyId, analysis).catch((error: unknown) => {
    console.error(`Reviews of story ${storyId} could not follow their findings; they stay under their old keys until the next settle.`, error);
    return 0;
  });
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
