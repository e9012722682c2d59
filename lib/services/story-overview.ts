/**
 * Use case: everything the story page and the story report show — the
 * articles, how similar each is to the others, and the N-way coverage matrix
 * with its flags ("mentioned by 3 of 4 sources; absent from …").
 *
 * The analysis is cached by the content of the story's articles (their ids,
 * content hashes and shown fields, and the alias list): a story viewed again
 * is not analysed again, and an added, removed or re-extracted article, or a
 * changed alias, changes the key, so a stale analysis can never be served.
 * Pairwise similarities are cached by the two articles' content hashes, so an
 * article added to a story of 30 costs 30 comparisons, not 465 (docs/scale.md).
 */
import "server-only";
import { createHash } from "node:crypto";
import { numberedOutletLabels, type SideLabels } from "../compare/source-labels";
import { pairShares, sharedWithOthers, type PairShare } from "../compare/shared-with-others";
import { segmentBlocks } from "../text/segment";
import type { Passage } from "../text/types";
import { listEntityAliases } from "../db/aliases";
import { getPendingRekey } from "../db/review-rekeys";
import { storyScope, listReviews } from "../db/reviews";
import { getStory, getStoryHeader } from "../db/stories";
import { copiesAfterOriginals, originalFirst, type OrderedArticle } from "../db/story-order";
import { groupCopies, groupsInOrder } from "../omissions/copy-groups";
import type { Coverage } from "../omissions/coverage";
import type { ArticleTextState } from "../report/reviewed-before-change";
import type { ComparableDocument } from "../types/comparison";
import { analyseStory } from "../workers/story-analysis";
import { citationUrl, toComparableDocument, type StoredArticleText } from "./article-document";
import { BoundedCache } from "./bounded-cache";
import { analyseStoryOffThread, isLongAnalysis } from "./off-thread";
import { preparedDocument } from "./prepared-documents";
import { carryPendingReviews, settlePendingReviews } from "./story-review-rekey";
import { summaryOf, summaryVersionOf } from "./story-summary";
import { UserError } from "./user-error";

export interface StoryArticleView {
  id: string;
  title: string;
  outlet: string;
  outletKind: string;
  publishedAt: string | null;
  url: string | null;
  wordCount: number;
  label: string;
  /** Mean similarity to the story's other articles in its language (null when not computed, or none is). */
  meanSimilarity: number | null;
  /** Other articles left out of that mean: in another language, so not compared. */
  notComparedWith: number;
  /** Its figure with each article of the story, in order (null for itself and when not computed; "other-language" when not compared). */
  sharedWith: PairShare[];
  /**
   * The label of the story's article this one is a syndicated copy of, or
   * null: the two are one report in the coverage (the same or nearly the same
   * text, lib/omissions/copy-groups.ts), and that one is the original
   * (published first, else more words, else stored first).
   */
  copyOf: string | null;
}

interface CachedStoryAnalysis {
  articles: StoryArticleView[];
  similarity: (number | null)[][];
  coverage: Coverage | null;
  documents: ComparableDocument[];
  passages: Passage[][];
}

type Aliases = Awaited<ReturnType<typeof listEntityAliases>>;

const state = globalThis as unknown as {
  lacunaStoryAnalyses?: BoundedCache<string, { key: string; analysis: CachedStoryAnalysis }>;
  lacunaPairSimilarities?: BoundedCache<string, number>;
};
/** Story analyses, weighed by the characters of article text they hold: about 20 MB of text at most. */
const analyses = (state.lacunaStoryAnalyses ??= new BoundedCache(10_000_000));
/** Pair similarities: a number each, 200,000 pairs. */
const pairSimilarities = (state.lacunaPairSimilarities ??= new BoundedCache(200_000));

interface ArticleIdentity {
  id: string;
  contentHash: string;
  title: string;
  publishedAt: Date | null;
  url: string | null;
  canonicalUrl: string | null;
  finalUrl: string | null;
  wordCount: number;
  outlet: { name: string; kind: string };
}

/** What the analysis depends on: every article's content and shown fields, in order, and the aliases. */
export function storyContentKey(articles: readonly ArticleIdentity[], aliases: Aliases): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(aliases));
  for (const a of articles) hash.update(JSON.stringify([a.id, a.contentHash, a.title, a.publishedAt?.toISOString() ?? null, citationUrl(a), a.wordCount, a.outlet.name, a.outlet.kind]));
  return hash.digest("base64url");
}

