/**
 * Use case: compare two stored articles. Comparisons are computed on every
 * request rather than cached: the analysis of two articles takes milliseconds
 * (see docs/alignment.md), and recomputing means an improved engine or a
 * re-extracted article shows at once, with no stale cache to invalidate.
 * What must persist, the analyst's reviews, is keyed by each flag's stable key.
 */
import "server-only";
import { getArticles } from "../db/articles";
import { comparisonScope, listReviews, type FlagReviewRecord } from "../db/reviews";
import { analyseComparison } from "./analyse-comparison";
import { toComparableDocument } from "./article-document";
import type { Comparison } from "../compare/types";
import { UserError } from "./user-error";

export interface ArticleComparison {
  articleAId: string;
  articleBId: string;
  comparison: Comparison;
  reviews: Map<string, FlagReviewRecord>;
  scope: string;
}

export async function compareArticles(articleAId: string, articleBId: string): Promise<ArticleComparison> {
  if (articleAId === articleBId) {
    throw new UserError("invalid_input", "An article compared with itself has no differences. Pick two different articles.");
  }
  const found = await getArticles([articleAId, articleBId]);
  const a = found.find((x) => x.id === articleAId);
  const b = found.find((x) => x.id === articleBId);
  if (!a || !b) {
    throw new UserError("not_found", `No stored article with id ${!a ? articleAId : articleBId}.`);
  }
  const scope = comparisonScope(articleAId, articleBId);
  const [comparison, reviews] = await Promise.all([analyseComparison(toComparableDocument(a), toComparableDocument(b)), listReviews(scope)]);
  return { articleAId, articleBId, comparison, reviews, scope };
}
