/**
 * Use case step: articles join a story (filed under it, added or ingested
 * under it) or change what they say (re-extracted), and the story's reviews
 * must follow their findings (a finding's key names the sources that leave it
 * out, so a new article changes it). Here the story is only marked, in the
 * database and before the write: the move needs the story's analysis, which
 * its next overview makes anyway, and is done there (story-review-rekey.ts).
 * A join returns at once, a batch of links ingested into the story costs one
 * analysis, not one per link, and a stop between the join and the move leaves
 * the mark behind, honoured on the next view.
 *
 * Stories without reviews of findings skip all of it (one count). Articles
 * that joined are told apart by the story's members before the first join
 * not yet carried over (the mark keeps them), not by the caller, so two joins
 * at once (links of one batch ingested side by side) are both seen.
 */
import "server-only";
import { markReviewsKeyedFor, noteRekeyChanged } from "../db/review-rekeys";
import { hasFindingReviews } from "../db/reviews";
import { listStoryArticleIds } from "../db/stories";

/** Runs `write`, which may put articles into these stories; each story with reviews is marked for its reviews to follow. */
export async function joiningStories<T>(storyIds: Iterable<string | null | undefined>, write: () => Promise<T>): Promise<T> {
  const before = new Map<string, string[]>();
  for (const storyId of new Set(storyIds)) {
    if (!storyId || !(await hasFindingReviews(storyId))) continue;
    const members = await listStoryArticleIds(storyId);
    // Before the write: a stop right after it must find the story marked.
    await markReviewsKeyedFor(storyId, members);
    before.set(storyId, members);
  }
  const result = await write();
  for (const [storyId, members] of before) {
    // Noted by id too: an article that left and joined again is among the members the mark names,
    // and a mark that an overview settled between the two steps above is made again.
    const joined = (await listStoryArticleIds(storyId)).filter((id) => !members.includes(id));
    if (joined.length > 0) await noteRekeyChanged(storyId, joined, members);
  }
  return result;
}

export function joiningStory<T>(storyId: string | null | undefined, write: () => Promise<T>): Promise<T> {
  return joiningStories([storyId], write);
}

/** Before articles of the story change their text (re-extracted): noted, so its reviews follow their findings on its next view. */
export async function changingArticles(storyId: string, changing: readonly string[]): Promise<void> {
  if (!(await hasFindingReviews(storyId))) return;
  await noteRekeyChanged(storyId, changing, await listStoryArticleIds(storyId));
}
