"use server";

import { requireEditor } from "@/lib/auth/guards";
import { reviewFlag, type FlagReviewInput, type ReviewFlagResult } from "@/lib/services/flag-reviews";
import { recordReviewActivity, type ReviewedItem } from "@/lib/services/review-activity";
import { UserError } from "@/lib/services/user-error";

export type ReviewResult = ReviewFlagResult | { status: "error"; message: string };

/**
 * Stores (or clears, with status "none") an analyst's review of one flag, unless another editor
 * changed it since the version the page saw (the result then carries their review). A save that
 * changed something is logged, naming the item as the page shows it (`item`: its number and title).
 */
export async function saveReviewAction(input: FlagReviewInput, item?: ReviewedItem): Promise<ReviewResult> {
  const reviewer = await requireEditor();
  try {
    const result = await reviewFlag(input, reviewer);
    if (result.status === "saved") await recordReviewActivity(reviewer, { scope: String(input.scope), flagKey: String(input.flagKey), previous: result.previous, review: result.review, reviewId: result.reviewId }, item);
    return result;
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message };
    console.error("saveReviewAction failed", error);
    return { status: "error", message: "The review could not be saved; try again." };
  }
}
