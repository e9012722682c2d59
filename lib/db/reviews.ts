/** Analysts' reviews of flags (reads and writes: the table is small and always used together). */
import "server-only";
import type { Prisma } from "../../generated/prisma/client";
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

/** The change a save makes: a verdict with its note, or null to remove the review. */
export type ReviewChange = { status: ReviewStatus; note: string } | null;

/**
 * What a conditional save did: written (with the review it replaced, null for
 * none, so the activity log can say what changed), or refused with the review
 * stored now (null: none).
 */
export type ReviewWrite =
  /** `reviewId`: the row the review is stored in now (null when removed): it keeps its id when its key moves. */
  | { status: "saved"; review: FlagReviewRecord | null; previous: FlagReviewRecord | null; reviewId: string | null }
  | { status: "conflict"; current: FlagReviewRecord | null };

type Tx = Prisma.TransactionClient;

const at = (a: ReviewAddress) => ({ scope: a.scope, flagKey: a.flagKey });

/**
 * Sets (or, with a null change, removes) the review at `store`, but only if
 * the review stored is still the one the editor saw: `expected` is its
 * updatedAt, null when they saw none. `older` are copies of the same review
 * under an earlier address (read when `store` has none; a save removes them).
 * Another editor's save in between is never overwritten: the result carries it.
 */
export async function writeReviewIfUnchanged(store: ReviewAddress, older: readonly ReviewAddress[], expected: Date | null, change: ReviewChange, reviewer: Reviewer): Promise<ReviewWrite> {
  const client = await db();
  // Later than the version it replaces even within one millisecond, so every save makes a new version.
  const savedAt = new Date(Math.max(Date.now(), (expected?.getTime() ?? 0) + 1));
  const by = { reviewerId: reviewer.id, reviewerName: reviewer.username };
  try {
    // A transaction that reads before it writes is retried on a stale snapshot (another process's commit in between).
    const written = await retryWhenBusy(() =>
      client.$transaction(async (tx) => {
        // Read in the same transaction as the write: the review this save replaces, exactly.
        const previous = await reviewAt(tx, store, older);
        const done = change ? await putIfUnchanged(tx, store, older, expected, { ...change, ...by, updatedAt: savedAt }) : await removeIfUnchanged(tx, store, older, expected);
        if (!done) return null;
        if (older.length > 0) await tx.flagReview.deleteMany({ where: { OR: older.map(at) } });
        const row = change ? await tx.flagReview.findUnique({ where: { scope_flagKey: at(store) }, select: { id: true } }) : null;
        return { previous, reviewId: row?.id ?? null };
      }),
    );
    if (written) return { status: "saved", review: change && { flagKey: store.flagKey, status: change.status, note: change.note, reviewerName: reviewer.username, updatedAt: savedAt }, previous: written.previous, reviewId: written.reviewId };
  } catch (error) {
    // Two first reviews at once: the unique (scope, flagKey) index lets one in and refuses the other here.
    if (!isUniqueViolation(error)) throw error;
  }
  return { status: "conflict", current: await currentReview(store, older) };
}

type Row = { status: ReviewStatus; note: string; reviewerId: string; reviewerName: string; updatedAt: Date };

async function putIfUnchanged(tx: Tx, store: ReviewAddress, older: readonly ReviewAddress[], expected: Date | null, row: Row): Promise<boolean> {
  if (expected === null) {
    // They saw none: an older copy is a review they did not see.
    if (older.length > 0 && (await tx.flagReview.count({ where: { OR: older.map(at) } })) > 0) return false;
    // The unique index refuses this when someone else's first review got in first.
    await tx.flagReview.create({ data: { ...at(store), ...row } });
    return true;
  }
  // The one conditional write: it matches only the version they saw.
  if ((await tx.flagReview.updateMany({ where: { ...at(store), updatedAt: expected }, data: row })).count === 1) return true;
  // They saw an older copy: move it here with the change, only if still unchanged (and, by the unique index, only while nothing is here).
  for (const old of older) {
    if ((await tx.flagReview.updateMany({ where: { ...at(old), updatedAt: expected }, data: { ...at(store), ...row } })).count === 1) return true;
  }
  return false;
}

async function removeIfUnchanged(tx: Tx, store: ReviewAddress, older: readonly ReviewAddress[], expected: Date | null): Promise<boolean> {
  // They saw none: anything stored now is someone else's.
  if (expected === null) return (await tx.flagReview.count({ where: { OR: [store, ...older].map(at) } })) === 0;
  if ((await tx.flagReview.deleteMany({ where: { ...at(store), updatedAt: expected } })).count === 1) return true;
  if ((await tx.flagReview.count({ where: at(store) })) > 0) return false;
  for (const old of older) {
    if ((await tx.flagReview.deleteMany({ where: { ...at(old), updatedAt: expected } })).count === 1) return true;
  }
  // Nothing they saw is left: refused if another review took its place, done if someone else removed it too.
  return older.length === 0 || (await tx.flagReview.count({ where: { OR: older.map(at) } })) === 0;
}

/** The review as stored now: at its address, else an older copy. */
async function currentReview(store: ReviewAddress, older: readonly ReviewAddress[]): Promise<FlagReviewRecord | null> {
  return reviewAt(await db(), store, older);
}

