/**
 * Use cases around analysts' reviews of flags: mark a flag confirmed,
 * dismissed or needing a check (with a note), clear the mark, and read the
 * marks back onto freshly computed flags. Flags are recomputed on every view,
 * so a review is stored against the flag's stable key within a scope.
 *
 * A pairwise review belongs to the pair of articles, not to the order they
 * are shown in: "Swap A and B" must keep it. It is stored in the scope
 * "cmp:<smaller id>:<larger id>" under the key the flag has when the article
 * with the smaller id is A; a view in the other order translates keys with
 * swapFlagKey. Reviews saved before this rule, in "cmp:<larger>:<smaller>"
 * under that view's keys, are still read (and moved on their next change).
 *
 * Several editors may review one comparison, each in a page loaded at some
 * time, so a save names the version of the review its page last saw (null
 * for none): if anyone changed the review since, nothing is overwritten and
 * the save gets the review as it is now, to show the editor.
 */
import "server-only";
import { z } from "zod";
import type { Comparison } from "../types/comparison";
import { reviewedBeforeTextChange, type ArticleTextState, type ReviewedBeforeTextChange } from "../report/reviewed-before-change";
import { articleExists } from "../db/articles";
import { countReviewsIn, listReviewsIn, writeReviewIfUnchanged, type FlagReviewRecord, type ReviewAddress, type Reviewer } from "../db/reviews";
import { storyExists } from "../db/stories";
import { swappedFlagKeys } from "./swap-flag-key";
import { UserError } from "./user-error";

const ID = /^[\w-]+$/;

/**
 * Most reviews one comparison or story holds. A real one has a few dozen
 * flags; the cap only stops a script from filling the table through a
 * valid scope with made-up flag keys.
 */
export const MAX_REVIEWS_PER_SCOPE = 2_000;

const reviewSchema = z.object({
  scope: z.string().regex(/^(cmp:[\w-]+:[\w-]+|story:[\w-]+)$/, "Unknown review scope."),
  flagKey: z.string().min(1, "Say which flag the review is for.").max(500),
  /** For a pairwise flag: its key in the view with A and B swapped (see swapFlagKey). */
  swappedKey: z.string().min(1).max(500).optional(),
  status: z.enum(["confirmed", "dismissed", "needs-check", "none"]),
  note: z.string().max(5000, "Keep the note under 5,000 characters.").default(""),
  /** The version of the review the editor last saw (ReviewState.version), null when they saw none. */
  version: z
    .string()
    .nullable()
    .default(null)
    .refine((v) => v === null || isVersion(v), "The review's version is not one Lacuna gave; reload the page."),
});

/** A version is the ISO time of the review's last save, exactly as Lacuna wrote it. */
function isVersion(text: string): boolean {
  const at = new Date(text);
  return !Number.isNaN(at.getTime()) && at.toISOString() === text;
}

/** A review as an editor's page holds it: the verdict, who set it, and the version a change starts from. */
export interface ReviewState {
  status: FlagReviewRecord["status"];
  note: string;
  /** Who last set it (null for reviews made before accounts existed). */
  by: string | null;
  /** When it was last set (ISO): what the next save names as the version it saw. */
  version: string;
  /** Set when an article the finding concerns had its text replaced after this review was last saved. */
  reviewedBeforeTextChange?: ReviewedBeforeTextChange;
}

export type ReviewFlagResult =
  /** `previous`: the review this save replaced (null: none), and `reviewId` the row it is stored in (null: cleared), for the activity log. */
  | { status: "saved"; review: ReviewState | null; previous: ReviewState | null; reviewId: string | null }
  /** Someone changed the review since the version named: nothing was written; `current` is what is stored (null: no review). */
  | { status: "conflict"; current: ReviewState | null };

/**
 * The review as a page holds it. `concerned`: the articles its finding concerns (both of a pair; those a story
 * finding names), so a review made before one of their texts changed says so. A review just saved has none.
 */
export function reviewStateOf(record: FlagReviewRecord, concerned: readonly ArticleTextState[] = []): ReviewState {
  const changed = reviewedBeforeTextChange(record.updatedAt, concerned);
  return { status: record.status, note: record.note, by: record.reviewerName, version: record.updatedAt.toISOString(), ...(changed ? { reviewedBeforeTextChange: changed } : {}) };
}

export type FlagReviewInput = z.input<typeof reviewSchema>;

/** The scope a view of A against B is addressed by (what the page hands to its review controls). */
export function viewScope(articleAId: string, articleBId: string): string {
  return `cmp:${articleAId}:${articleBId}`;
}

interface PairScopes {
  /** Where reviews of the pair are stored now. */
  canonical: string;
  /** Where reviews made in the larger-id-first view were stored before. */
  legacy: string;
  /** Whether the view's A is the article with the smaller id (its keys are the stored keys). */
  inCanonicalOrder: boolean;
}

function pairScopes(articleAId: string, articleBId: string): PairScopes {
  const inCanonicalOrder = articleAId < articleBId;
  const [first, second] = inCanonicalOrder ? [articleAId, articleBId] : [articleBId, articleAId];
  return { canonical: `cmp:${first}:${second}`, legacy: `cmp:${second}:${first}`, inCanonicalOrder };
}