const pairKey = (x: string, y: string) => (x <= y ? `${x}|${y}` : `${y}|${x}`);

/**
 * The story's articles in the order every view lists them, each copy of one
 * report right after its original, with their documents and passages. The
 * query orders copies of the same text; near-identical copies, which the
 * coverage folds too (lib/omissions/copy-groups.ts), are known only from
 * their texts, so they are grouped here, and the groups (`copyGroups`, in the
 * new order) are handed to the coverage, which would otherwise read every
 * pair of texts again.
 */
function inCopyOrder<A extends OrderedArticle & StoredArticleText>(articles: readonly A[]) {
  const documents = articles.map(toComparableDocument);
  const passages = documents.map((d) => segmentBlocks(d.blocks));
  const groupOf = groupCopies(articles.map((a, i) => ({ id: a.id, label: a.id, passages: passages[i] ?? [] })));
  const order = copiesAfterOriginals(articles, (_, i) => String(groupOf[i])).map((a) => articles.indexOf(a));
  return {
    articles: order.map((i) => articles[i]!),
    documents: order.map((i) => documents[i]!),
    passages: order.map((i) => passages[i]!),
    copyGroups: groupsInOrder(groupOf, order),
  };
}

/**
 * The label of the original each article is a copy of (null for an original):
 * by the coverage's groups, so the table, the matrix and every count agree,
 * the original picked by the one rule (originalFirst: published first, else
 * more words, else stored first).
 */
function copyOfEach(articles: readonly OrderedArticle[], labels: readonly string[], groupOf: readonly number[]): Array<string | null> {
  const original = new Map<number, number>();
  articles.forEach((a, i) => {
    const g = groupOf[i] ?? -1 - i;
    const current = original.get(g);
    if (current === undefined || originalFirst(a, articles[current]!) < 0) original.set(g, i);
  });
  return articles.map((_, i) => {
    const o = original.get(groupOf[i] ?? -1 - i);
    return o === undefined || o === i ? null : (labels[o] ?? null);
  });
}

async function analyse(storyId: string, aliases: Aliases): Promise<{ key: string; analysis: CachedStoryAnalysis } | null> {
  const stored = await getStory(storyId);
  if (!stored) return null;
  const story = { ...stored, ...inCopyOrder(stored.articles) };
  const labels = numberedOutletLabels(story.articles.map((a) => a.outlet.name));
  const documents = story.documents;
  const sources = story.articles.map((a, i) => ({ id: a.id, label: labels[i] ?? a.outlet.name }));
  const hashes = story.articles.map((a) => a.contentHash);
  const known = hashes.map((x) => hashes.map((y) => pairSimilarities.get(pairKey(x, y)) ?? null));
  // A long story is analysed in a worker thread so other requests keep answering meanwhile;
  // a short one here, where each article's reading is cached.
  const given = { known, copyGroups: story.copyGroups };
  const { similarity, coverage, languages } = isLongAnalysis(documents)
    ? await analyseStoryOffThread(documents, sources, aliases, given)
    : analyseStory(documents.map(preparedDocument), sources, aliases, given);
  similarity.forEach((row, i) => row.forEach((s, j) => j > i && s !== null && pairSimilarities.set(pairKey(hashes[i]!, hashes[j]!), s)));
  // A syndicated copy: grouped with another article as one report (the same or a nearly the same text).
  const groupOf = coverage ? coverage.sources.map((s) => s.group) : story.articles.map((a) => story.articles.findIndex((b) => b.contentHash === a.contentHash));
  const copyOf = copyOfEach(story.articles, labels, groupOf);
  const articles: StoryArticleView[] = story.articles.map((a, i) => {
    const shared = sharedWithOthers(similarity, languages, i);
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet.name,
      outletKind: a.outlet.kind,
      publishedAt: a.publishedAt ? a.publishedAt.toISOString().slice(0, 10) : null,
      url: citationUrl(a),
      wordCount: a.wordCount,
      label: labels[i] ?? a.outlet.name,
      meanSimilarity: shared.mean,
      notComparedWith: shared.notCompared,
      sharedWith: pairShares(similarity, languages, i),
      copyOf: copyOf[i] ?? null,
    };
  });
  // The passages behind the coverage's indexes, for the sentences a flag or a matrix cell opens.
  const passages = coverage ? story.passages : [];
  // Keyed by the query's order, as getStoryOverview reads it from the header.
  return { key: storyContentKey(stored.articles, aliases), analysis: { articles, similarity, coverage, documents, passages } };
}

