"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { fileArticleAction } from "@/app/actions/stories";

interface Props {
  articleId: string;
  currentStoryId: string | null;
  stories: Array<{ id: string; title: string }>;
  suggestion?: { story: { id: string; title: string } | null; score: number } | null;
  defaultNewTitle: string;
}

/** File an article under a story: accept Lacuna's suggestion, pick another, start a new one, or take it out. */
export function StoryFiling({ articleId, currentStoryId, stories, suggestion, defaultNewTitle }: Props) {
  const router = useRouter();
  const [choice, setChoice] = useState(currentStoryId ?? suggestion?.story?.id ?? "new");
  const [title, setTitle] = useState(defaultNewTitle);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const file = (storyId: string) =>
    startTransition(async () => {
      const result = await fileArticleAction(articleId, storyId, title);
      if (!result.ok) setMessage(result.message);
      else {
        setMessage(result.storyId ? "Filed." : "Removed from the story.");
        router.refresh();
      }
    });

  return (
    <div className="space-y-2 text-sm">
      {!currentStoryId && suggestion && (
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
        <label className="block">
          <span className="block text-xs text-stone-600">Story</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)} className="rounded border border-stone-300 bg-white px-2 py-1">
            {stories.map((s) => (
              <option key={s.id} value={s.id}>{s.title}</option>
            ))}
            <option value="new">New story…</option>
            {currentStoryId && <option value="">No story</option>}
          </select>
        </label>
        {choice === "new" && (
          <label className="block min-w-64 flex-1">
            <span className="block text-xs text-stone-600">New story title</span>
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} className="w-full rounded border border-stone-300 px-2 py-1" />
          </label>
        )}
        <button type="button" disabled={pending || choice === (currentStoryId ?? "__none")} onClick={() => file(choice)} className="rounded border border-stone-300 bg-white px-2 py-1">
          {currentStoryId ? "Move" : "File"}
        </button>
        {message && <span role="status">{message}</span>}
      </div>
    </div>
  );
}
