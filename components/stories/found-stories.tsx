import { StoryListItem, type StoryListEntry } from "./story-list-item";

interface Props {
  /** What the search found: one more than `shown` says there are more. */
  stories: readonly StoryListEntry[];
  query: string;
  shown: number;
}

/** The home page's story search results, most recently changed first. */
export function FoundStories({ stories, query, shown }: Props) {
  return (
    <>
      <p role="status" className="mt-2 text-sm text-stone-600">
        {stories.length === 0
          ? `No story title has a word starting with each of “${query.trim()}”.`
          : stories.length > shown
            ? `The ${shown} most recently changed stories found; add words to narrow the search.`
            : `${stories.length} stor${stories.length === 1 ? "y" : "ies"} found, most recently changed first.`}
      </p>
      {stories.length > 0 && (
        <ul className="mt-3 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {stories.slice(0, shown).map((story) => (
            <StoryListItem key={story.id} story={story} />
          ))}
        </ul>
      )}
    </>
  );
}
