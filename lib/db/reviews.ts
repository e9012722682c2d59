/** Analysts' reviews of flags (reads and writes: the table is small and always used together). */
import "server-only";
import { db } from "./client";
import { retryWhenBusy } from "./retry-busy";

export type ReviewStatus = "confirmed" | "dismissed" | "needs-check";

export interface FlagReviewRecord {
  flagKey: string;
  status: ReviewStatus;
  note: string;
  /** Who last set it (null for reviews made before accounts existed). */
  reviewerName: string | null;
  /** When it was last set. */
  updatedAt: Date;
}

/** The signed-in account that makes a review. */
export interface Reviewer {
  id: string;
  username: string;
}

/** Where one review is stored. */
export interface ReviewAddress {
  scope: string;
  flagKey: string;
}

export function storyScope(storyId: string): string {
  return `story:${storyId}`;
}

function toRecord(r: { flagKey: string; status: string; note: string; reviewerName: string | null; updatedAt: Date }): FlagReviewRecord {
  return { flagKey: r.flagKey, status: r.status as ReviewStatus, note: r.note, reviewerName: r.reviewerName, updatedAt: r.updatedAt };
}

export async function countReviewsIn(scope: string): Promise<number> {
  return (await db()).flagReview.count({ where: { scope } });
}

export async function listReviews(scope: string): Promise<Map<string, FlagReviewRecord>> {
  const rows = await (await db()).flagReview.findMany({ where: { scope } });
  return new Map(rows.map((r) => [r.flagKey, toRecord(r)]));
}

/** The reviews of several scopes in one query, by scope then flag key (every scope asked for is in the result). */
export async function listReviewsIn(scopes: readonly string[]): Promise<Map<string, Map<string, FlagReviewRecord>>> {
  const rows = await (await db()).flagReview.findMany({ where: { scope: { in: [...scopes] } } });
  const byScope = new Map(scopes.map((s) => [s, new Map<string, FlagReviewRecord>()]));
  for (const r of rows) byScope.get(r.scope)?.set(r.flagKey, toRecord(r));
  return byScope;
}

/** Stores a review; `replaces` names an older copy of the same review elsewhere, removed in the same transaction. */
export async function saveReview(scope: string, flagKey: string, status: ReviewStatus, note: string, reviewer: Reviewer, replaces: readonly ReviewAddress[] = []) {
  const client = await db();
  const by = { reviewerId: reviewer.id, reviewerName: reviewer.username };
  // An upsert may read before it writes: retried on a stale snapshot (another reviewer's commit in between).
  await retryWhenBusy(() =>
    client.$transaction([
      client.flagReview.upsert({
        where: { scope_flagKey: { scope, flagKey } },
        create: { scope, flagKey, status, note, ...by },
        update: { status, note, ...by },
      }),
      ...replaces.map((old) => client.flagReview.deleteMany({ where: { scope: old.scope, flagKey: old.flagKey } })),
    ]),
  );
}

/** Removes a review wherever it is stored. */
export async function clearReview(addresses: readonly ReviewAddress[]) {
  if (addresses.length === 0) return;
  await (await db()).flagReview.deleteMany({ where: { OR: addresses.map((a) => ({ scope: a.scope, flagKey: a.flagKey })) } });
}
