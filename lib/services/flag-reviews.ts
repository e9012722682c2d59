/**
 * Use case: an analyst marks a flag confirmed, dismissed or needing a check
 * (with a note), or clears the mark. Flags are recomputed on every view, so a
 * review is stored against the flag's stable key within its scope.
 */
import "server-only";
import { z } from "zod";
import { clearReview, saveReview } from "../db/reviews";
import { UserError } from "./user-error";

const reviewSchema = z.object({
  scope: z.string().regex(/^(cmp:[\w-]+:[\w-]+|story:[\w-]+)$/, "Unknown review scope."),
  flagKey: z.string().min(1, "Say which flag the review is for.").max(500),
  status: z.enum(["confirmed", "dismissed", "needs-check", "none"]),
  note: z.string().max(5000, "Keep the note under 5,000 characters.").default(""),
});

export type FlagReviewInput = z.input<typeof reviewSchema>;

/** Stores the review, or clears it with status "none". Throws UserError on input the analyst can fix. */
export async function reviewFlag(input: FlagReviewInput): Promise<void> {
  const parsed = reviewSchema.safeParse(input);
  if (!parsed.success) throw new UserError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid review.");
  const { scope, flagKey, status, note } = parsed.data;
  if (status === "none") await clearReview(scope, flagKey);
  else await saveReview(scope, flagKey, status, note);
}
