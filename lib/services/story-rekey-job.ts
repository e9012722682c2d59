/**
 * The queue's handler for `story-rekey` jobs (queued with a story's mark,
 * lib/db/review-rekeys.ts): the story's reviews follow their findings in the
 * background after articles joined it or changed, so a story nobody opens
 * does not keep them under their old keys. A view that comes first does the
 * same (story-overview.ts); the job then finds no mark and ends at once.
 */
import "server-only";
import { STORY_REKEY_JOB } from "../db/review-rekeys";
import type { JobConfig } from "../jobs/job-config";
import type { JobKind } from "../jobs/job-worker";
import { settleStoryReviews } from "./story-overview";
import { UserError } from "./user-error";

function storyIdOf(payload: unknown): string {
  const storyId = (payload as { storyId?: unknown })?.storyId;
  if (typeof storyId !== "string") throw new Error("A story-rekey job without a story id.");
  return storyId;
}

export function storyRekeyJobKind(config: Pick<JobConfig, "analysisBudgetMs">): JobKind {
  return {
    name: STORY_REKEY_JOB,
    // One story analysed at a time across all workers (CPU-bound, like an export); never one story twice at once.
    cap: { total: 1, perKey: 1 },
    timeoutMs: config.analysisBudgetMs * 2,
    async run(payload) {
      try {
        await settleStoryReviews(storyIdOf(payload));
      } catch (error) {
        // The story was deleted since (its mark went with it): nothing to move.
        if (error instanceof UserError && error.code === "not_found") return;
        throw error;
      }
    },
    // The mark stays: the story's next view, or the next join's job, moves the reviews.
    async giveUp() {},
  };
}
