/**
 * Whether a review was made on text an article no longer has. An article's
 * stored text can be replaced in place (a fetch again of a changed page, a
 * re-extraction): its findings are recomputed and the reviews follow them,
 * keeping when they were made (nobody looked again). So "confirmed: the
 * Gazette leaves out the toll of 12" may have been checked against a Gazette
 * that has since gone to a toll of 15; the reader must be told. A review saved
 * again after the change (any status or note) is a check of the new text and
 * carries no marker: its time moves past the change.
 *
 * Pure: the callers hand in the review's time and the articles its finding
 * concerns, each with the time its text last changed (Article.textChangedAt).
 */
import { shortDate } from "../text/calendar-words";

/** An article a finding concerns, as the marker names it. */
export interface ArticleTextState {
  id: string;
  /** How the view names it ("Brackley Gazette", or "Meridian Press (2)" beside another of its outlet). */
  outlet: string;
  /** When its text or title was last replaced; null when never. */
  textChangedAt: Date | string | null;
}

/** The change a review predates: which article, named how, and when (ISO). Also the JSON export's field. */
export interface ReviewedBeforeTextChange {
  articleId: string;
  outlet: string;
  changedAt: string;
}

const time = (at: Date | string): number => (typeof at === "string" ? Date.parse(at) : at.getTime());

/**
 * The latest text change, among `articles`, made after the review was last
 * saved (`reviewedAt`); undefined when the review is as recent as every text.
 * The latest, because that is the text the reader sees now.
 */
export function reviewedBeforeTextChange(reviewedAt: Date | string, articles: readonly ArticleTextState[]): ReviewedBeforeTextChange | undefined {
  const reviewed = time(reviewedAt);
  let latest: { article: ArticleTextState; at: number } | undefined;
  for (const article of articles) {
    if (article.textChangedAt === null) continue;
    const at = time(article.textChangedAt);
    if (Number.isNaN(at) || !(at > reviewed)) continue;
    if (!latest || at > latest.at) latest = { article, at };
  }
  return latest && { articleId: latest.article.id, outlet: latest.article.outlet, changedAt: new Date(latest.at).toISOString() };
}

/** "7 Dec 2026, 15:46 UTC", the same wherever it is rendered (no locale, no time zone of the machine). */
function utcTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return "";
  return `${shortDate(at.getUTCDate(), at.getUTCMonth() + 1, at.getUTCFullYear())}, ${at.toISOString().slice(11, 16)} UTC`;
}

/**
 * "Reviewed before Brackley Gazette's text changed (7 Dec 2026, 15:46 UTC)": plain text, every format escapes it
 * as it escapes the outlet's name elsewhere.
 */
export function reviewedBeforeTextChangeNote(change: Pick<ReviewedBeforeTextChange, "outlet" | "changedAt">): string {
  const when = utcTime(change.changedAt);
  return `Reviewed before ${change.outlet}'s text changed${when ? ` (${when})` : ""}`;
}
