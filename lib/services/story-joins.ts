/**
 * Use case step: articles join a story (filed under it, added or ingested
 * under it) or change what they say (re-extracted), and the story's reviews
 * must follow their findings (a finding's key names the sources that leave it
 * out, so a new article changes it). Here the story is only marked, in the
 * database and before the write, and a `story-rekey` job is queued with the
 * mark: the move needs the story's analysis, which the job makes in the
 * background (story-rekey-job.ts) or the story's next overview makes first,
 * whichever comes first (story-review-rekey.ts). A join returns at once, the
 * links of a batch ingested into the story share the job (it waits a few
 * seconds after a join, SETTLE_DELAY_MS), and a stop between the join and
 * the move leaves the mark and its job behind.
 *
 * The mark holds the write as under way until it ends, so a settle that runs
 * meanwhile keeps the mark even if it finishes before the article lands.
 *
 * Stories without reviews of findings skip all of it (one count). Articles
 * that joined are told apart by the story's members before the first join
 * not yet carried over (the mark keeps them), not by the caller, so two joins
 * at once (links of one batch ingested side by side) are both seen.
 */
import "server-only";
import { beginStoryWrite, endStoryWrite } from "../db/review-rekeys";
import { hasFindingReviews } from "../db/reviews";
import { listStoryArticleIds } from "../db/stories";
import { jobsQueued } from "../jobs/jobs-queued";

/** Runs `write`, which may put articles into these stories; each story with reviews is marked for its reviews to follow. */
export async function joiningStories<T>(storyIds: Iterable<string | null | undefined>, write: () => Promise<T>): Promise<T> {
  const before = new Map<string, { members: string[]; writeId: string }>();
  for (const storyId of new Set(storyIds)) {
    if (!storyId || !(await hasFindingReviews(storyId))) continue;
    const members = await listStoryArticleIds(storyId);
    // Before the write: a stop right after it must find the story marked.
    before.set(storyId, { members, writeId: await beginStoryWrite(storyId, members) });
  }
  try {
    return await write();
  } finally {
    // Ended even when the write failed part way (a batch): what it filed before failing is noted.
    for (const [storyId, { members, writeId }] of before) {
      // Noted by id too: an article that left and joined again is among the members the mark names,
      // and a mark that a settle removed between the two steps above is made again.
      const joined = (await listStoryArticleIds(storyId)).filter((id) => !members.includes(id));
      await endStoryWrite(storyId, writeId, joined, members);
    }
    if (before.size > 0) jobsQueued();
  }
}

export function joiningStory<T>(storyId: string | null | undefined, write: () => Promise<T>): Promise<T> {
  return joiningStories([storyId], write);
}

/** Runs `write`, which changes the text of these articles of the story (re-extracted): noted first, so its reviews follow their findings. */
export async function changingArticles<T>(storyId: string, changing: readonly string[], write: () => Promise<T>): Promise<T> {
  if (!(await hasFindingReviews(storyId))) return write();
  const members = await listStoryArticleIds(storyId);
  // Held as under way until the new text is stored: a settle meanwhile may have read the old one.
  const writeId = await beginStoryWrite(storyId, members, changing);
  try {
    return await write();
  } finally {
    await endStoryWrite(storyId, writeId, changing, members);
    jobsQueued();
  }
}
