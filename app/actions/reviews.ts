"use server";

import { requireEditor } from "@/lib/auth/guards";
import { reviewFlag, type FlagReviewInput } from "@/lib/services/flag-reviews";
import { UserError } from "@/lib/services/user-error";

export type ReviewResult = { ok: true } | { ok: false; message: string };

/** Stores (or clears, with status "none") an analyst's review of one flag. */
export async function saveReviewAction(input: FlagReviewInput): Promise<ReviewResult> {
  const reviewer = await requireEditor();
  try {
    await reviewFlag(input, reviewer);
    return { ok: true };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, message: error.message };
    console.error("saveReviewAction failed", error);
    return { ok: false, message: "The review could not be saved; try again." };
  }
}
