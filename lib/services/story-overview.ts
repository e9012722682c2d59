/**
 * Use case: everything the story page and the story report show — the
 * articles, how similar each is to the others, and the N-way coverage matrix
 * with its flags ("mentioned by 3 of 4 sources; absent from …").
 */
import "server-only";
import { segmentBlocks } from "../text/segment";
import { listEntityAliases } from "../db/aliases";
import { storyScope, listReviews } from "../db/reviews";
import { getStory } from "../db/stories";
import { analyseStory } from "../workers/story-analysis";
import { toComparableDocument } from "./article-document";
import { analyseStoryOffThread, isLongAnalysis } from "./off-thread";
import { preparedDocument } from "./prepared-documents";
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
  /** Mean similarity to the story's other articles (null when not computed). */
  meanSimilarity: number | null;
  /** The label of the story's article this one is a syndicated copy of (same text, stored first), or null. */
  copyOf: string | null;
}

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

export async function getStoryOverview(storyId: string) {
  const story = await getStory(storyId);
  if (!story) throw new UserError("not_found", "No such story.");
  const labels = labelsFor(story.articles.map((a) => a.outlet.name));
  const documents = story.articles.map(toComparableDocument);
  const aliases = await listEntityAliases();
  const sources = story.articles.map((a, i) => ({ id: a.id, label: labels[i] ?? a.outlet.name }));
  // A long story is analysed in a worker thread so other requests keep answering meanwhile;
  // a short one here, where each article's reading is cached.
  const { similarity, coverage } = isLongAnalysis(documents)
    ? await analyseStoryOffThread(documents, sources, aliases)
    : analyseStory(documents.map(preparedDocument), sources, aliases);
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
    const others = similarity[i]!.filter((v, j): v is number => j !== i && v !== null);
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet.name,
      outletKind: a.outlet.kind,
      publishedAt: a.publishedAt ? a.publishedAt.toISOString().slice(0, 10) : null,
      url: a.url,
      wordCount: a.wordCount,
      label: labels[i] ?? a.outlet.name,
      meanSimilarity: others.length ? others.reduce((x, y) => x + y, 0) / others.length : null,
      copyOf: originalOf(i),
    };
  });

  const scope = storyScope(storyId);
  const reviews = await listReviews(scope);
  // The passages behind the coverage's indexes, for the sentences a flag or a matrix cell opens (segmenting only: cheap).
  const passages = coverage ? documents.map((d) => segmentBlocks(d.blocks)) : [];
  return { story: { id: story.id, title: story.title }, articles, similarity, coverage, scope, reviews, documents, aliases, passages };
}
