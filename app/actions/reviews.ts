"use server";

import { z } from "zod";
import { clearReview, saveReview } from "@/lib/db/reviews";

const reviewSchema = z.object({
  scope: z.string().regex(/^(cmp:[\w-]+:[\w-]+|story:[\w-]+)$/, "Unknown review scope."),
  flagKey: z.string().min(1).max(500),
  status: z.enum(["confirmed", "dismissed", "needs-check", "none"]),
  note: z.string().max(5000, "Keep the note under 5,000 characters.").default(""),
});

export type ReviewResult = { ok: true } | { ok: false; message: string };

/** Stores (or clears, with status "none") an analyst's review of one flag. */
export async function saveReviewAction(input: z.input<typeof reviewSchema>): Promise<ReviewResult> {
  const parsed = reviewSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid review." };
  const { scope, flagKey, status, note } = parsed.data;
  try {
    if (status === "none") await clearReview(scope, flagKey);
    else await saveReview(scope, flagKey, status, note);
    return { ok: true };
  } catch (error) {
    console.error("saveReviewAction failed", error);
    return { ok: false, message: "The review could not be saved; try again." };
  }
}
