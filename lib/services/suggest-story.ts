/**
 * Use case: which story does an article belong to? The article's rare-term
 * keys find the stories whose articles share them (an inverted index in the
 * database), and only those few are scored exactly — the same score as
 * lib/group/suggest-story.ts, from feature vectors stored at ingest and the
 * corpus's document frequencies. Nothing here reads article texts or grows
 * with the archive beyond the postings of the article's own keys.
 */
import "server-only";
import { findCandidateStories, listStoryMemberVectors, type StoryMemberVector } from "../db/corpus-index";
import { getArticleHeader } from "../db/articles";
import { getStoryTitles } from "../db/stories";
import { DEFAULT_GROUP_PARAMS } from "../group/params";
import { scoreIndexedStories } from "../group/score-indexed-stories";
import { idfOf } from "../group/vectors";
import { corpusFrequencies } from "./corpus-frequencies";
import { backfillIndexInBackground, currentIndexEntry } from "./corpus-index";

export interface StorySuggestionView {
  story: { id: string; title: string } | null;
  score: number;
}

/** Stories scored exactly after the index's first ranking. */
const CANDIDATE_STORIES = 10;
/** Articles per candidate story compared (its most recent): a story's mean similarity is stable well before 50. */
const MEMBERS_PER_STORY = 50;
/**
 * Postings read to find candidates, at most: the article's keys are taken
 * rarest first until their document frequencies add up to this. The rarest
 * keys say the most about the event (they weigh most in the score too), and
 * the work per suggestion stays bounded however large the archive grows.
 */
const POSTING_BUDGET = 1_000;

export async function suggestStoryForArticle(articleId: string): Promise<StorySuggestionView | null> {
  const article = await getArticleHeader(articleId);
  if (!article) return null;
  backfillIndexInBackground();
  const entry = await currentIndexEntry(articleId, article.contentHash);
  if (!entry) return null;

  // The article's own features are read fresh; they decide which keys are usable and weigh them.
  const frequencies = await corpusFrequencies(entry.hashes);
  const weightOf = new Map<number, number>();
  entry.hashes.forEach((hash, k) => weightOf.set(hash, entry.weights[k]!));
  let budget = POSTING_BUDGET;
  const keys = entry.rareKeys
    .map((hash) => ({ hash, df: frequencies.documentFrequency(hash) }))
    // df 1 is the article itself: nothing else holds the key.
    .filter(({ df }) => df >= DEFAULT_GROUP_PARAMS.minDocFrequency)
    .sort((x, y) => x.df - y.df || x.hash - y.hash)
    .filter(({ df }) => (budget -= df) >= 0)
    .map(({ hash, df }) => ({ hash, weight: (weightOf.get(hash) ?? 1) * idfOf(df, frequencies.size, DEFAULT_GROUP_PARAMS.idfPriorDocs) }));
  const candidates = await findCandidateStories(keys, entry.seq, CANDIDATE_STORIES);
  if (candidates.length === 0) return { story: null, score: 0 };

  const members = await listStoryMemberVectors(candidates.map((c) => c.storyId), articleId, MEMBERS_PER_STORY);
  const byStory = new Map<string, StoryMemberVector[]>(candidates.map((c) => [c.storyId, []]));
  for (const member of members) byStory.get(member.storyId)?.push(member);
  const suggestion = scoreIndexedStories(
    entry,
    [...byStory].map(([storyId, storyMembers]) => ({ storyId, members: storyMembers })),
    frequencies,
  );
  if (!suggestion.storyId) return { story: null, score: suggestion.score };
  const titles = await getStoryTitles([suggestion.storyId]);
  const title = titles.get(suggestion.storyId);
  return { story: title === undefined ? null : { id: suggestion.storyId, title }, score: suggestion.score };
}