async function reviewAt(client: Pick<Tx, "flagReview">, store: ReviewAddress, older: readonly ReviewAddress[]): Promise<FlagReviewRecord | null> {
  for (const address of [store, ...older]) {
    const row = await client.flagReview.findUnique({ where: { scope_flagKey: at(address) } });
    if (row) return toRecord(row);
  }
  return null;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === "P2002";
}

/**
 * What a story review's key becomes when the article `leaving` leaves the
 * story (`standIn`: its copy that stands for its group from now on): the same
 * key, another, or null when the finding cannot exist any more.
 */
export type StoryReviewRekey = (flagKey: string, leaving: string, standIn: string | null) => string | null;

/**
 * Carries a story's reviews over to the keys their findings have once
 * `leaving` has left the story; a review whose finding is gone is removed,
 * as is one whose new key already holds a review (that one is the finding's
 * review as the story is now). A moved review keeps who set it and when:
 * nobody looked at it again, and the page's "by … · when", every export and
 * the next save's conflict check all read that time. Returns how many
 * reviews were removed.
 */
export async function rekeyStoryReviews(tx: Tx, storyId: string, leaving: string, standIn: string | null, rekey: StoryReviewRekey): Promise<number> {
  const scope = storyScope(storyId);
  const rows = await tx.flagReview.findMany({ where: { scope }, select: { id: true, flagKey: true, updatedAt: true } });
  const taken = new Set(rows.map((r) => r.flagKey));
  let removed = 0;
  for (const row of rows) {
    const next = rekey(row.flagKey, leaving, standIn);
    if (next === row.flagKey) continue;
    taken.delete(row.flagKey);
    if (next === null || taken.has(next)) {
      await tx.flagReview.delete({ where: { id: row.id } });
      removed++;
      continue;
    }
    // Given explicitly, or Prisma's @updatedAt stamps the move as if the review were set again now.
    await tx.flagReview.update({ where: { id: row.id }, data: { flagKey: next, updatedAt: row.updatedAt } });
    taken.add(next);
  }
  return removed;
}

/** Where reviews are stored now, by row id (a re-key moves a review to another key and keeps its row); a removed one is left out. */
export async function getReviewAddresses(ids: readonly string[]): Promise<Map<string, ReviewAddress>> {
  if (ids.length === 0) return new Map();
  const rows = await (await db()).flagReview.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, scope: true, flagKey: true } });
  return new Map(rows.map((r) => [r.id, { scope: r.scope, flagKey: r.flagKey }]));
}

/** Whether a story holds reviews of its findings ("coverage:…" keys): when none, nothing follows a change of its articles. */
export async function hasFindingReviews(storyId: string): Promise<boolean> {
  return (await (await db()).flagReview.count({ where: { scope: storyScope(storyId), flagKey: { startsWith: "coverage:" } } })) > 0;
}

/** One review to carry to its finding's key: from where it is to where the finding is now, as last saved (`version`). */
export interface ReviewMove {
  from: string;
  to: string;
  version: Date;
}

/**
 * Carries a story's reviews to their findings' new keys (articles joined the
 * story), in one transaction. Each move is conditional: a review saved again
 * since it was read (another tab), or gone, stays as it is; and one whose new
 * key holds a review already stays where it is (the review at the new key is
 * the finding's as the story is now; the other is kept, not shown, and is
 * back if the story returns to what it was). Nothing is removed. The version
 * is kept: the review's content did not change. Returns how many moved.
 */
export async function moveStoryReviews(storyId: string, moves: readonly ReviewMove[]): Promise<number> {
  if (moves.length === 0) return 0;
  const scope = storyScope(storyId);
  const client = await db();
  return retryWhenBusy(() =>
    client.$transaction(async (tx) => {
      let moved = 0;
      for (const move of moves) {
        if ((await tx.flagReview.count({ where: { scope, flagKey: move.to } })) > 0) continue;
        const { count } = await tx.flagReview.updateMany({ where: { scope, flagKey: move.from, updatedAt: move.version }, data: { flagKey: move.to, updatedAt: move.version } });
        moved += count;
      }
      return moved;
    }),
  );
}

/** The scopes of the comparisons of one article with others: "cmp:<id>:<other>" and "cmp:<other>:<id>". */
function pairScopesOf(articleId: string) {
  return { OR: [{ scope: { startsWith: `cmp:${articleId}:` } }, { scope: { endsWith: `:${articleId}` } }] };
}

/** How many reviews the comparisons of this article with others hold. */
export async function countPairReviewsOf(articleId: string): Promise<number> {
  return (await db()).flagReview.count({ where: { AND: [{ scope: { startsWith: "cmp:" } }, pairScopesOf(articleId)] } });
}

/** Removes the reviews of this article's comparisons (the article is being deleted: no view can show them again). */
export async function deletePairReviewsOf(tx: Tx, articleId: string): Promise<number> {
  return (await tx.flagReview.deleteMany({ where: { AND: [{ scope: { startsWith: "cmp:" } }, pairScopesOf(articleId)] } })).count;
}
