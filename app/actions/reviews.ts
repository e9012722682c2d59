"use server";

import { requireEditor } from "@/lib/auth/guards";
import { reviewFlag, type FlagReviewInput, type ReviewFlagResult } from "@/lib/services/flag-reviews";
import { UserError } from "@/lib/services/user-error";

export type ReviewResult = ReviewFlagResult | { status: "error"; message: string };

/**
 * Stores (or clears, with status "none") an analyst's review of one flag, unless another editor
 * changed it since the version the page saw (the result then carries their review).
 */
export async function saveReviewAction(input: FlagReviewInput): Promise<ReviewResult> {
  const reviewer = await requireEditor();
  try {
    return await reviewFlag(input, reviewer);
  } catch (error) {
    if (error instanceof UserError) return { status: "error", message: error.message };
    console.error("saveReviewAction failed", error);
    return { status: "error", message: "The review could not be saved; try again." };
  }
}
