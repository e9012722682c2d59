/** Analysts' reviews of flags (reads and writes: the table is small and always used together). */
import "server-only";
import { db } from "./client";

export type ReviewStatus = "confirmed" | "dismissed" | "needs-check";

export interface FlagReviewRecord {
  flagKey: string;
  status: ReviewStatus;
  note: string;
  updatedAt: Date;
}

export function comparisonScope(articleAId: string, articleBId: string): string {
  return `cmp:${articleAId}:${articleBId}`;
}

export function storyScope(storyId: string): string {
  return `story:${storyId}`;
}

export async function listReviews(scope: string): Promise<Map<string, FlagReviewRecord>> {
  const rows = await (await db()).flagReview.findMany({ where: { scope } });
  return new Map(rows.map((r) => [r.flagKey, { flagKey: r.flagKey, status: r.status as ReviewStatus, note: r.note, updatedAt: r.updatedAt }]));
}

export async function saveReview(scope: string, flagKey: string, status: ReviewStatus, note: string) {
  await (await db()).flagReview.upsert({
    where: { scope_flagKey: { scope, flagKey } },
    create: { scope, flagKey, status, note },
    update: { status, note },
  });
}

export async function clearReview(scope: string, flagKey: string) {
  await (await db()).flagReview.deleteMany({ where: { scope, flagKey } });
}
