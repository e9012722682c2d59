"use client";

import { useState, useTransition } from "react";
import { deleteStoryAction, renameStoryAction } from "@/app/actions/stories";
import { useCanEdit } from "@/components/auth/can-edit";

/** The story's title, with Rename and Delete for editors (deleting keeps the articles, unfiled). */
export function StoryTitle({ storyId, title, articleCount }: { storyId: string; title: string; articleCount: number }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(title);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const editor = useCanEdit();
  if (!editing) {
    return (
      <div className="flex items-baseline gap-3">
        <h1 className="font-serif text-3xl font-semibold">{title}</h1>
        {editor && <button type="button" onClick={() => setEditing(true)} className="text-sm text-indigo-700 underline">Rename</button>}
        {editor && (
          <button
            type="button"
            disabled={pending}
            className="text-sm text-rose-800 underline"
            onClick={() => {
              const articles = articleCount === 1 ? "Its article stays stored" : `Its ${articleCount} articles stay stored`;
              if (window.confirm(`Delete the story “${title}”? ${articleCount === 0 ? "It has no articles." : `${articles}, filed under no story.`}`)) {
                startTransition(async () => {
                  const failure = await deleteStoryAction(storyId);
                  if (failure) setMessage(failure.message);
                });
              }
            }}
          >
            Delete story
          </button>
        )}
        {message && <span role="alert" className="text-sm text-rose-700">{message}</span>}
      </div>
    );
  }
  return (
    <form
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await renameStoryAction(storyId, value);
          if (result.ok) setEditing(false);
          else setMessage(result.message);
        });
      }}
    >
      <label className="sr-only" htmlFor="story-title">Story title</label>
      <input id="story-title" value={value} onChange={(e) => setValue(e.target.value)} maxLength={300} className="min-w-80 rounded border border-stone-300 px-2 py-1 font-serif text-2xl" />
      <button type="submit" disabled={pending} className="rounded bg-indigo-700 px-3 py-1 text-white">Save</button>
      <button type="button" onClick={() => setEditing(false)} className="text-sm underline">Cancel</button>
      {message && <span role="alert" className="text-sm text-rose-700">{message}</span>}
    </form>
  );
}
