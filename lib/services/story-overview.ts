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
import { pairShares, sharedWithOthers, type PairShare } from "../compare/shared-with-others";
import { segmentBlocks } from "../text/segment";
import type { Passage } from "../text/types";
import { listEntityAliases } from "../db/aliases";
import { storyScope, listReviews } from "../db/reviews";
import { getStory, getStoryHeader } from "../db/stories";
import type { Coverage } from "../omissions/coverage";
import type { ComparableDocument } from "../types/comparison";
import { analyseStory } from "../workers/story-analysis";
import { toComparableDocument } from "./article-document";
import { BoundedCache } from "./bounded-cache";
import { analyseStoryOffThread, isLongAnalysis } from "./off-thread";
import { preparedDocument } from "./prepared-documents";
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
  /** The label of the story's article this one is a syndicated copy of (same text, stored first), or null. */
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

/** Distinct column labels: the outlet, numbered when an outlet has several articles. */
function labelsFor(outlets: string[]): string[] {
  const totals = new Map<string, number>();
  for (const o of outlets) totals.set(o, (totals.get(o) ?? 0) + 1);
  const seen = new Map<string, number>();
  return outlets.map((o) => {
    const n = (seen.get(o) ?? 0) + 1;
    seen.set(o, n);
    return (totals.get(o) ?? 1) > 1 ? `${o} (${n})` : o;
  });
}

interface ArticleIdentity {
  id: string;
  contentHash: string;
  title: string;
  publishedAt: Date | null;
  url: string | null;
  wordCount: number;
  outlet: { name: string; kind: string };
}

/** What the analysis depends on: every article's content and shown fields, in order, and the aliases. */
export function storyContentKey(articles: readonly ArticleIdentity[], aliases: Aliases): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(aliases));
  for (const a of articles) hash.update(JSON.stringify([a.id, a.contentHash, a.title, a.publishedAt?.toISOString() ?? null, a.url, a.wordCount, a.outlet.name, a.outlet.kind]));
  return hash.digest("base64url");
}

const pairKey = (x: string, y: string) => (x <= y ? `${x}|${y}` : `${y}|${x}`);

async function analyse(storyId: string, aliases: Aliases): Promise<{ key: string; analysis: CachedStoryAnalysis } | null> {
  const story = await getStory(storyId);
  if (!story) return null;
  const labels = labelsFor(story.articles.map((a) => a.outlet.name));
  const documents = story.articles.map(toComparableDocument);
  const sources = story.articles.map((a, i) => ({ id: a.id, label: labels[i] ?? a.outlet.name }));
  const hashes = story.articles.map((a) => a.contentHash);
  const known = hashes.map((x) => hashes.map((y) => pairSimilarities.get(pairKey(x, y)) ?? null));
  // A long story is analysed in a worker thread so other requests keep answering meanwhile;
  // a short one here, where each article's reading is cached.
  const { similarity, coverage, languages } = isLongAnalysis(documents)
    ? await analyseStoryOffThread(documents, sources, aliases, known)
    : analyseStory(documents.map(preparedDocument), sources, aliases, known);
  similarity.forEach((row, i) => row.forEach((s, j) => j > i && s !== null && pairSimilarities.set(pairKey(hashes[i]!, hashes[j]!), s)));
  // A syndicated copy: the same text as an article of the story stored before it.
  const originalOf = (i: number): string | null => {
    const self = story.articles[i]!;
    const first = story.articles
      .map((a, j) => ({ a, j }))
      .filter(({ a }) => a.contentHash === self.contentHash)
      .sort((x, y) => x.a.createdAt.getTime() - y.a.createdAt.getTime() || x.a.id.localeCompare(y.a.id))[0];
    return first && first.j !== i ? (labels[first.j] ?? first.a.outlet.name) : null;
  };
  const articles: StoryArticleView[] = story.articles.map((a, i) => {
    const shared = sharedWithOthers(similarity, languages, i);
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet.name,
      outletKind: a.outlet.kind,
      publishedAt: a.publishedAt ? a.publishedAt.toISOString().slice(0, 10) : null,
      url: a.url,
      wordCount: a.wordCount,
      label: labels[i] ?? a.outlet.name,
      meanSimilarity: shared.mean,
      notComparedWith: shared.notCompared,
      sharedWith: pairShares(similarity, languages, i),
      copyOf: originalOf(i),
    };
  });
  // The passages behind the coverage's indexes, for the sentences a flag or a matrix cell opens (segmenting only: cheap).
  const passages = coverage ? documents.map((d) => segmentBlocks(d.blocks)) : [];
  return { key: storyContentKey(story.articles, aliases), analysis: { articles, similarity, coverage, documents, passages } };
}

export async function getStoryOverview(storyId: string) {
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
  const scope = storyScope(storyId);
  const reviews = await listReviews(scope);
  // The summary is read with the header on every view, outside the cached analysis: saving it never re-analyses.
  const story = { id: header.id, title: header.title, summary: summaryOf(header), summaryVersion: summaryVersionOf(header) };
  return { story, ...cached.analysis, scope, reviews, aliases };
}
