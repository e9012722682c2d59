"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { fileArticleAction } from "@/app/actions/stories";
import { StoryPicker, type PickedStory } from "./story-picker";

interface Props {
  articleId: string;
  currentStory: PickedStory | null;
  suggestion?: { story: { id: string; title: string } | null; score: number } | null;
  defaultNewTitle: string;
}

/**
 * File an article under a story: accept Lacuna's suggestion, find another by
 * its title, start a new one, or take it out. Stories are searched, never
 * listed in full: an archive holds thousands.
 */
export function StoryFiling({ articleId, currentStory, suggestion, defaultNewTitle }: Props) {
  const router = useRouter();
  const [picked, setPicked] = useState<PickedStory | null>(null);
  const [title, setTitle] = useState(defaultNewTitle);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const file = (storyId: string) =>
    startTransition(async () => {
      const result = await fileArticleAction(articleId, storyId, title);
      if (!result.ok) setMessage(result.message);
      else {
        setMessage(result.storyId ? "Filed." : "Removed from the story.");
        setPicked(null);
        router.refresh();
      }
    });

  return (
    <div className="space-y-3 text-sm">
      {!currentStory && suggestion && (
        <p role="note" className="text-stone-700">
          {suggestion.story ? (
            <>
              Lacuna suggests the story <strong>“{suggestion.story.title}”</strong> (match {Math.round(suggestion.score * 100)}%).{" "}
              <button type="button" disabled={pending} onClick={() => file(suggestion.story!.id)} className="rounded bg-indigo-700 px-2 py-1 text-white">
                Add to this story
              </button>
            </>
          ) : (
            <>No stored story covers the same event; start a new one below.</>
          )}
        </p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <StoryPicker label={currentStory ? "Move to another story" : "Find a story"} picked={picked} onPick={setPicked} />
        </div>
        <button type="button" disabled={pending || !picked || picked.id === currentStory?.id} onClick={() => picked && file(picked.id)} className="rounded border border-stone-300 bg-white px-2 py-1">
          {currentStory ? "Move" : "File"}
        </button>
      </div>
      {/* A form, so Enter in the title starts the story, as in any one-line field. */}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!pending) file("new");
        }}
        className="flex flex-wrap items-end gap-2"
      >
        <label className="block min-w-64 flex-1">
          <span className="block text-xs text-stone-600">New story title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} className="w-full rounded border border-stone-300 px-2 py-1" />
        </label>
        <button type="submit" disabled={pending} className="rounded border border-stone-300 bg-white px-2 py-1">
          Start a new story
        </button>
        {currentStory && (
          <button type="button" disabled={pending} onClick={() => file("")} className="rounded border border-stone-300 bg-white px-2 py-1">
            Take out of “{currentStory.title}”
          </button>
        )}
      </form>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
