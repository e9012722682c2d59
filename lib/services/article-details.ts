/**
 * Use case: the analyst corrects a stored article's title, outlet,
 * publication date or byline (a pasted report filed under a typo of its
 * outlet, a page whose date the extractor missed). Every view and report
 * reads these fields; the caches of story analyses and comparisons are keyed
 * by them, so the next view shows the correction.
 */
import "server-only";
import { updateArticleDetails } from "../db/article-details";
import { articleDetailsSchema, firstIssue, type ArticleDetailsInput } from "./article-schemas";
import { UserError } from "./user-error";

export async function editArticleDetails(articleId: string, input: ArticleDetailsInput): Promise<{ outletId: string }> {
  const parsed = articleDetailsSchema.safeParse(input);
  if (!parsed.success) throw new UserError("invalid_input", firstIssue(parsed.error, input));
  const { title, outlet, publishedAt, byline } = parsed.data;
  const result = await updateArticleDetails(String(articleId), {
    title,
    outletName: outlet,
    publishedAt: publishedAt ? new Date(publishedAt) : null,
    byline: byline ?? null,
  });
  if (result.status === "not_found") throw new UserError("not_found", "That article no longer exists.");
  if (result.status === "clash") {
    throw new UserError("duplicate", `${outlet} already has an article with this very text; nothing was changed.`, { articleId: result.articleId });
  }
  return { outletId: result.outletId };
}
