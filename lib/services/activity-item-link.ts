/**
 * Use case: open the item an Activity entry is about, at the moment its link
 * is clicked. A story review's key names the sources that leave its finding
 * out; when articles join the story the review moves to the finding's new key,
 * but only at the story's next view or its background job (story-joins.ts,
 * story-review-rekey.ts). A key read when the Activity page was listed, or
 * even now before that move, would open the story at nothing or at another
 * item. So the link is resolved here: the pending move is made first (what
 * the story page would do on opening anyway, so it costs no extra analysis),
 * then the review is found by its row, which keeps its id when its key moves.
 */
import "server-only";
import { findActivity } from "../db/activity";
import { currentHrefOf, storyOfMovableReview } from "./activity";
import { settleStoryReviews } from "./story-overview";
import { UserError } from "./user-error";

/** Where the entry's item is now (a page address, with the item's fragment for a review); null when it can no longer be opened. */
export async function openActivityItem(entryId: string): Promise<string | null> {
  const row = await findActivity(entryId);
  if (!row) return null;
  const storyId = storyOfMovableReview(row);
  if (storyId) {
    try {
      await settleStoryReviews(storyId);
    } catch (error) {
      // The story went meanwhile: currentHrefOf finds none. A failed move: the review is opened where it is.
      if (!(error instanceof UserError && error.code === "not_found")) console.error(`Reviews of story ${storyId} could not follow their findings before opening activity entry ${entryId}.`, error);
    }
  }
  return currentHrefOf(row);
}
