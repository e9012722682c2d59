/**
 * Use case: the activity log's entries for reviews, so a team sees who
 * confirmed, dismissed, marked for a check, cleared or annotated which item,
 * and where, and can open the item from the entry. The entry is written from
 * what the save replaced and what it stored (one transaction's read, not the
 * page's belief), and names the item the way the editor's page numbered and
 * titled it: the server does not recompute a comparison to name one item.
 */
import "server-only";
import { z } from "zod";
import { getArticleListRows } from "../db/articles";
import { pairLabels } from "../compare/source-labels";
import { clipAtWord } from "../text/clip";
import { quoted, recordActivity, storyLabel, type ActivityAction } from "./activity";
import type { ReviewState } from "./flag-reviews";

/** How the editor's page names the item reviewed: its number (the one every report gives it) and its title. */
export const reviewedItemSchema = z.object({
  number: z.number().int().min(1).max(1_000_000),
  title: z.string().trim().min(1).max(2_000),
});
export type ReviewedItem = z.infer<typeof reviewedItemSchema>;

type Verdict = ReviewState["status"];
type Review = Pick<ReviewState, "status" | "note">;

const LABEL: Record<Verdict, string> = { confirmed: "Confirmed", dismissed: "Dismissed", "needs-check": "Needs check" };

/** "item 5, “Paul Hendry”": the item as its page shows it; "an item" when the page did not say. */
export function itemName(item: ReviewedItem | undefined): string {
  if (!item) return "an item";
  return `item ${item.number}, ${quoted(clipAtWord(item.title.replace(/\s+/g, " "), 80))},`;
}

function verdictPhrase(status: Verdict, item: string): string {
  return status === "needs-check" ? `marked ${item} as needing a check` : `${status} ${item}`;
}

const noting = (note: string) => (note ? `, noting ${quoted(note)}` : "");

/**
 * What a save changed, as the log's action and words; null when it changed
 * nothing (the same review saved again). `where` reads "in the story “…”".
 */
export function describeReviewChange(previous: Review | null, now: Review | null, item: string, where: string): { action: ActivityAction; text: string } | null {
  const at = (text: string) => `${text} ${where}`;
  if (!now) return previous ? { action: "review.cleared", text: at(`cleared the review of ${item}`) + ` (it was ${LABEL[previous.status]})` } : null;
  if (!previous) return { action: `review.${now.status}`, text: at(verdictPhrase(now.status, item)) + noting(now.note) };
  if (previous.status !== now.status) {
    return { action: `review.${now.status}`, text: at(verdictPhrase(now.status, item)) + ` (it was ${LABEL[previous.status]})` + (now.note !== previous.note ? noting(now.note) : "") };
  }
  if (now.note === previous.note) return null;
  if (!now.note) return { action: "review.note", text: at(`removed the note on ${item}`) };
  return { action: "review.note", text: at(`${previous.note ? "changed the note on" : "added a note to"} ${item}`) + `: ${quoted(now.note)}` };
}

/** Where the review was made, as the log says it: "in the story “…”", "in the comparison of Meridian Press with Daily Courier". */
export async function reviewPlace(scope: string): Promise<string> {
  const [kind = "", first = "", second = ""] = scope.split(":");
  if (kind === "story") return `in ${await storyLabel(first)}`;
  const rows = await getArticleListRows([first, second]);
  const [a, b] = [first, second].map((id) => rows.find((r) => r.id === id));
  if (!a || !b) return "in a comparison";
  // Named as the compare page names them: two articles of one outlet are told apart (by day, else title).
  const source = (row: NonNullable<typeof a>) => ({ outlet: row.outlet.name, title: row.title, publishedAt: row.publishedAt?.toISOString() ?? null });
  const labels = pairLabels(source(a), source(b));
  return `in the comparison of ${labels.a} with ${labels.b}`;
}

/**
 * Records a saved review in the activity log, about the item in the view it
 * was made in (`scope` as the page gave it, the flag key it was saved under),
 * so the entry's link opens that view at the item, and the review's row
 * (`reviewId`), so the link still finds the item after the story's articles
 * change and the review moves to its finding's new key. Never fails the review.
 */
export async function recordReviewActivity(
  reviewer: { username: string },
  saved: { scope: string; flagKey: string; previous: Review | null; review: Review | null; reviewId?: string | null },
  item: unknown,
): Promise<void> {
  try {
    const parsed = reviewedItemSchema.safeParse(item);
    const change = describeReviewChange(saved.previous, saved.review, itemName(parsed.success ? parsed.data : undefined), await reviewPlace(saved.scope));
    if (change) await recordActivity(reviewer, change.action, change.text, reviewSubject(saved.scope, saved.flagKey), saved.reviewId);
  } catch (error) {
    console.error(`review activity not recorded (${reviewer.username}, ${saved.scope})`, error);
  }
}

/** A review entry's subject: the view's scope and the item's flag key ("story:ID#key", "cmp:A:B#key"). */
export function reviewSubject(scope: string, flagKey: string): string {
  return `${scope}#${flagKey}`;
}
