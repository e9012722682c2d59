/**
 * Use case: delete an article, and tell the analyst beforehand what happens
 * to the reviews around it. The reviews of its comparisons with other
 * articles go with it (no view can show them again). Its story's reviews stay
 * with their findings: a finding it was absent from along with others is the
 * same finding without it, and its review is carried over to the finding's
 * new key (story-review-keys.ts); a finding only it left out no longer exists,
 * so its review goes, and the warning names it.
 */
import "server-only";
import { deleteArticle } from "../db/article-mutations";
import { getArticleHeader, listSameTextArticles } from "../db/articles";
import { countPairReviewsOf, type FlagReviewRecord } from "../db/reviews";
import { getStoryOverview } from "./story-overview";
import { storyReviewKeyWithout } from "./story-review-keys";
import { UserError } from "./user-error";

export async function deleteArticleKeepingReviews(articleId: string): Promise<{ title: string; outlet: string }> {
  return deleteArticle(articleId, storyReviewKeyWithout);
}

/** What deleting the article does to reviews. */
export interface DeletionEffects {
  /** Reviews of the article's comparisons with other articles: they go with it. */
  pairReviews: number;
  /** The story it is in (null: none). */
  story: { id: string; title: string } | null;
  /** Reviews of the story carried over to the same findings without the article. */
  storyReviewsKept: number;
  /** Reviews of story findings that only this article left out: they go, with what they reviewed. */
  storyReviewsLost: Array<{ finding: string; status: FlagReviewRecord["status"] }>;
}

export async function deletionEffects(articleId: string): Promise<DeletionEffects> {
  const article = await getArticleHeader(articleId);
  if (!article) throw new UserError("not_found", "That article no longer exists.");
  const pairReviews = await countPairReviewsOf(articleId);
  if (!article.storyId) return { pairReviews, story: null, storyReviewsKept: 0, storyReviewsLost: [] };
  const overview = await getStoryOverview(article.storyId);
  const flagText = new Map((overview.coverage?.flags ?? []).map((f) => [f.key, f.text]));
  // A copy of the article (same text) still in the story stands for it afterwards, as the delete does.
  const inStory = new Set(overview.articles.map((a) => a.id));
  const copies = (await listSameTextArticles(article.contentHash)).filter((a) => a.id !== articleId && inStory.has(a.id));
  const standIn = copies.map((a) => a.id).sort()[0] ?? null;
  const lost: DeletionEffects["storyReviewsLost"] = [];
  let kept = 0;
  for (const [key, review] of overview.reviews) {
    if (storyReviewKeyWithout(key, articleId, standIn) === null) lost.push({ finding: flagText.get(key) ?? key, status: review.status });
    else kept++;
  }
  return { pairReviews, story: overview.story, storyReviewsKept: kept, storyReviewsLost: lost };
}

const STATUS_WORDS: Record<FlagReviewRecord["status"], string> = { confirmed: "Confirmed", dismissed: "Dismissed", "needs-check": "Needs check" };

/** The question the Delete button asks, saying which reviews go and which stay. */
export function deletionWarning(effects: DeletionEffects): string {
  const lines = ["Delete this article? It leaves its story and every comparison."];
  if (effects.pairReviews > 0) lines.push(`The ${plural(effects.pairReviews, "review")} of its comparisons with other articles go with it.`);
  if (effects.story && effects.storyReviewsKept > 0) {
    lines.push(`The ${plural(effects.storyReviewsKept, "review")} of the story “${effects.story.title}” stay with their findings (a finding it helped report that no longer clears the bar without it is no longer shown, nor its review).`);
  }
  if (effects.story && effects.storyReviewsLost.length > 0) {
    lines.push(`These ${plural(effects.storyReviewsLost.length, "review")} of the story go, as only this article left out what they review:`);
    for (const r of effects.storyReviewsLost) lines.push(`• ${STATUS_WORDS[r.status]}: ${r.finding}`);
  }
  if (lines.length === 1) lines.push("No review is affected.");
  return lines.join("\n");
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}
