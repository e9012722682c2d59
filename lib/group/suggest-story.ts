/**
 * "Which story does this new article belong to?" The article is scored against
 * every existing story the way average-link would merge it: the mean of its
 * similarities to the story's articles (date-damped), all vectors built over
 * the existing articles plus the new one so the IDF is the same for all.
 */
import { dateFactor } from "./date-proximity";
import { prepareCollection, resolveParams, type GroupableDoc, type Overrides } from "./group-articles";
import { cosine } from "./vectors";

export type SuggestableDoc = Omit<GroupableDoc, "id">;

export interface StoryCandidate {
  storyId: string;
  docs: readonly SuggestableDoc[];
}

export interface StoryScore {
  storyId: string;
  score: number;
}

export interface StorySuggestion {
  /** The story to file it under, or null: none is close enough, start a new story. */
  storyId: string | null;
  /** Score of the best story (0–1), whether or not it cleared the threshold. */
  score: number;
  /** The second-best story, so the UI can say how clear-cut the choice is. */
  runnerUp: StoryScore | null;
}

export function suggestStory(doc: SuggestableDoc, existingStories: readonly StoryCandidate[], params?: Overrides["params"]): StorySuggestion {
  const resolved = resolveParams(params);
  const owners: number[] = [];
  const pool: SuggestableDoc[] = [doc];
  existingStories.forEach((story, s) => {
    for (const member of story.docs) {
      pool.push(member);
      owners.push(s);
    }
  });
  const { vectors, days } = prepareCollection(pool, resolved);
  const sums = new Array<number>(existingStories.length).fill(0);
  owners.forEach((s, k) => {
    const i = k + 1;
    sums[s]! += cosine(vectors[0]!, vectors[i]!) * dateFactor(days[0]!, days[i]!, resolved.dateWindowDays, resolved.dateHalfLifeDays, resolved.undatedFactor);
  });
  const ranked: StoryScore[] = existingStories
    .map((story, s) => ({ storyId: story.storyId, score: story.docs.length > 0 ? sums[s]! / story.docs.length : 0 }))
    // Stable order on ties: by the caller's story order.
    .map((entry, s) => ({ ...entry, s }))
    .sort((x, y) => y.score - x.score || x.s - y.s)
    .map(({ storyId, score }) => ({ storyId, score }));
  const best = ranked[0];
  if (!best) return { storyId: null, score: 0, runnerUp: null };
  return {
    storyId: best.score >= resolved.mergeThreshold ? best.storyId : null,
    score: best.score,
    runnerUp: ranked[1] ?? null,
  };
}