/**
 * The story page's names for two of its articles ("Meridian Press (1)",
 * "Meridian Press (3)"), for a comparison opened from the story, so an
 * article keeps its name one click later; null when either article is not
 * (or no longer) in the story, or there is no such story: the pair then
 * names itself (source-labels.ts). From the story's analysis when it is
 * cached and current; else from the story's order alone, without analysing
 * it (the home page's first comparison opens stories never viewed).
 */
export async function storyPairLabels(storyId: string, articleAId: string, articleBId: string): Promise<SideLabels | null> {
  const [header, aliases] = await Promise.all([getStoryHeader(storyId), listEntityAliases()]);
  if (!header) return null;
  const ids = new Set(header.articles.map((a) => a.id));
  if (!ids.has(articleAId) || !ids.has(articleBId)) return null;
  const cached = analyses.get(storyId);
  let named: ReadonlyArray<{ id: string; label: string }>;
  if (cached && cached.key === storyContentKey(header.articles, aliases)) named = cached.analysis.articles;
  else {
    const stored = await getStory(storyId);
    if (!stored) return null;
    const { articles } = inCopyOrder(stored.articles);
    const labels = numberedOutletLabels(articles.map((a) => a.outlet.name));
    named = articles.map((a, i) => ({ id: a.id, label: labels[i] ?? a.outlet.name }));
  }
  const label = new Map(named.map((a) => [a.id, a.label]));
  const [a, b] = [label.get(articleAId), label.get(articleBId)];
  return a && b ? { a, b } : null;
}

/** The story's analysis, from the cache while its articles and the aliases are as it was made from. */
async function analysedStory(storyId: string) {
  const [header, aliases] = await Promise.all([getStoryHeader(storyId), listEntityAliases()]);
  if (!header) throw new UserError("not_found", "No such story.");
  const key = storyContentKey(header.articles, aliases);
  let cached = analyses.get(storyId);
  if (!cached || cached.key !== key) {
    const fresh = await analyse(storyId, aliases);
    if (!fresh) throw new UserError("not_found", "No such story.");
    cached = fresh;
    // Kept under the key of what was analysed (an article edited meanwhile makes the next view analyse again).
    analyses.set(storyId, fresh, 1 + fresh.analysis.documents.reduce((n, d) => n + d.blocks.reduce((m, b) => m + b.text.length, 0), 0));
  }
  return { header, aliases, analysis: cached.analysis };
}

/**
 * Moves the story's reviews to their findings if articles joined or changed
 * since they were keyed (story-review-rekey.ts), analysing the story only
 * when a mark says so. For readers of the reviews that do not go through the
 * overview, and for the background job. Throws when the move failed.
 */
export async function settleStoryReviews(storyId: string): Promise<number> {
  if (!(await getPendingRekey(storyId))) return 0;
  return settlePendingReviews(storyId, (await analysedStory(storyId)).analysis);
}

export async function getStoryOverview(storyId: string) {
  const { header, aliases, analysis } = await analysedStory(storyId);
  // Articles joined or changed since the reviews were keyed and the background job has not moved them yet:
  // they follow their findings now, on the analysis just made (story-review-rekey.ts), before they are read.
  await carryPendingReviews(storyId, analysis);
  const scope = storyScope(storyId);
  const reviews = await listReviews(scope);
  // The summary is read with the header on every view, outside the cached analysis: saving it never re-analyses.
  const story = { id: header.id, title: header.title, summary: summaryOf(header), summaryVersion: summaryVersionOf(header) };
  return { story, ...analysis, scope, reviews, aliases, textStates: textStatesOf(analysis.articles, header.articles) };
}

/** When each article's text last changed, named by its story label, in the story's order: reviews made before it are marked. */
function textStatesOf(articles: readonly StoryArticleView[], stored: ReadonlyArray<{ id: string; textChangedAt: Date | null }>): ArticleTextState[] {
  const changedAt = new Map(stored.map((a) => [a.id, a.textChangedAt]));
  return articles.map((a) => ({ id: a.id, outlet: a.label, textChangedAt: changedAt.get(a.id) ?? null }));
}
