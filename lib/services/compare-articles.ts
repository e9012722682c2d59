/**
 * Use case: compare two stored articles. The analysis is kept in memory by
 * the content it depends on (analyse-comparison.ts), so a re-extracted
 * article or a new alias shows at once and nothing stale is ever served;
 * what must persist, the analyst's reviews, is read on every request and
 * keyed by each flag's stable key.
 */
import "server-only";
import { getArticles } from "../db/articles";
import type { FlagReviewRecord } from "../db/reviews";
import { analyseComparison } from "./analyse-comparison";
import { toComparableDocument } from "./article-document";
import type { Comparison } from "../types/comparison";
import { pairLabels, type SideLabels } from "../compare/source-labels";
import type { ArticleTextState } from "../report/reviewed-before-change";
import { matchPairReviews, readPairReviews, viewScope } from "./flag-reviews";
import { swappedFlagKeys } from "./swap-flag-key";
import { DEFAULT_ALIGN_PARAMS } from "../align/params";
import { UserError } from "./user-error";

export interface ArticleComparison {
  articleAId: string;
  articleBId: string;
  comparison: Comparison;
  /** How the two are named: the comparison's reasons and notes already say these (`names`, else the pair's own rule). */
  labels: SideLabels;
  /** The analyst's reviews, by the flag keys of this view (reviews made with A and B swapped included). */
  reviews: Map<string, FlagReviewRecord>;
  /** Each flag's key in the swapped view, sent back with a review so it is stored once for the pair. */
  swappedKeys: Map<string, string>;
  scope: string;
  /** Passages past the aligner's cap, left out of the comparison (null when every passage was compared). */
  notCompared: NotCompared | null;
  /**
   * A and B, named as the page names them, with when their text last changed: every review of the pair
   * concerns both, so one made before either text changed is marked (reviewStateOf).
   */
  textStates: [ArticleTextState, ArticleTextState];
}

/** Passages of each side past the aligner's cap (`maxPassages`), and the cap. */
export interface NotCompared {
  a: number;
  b: number;
  limit: number;
}

/** `names`: how a wider view names the two (a story's numbered labels, storyPairLabels); by default the pair's own rule. */
export async function compareArticles(articleAId: string, articleBId: string, names?: SideLabels | null): Promise<ArticleComparison> {
  if (articleAId === articleBId) {
    throw new UserError("invalid_input", "An article compared with itself has no differences. Pick two different articles.");
  }
  const found = await getArticles([articleAId, articleBId]);
  const a = found.find((x) => x.id === articleAId);
  const b = found.find((x) => x.id === articleBId);
  if (!a || !b) {
    throw new UserError("not_found", `No stored article with id ${!a ? articleAId : articleBId}.`);
  }
  const [docA, docB] = [toComparableDocument(a), toComparableDocument(b)];
  // Named before the analysis, which writes its reasons with these names (the page, its reports and its title say the same).
  const labels = names ?? pairLabels(docA.info, docB.info);
  const [comparison, stored] = await Promise.all([analyseComparison(docA, docB, labels), readPairReviews(articleAId, articleBId)]);
  const { notComparedA, notComparedB } = comparison.stats;
  const notCompared = notComparedA + notComparedB > 0 ? { a: notComparedA, b: notComparedB, limit: DEFAULT_ALIGN_PARAMS.maxPassages } : null;
  const swappedKeys = swappedFlagKeys(comparison);
  const reviews = matchPairReviews(stored, comparison, swappedKeys);
  const textStates: [ArticleTextState, ArticleTextState] = [
    { id: a.id, outlet: labels.a, textChangedAt: a.textChangedAt },
    { id: b.id, outlet: labels.b, textChangedAt: b.textChangedAt },
  ];
  return { articleAId, articleBId, comparison, labels, reviews, swappedKeys, scope: viewScope(articleAId, articleBId), notCompared, textStates };
}
