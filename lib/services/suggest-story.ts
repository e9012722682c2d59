/**
 * Use case: which story does an article belong to? Scores the article against
 * every stored story (lib/group), so the analyst can confirm with one click.
 */
import "server-only";
import { listArticlesForGrouping } from "../db/articles";
import { listStories } from "../db/stories";
import { suggestStory } from "../group/suggest-story";

export interface StorySuggestionView {
  story: { id: string; title: string } | null;
  score: number;
}

function asGroupable(a: { title: string; text: string; publishedAt: Date | null }) {
  return { title: a.title, text: a.text, publishedAt: a.publishedAt?.toISOString() };
}

export async function suggestStoryForArticle(articleId: string): Promise<StorySuggestionView | null> {
  const [articles, stories] = await Promise.all([listArticlesForGrouping(), listStories()]);
  const article = articles.find((a) => a.id === articleId);
  if (!article) return null;
  const candidates = stories.map((s) => ({
    storyId: s.id,
    docs: articles.filter((a) => a.storyId === s.id && a.id !== articleId).map(asGroupable),
  })).filter((c) => c.docs.length > 0);
  if (candidates.length === 0) return { story: null, score: 0 };
  const suggestion = suggestStory(asGroupable(article), candidates);
  const story = suggestion.storyId ? stories.find((s) => s.id === suggestion.storyId) : undefined;
  return { story: story ? { id: story.id, title: story.title } : null, score: suggestion.score };
}