/** Where a review of a flag seen in the view "A vs B" lives, and where an older copy of it may sit. */
function pairAddresses(articleAId: string, articleBId: string, flagKey: string, swappedKey: string | undefined): { store: ReviewAddress; older: ReviewAddress[] } {
  const scopes = pairScopes(articleAId, articleBId);
  const canonicalKey = scopes.inCanonicalOrder ? flagKey : swappedKey;
  const legacyKey = scopes.inCanonicalOrder ? swappedKey : flagKey;
  // A flag whose key cannot be translated keeps its review with the view it was made in.
  if (canonicalKey === undefined) return { store: { scope: scopes.legacy, flagKey }, older: [] };
  return { store: { scope: scopes.canonical, flagKey: canonicalKey }, older: legacyKey === undefined ? [] : [{ scope: scopes.legacy, flagKey: legacyKey }] };
}

/** Refuses a scope whose articles or story do not exist (any more). */
async function requireScopeExists(kind: string, first: string, second: string): Promise<void> {
  if (kind === "story") {
    if (!(await storyExists(first))) throw new UserError("not_found", "That story no longer exists; the review was not saved.");
    return;
  }
  if (first === second) throw new UserError("invalid_input", "A comparison needs two different articles.");
  const [a, b] = await Promise.all([articleExists(first), articleExists(second)]);
  if (!a || !b) throw new UserError("not_found", "One of the compared articles no longer exists; the review was not saved.");
}

/**
 * Stores the review under the reviewer's name, or clears it with status
 * "none", unless it changed since the version named. Throws UserError on
 * input the analyst can fix.
 */
export async function reviewFlag(input: FlagReviewInput, reviewer: Reviewer): Promise<ReviewFlagResult> {
  const parsed = reviewSchema.safeParse(input);
  if (!parsed.success) throw new UserError("invalid_input", parsed.error.issues[0]?.message ?? "Invalid review.");
  const { scope, flagKey, swappedKey, status, note, version } = parsed.data;
  const [kind = "", first = "", second = ""] = scope.split(":");
  await requireScopeExists(kind, first, second);
  const { store, older } = kind === "cmp" && ID.test(first) && ID.test(second) ? pairAddresses(first, second, flagKey, swappedKey) : { store: { scope, flagKey }, older: [] };
  if (status !== "none") {
    const stored = await listReviewsIn([store.scope]);
    if (!stored.get(store.scope)?.has(store.flagKey) && (await countReviewsIn(store.scope)) >= MAX_REVIEWS_PER_SCOPE) {
      throw new UserError("invalid_input", `This ${kind === "story" ? "story" : "comparison"} already holds ${MAX_REVIEWS_PER_SCOPE.toLocaleString("en")} reviews, the most Lacuna keeps for one.`);
    }
  }
  const result = await writeReviewIfUnchanged(store, older, version === null ? null : new Date(version), status === "none" ? null : { status, note }, reviewer);
  return result.status === "saved"
    ? { status: "saved", review: result.review && reviewStateOf(result.review), previous: result.previous && reviewStateOf(result.previous), reviewId: result.reviewId }
    : { status: "conflict", current: result.current && reviewStateOf(result.current) };
}

/** Stored reviews of a pair of articles, to be matched to flags once the comparison is computed. */
export interface PairReviews {
  scopes: PairScopes;
  canonical: Map<string, FlagReviewRecord>;
  legacy: Map<string, FlagReviewRecord>;
}

export async function readPairReviews(articleAId: string, articleBId: string): Promise<PairReviews> {
  const scopes = pairScopes(articleAId, articleBId);
  const byScope = await listReviewsIn([scopes.canonical, scopes.legacy]);
  return { scopes, canonical: byScope.get(scopes.canonical) ?? new Map(), legacy: byScope.get(scopes.legacy) ?? new Map() };
}

/**
 * The reviews of the comparison's flags, by the keys the flags carry in this
 * view. A review in the current scope wins over an older copy.
 */
export function matchPairReviews(stored: PairReviews, comparison: Comparison, swapped: Map<string, string> = swappedFlagKeys(comparison)): Map<string, FlagReviewRecord> {
  const reviews = new Map<string, FlagReviewRecord>();
  for (const flag of comparison.omissions) {
    const other = swapped.get(flag.key);
    const [canonicalKey, legacyKey] = stored.scopes.inCanonicalOrder ? [flag.key, other] : [other, flag.key];
    const review = (canonicalKey !== undefined ? stored.canonical.get(canonicalKey) : undefined) ?? (legacyKey !== undefined ? stored.legacy.get(legacyKey) : undefined);
    if (review) reviews.set(flag.key, review);
  }
  return reviews;
}

/** Reads and matches in one step, for callers that already have the comparison (story reports). */
export async function listComparisonReviews(articleAId: string, articleBId: string, comparison: Comparison): Promise<Map<string, FlagReviewRecord>> {
  return matchPairReviews(await readPairReviews(articleAId, articleBId), comparison);
}
